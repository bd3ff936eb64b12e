// The bar over the latent scatters: colour by, point size, opacity, "align to the baseline",
// "show all points" and "reset zoom". Every scatter of the grid follows it, so the methods
// are always drawn alike; sessions keep its state (viewState()).
//
//   auto* controls = new LatentViewControls;
//   connect(controls, &LatentViewControls::pointSizeChanged, view, &ScatterView::setPointSize);
#pragma once

#include "ScatterView.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSlider;

namespace latentlab::gui {

class LatentViewControls : public QWidget {
    Q_OBJECT
public:
    explicit LatentViewControls(QWidget* parent = nullptr);

    ColourBy colourBy() const;
    int pointSize() const;
    double opacity() const;
    bool aligning() const;
    bool showsAll() const;
    /// "Align to PCA": the checkbox names the run's baseline method.
    void setBaselineTitle(const QString& title);

    QPushButton* showAllButton() const { return m_showAll; }
    /// colour_by, point_size, opacity, align_ae, show_all (the keys sessions have used).
    QJsonObject state() const;
    /// Each control keeps its value when `state` lacks it or holds something unusable.
    void setState(const QJsonObject& state);

    /// Applies the point size, opacity, colouring and "show all" to a new scatter.
    void styleScatter(ScatterView* view) const;

signals:
    void colourByChanged(ColourBy mode);
    void pointSizeChanged(int pixels);
    void opacityChanged(double opacity);
    void alignToggled(bool on);
    void showAllToggled(bool all);
    void resetZoomRequested();

private:
    QComboBox* m_colourBy;
    QSlider* m_pointSize;
    QSlider* m_opacity;
    QCheckBox* m_align;
    QPushButton* m_showAll;
};

}  // namespace latentlab::gui
