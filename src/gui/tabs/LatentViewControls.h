// The bar over the latent scatters: colour by, point size, opacity, "align to the baseline",
// what a drag does (zoom, lasso or box selection; the same menu holds "link zoom": the aligned
// views zoom and pan together), "show all points" and "reset zoom". Every scatter of the grid
// follows it, so the methods are always drawn alike; sessions keep its state (viewState()).
//
//   auto* controls = new LatentViewControls;
//   connect(controls, &LatentViewControls::pointSizeChanged, view, &ScatterView::setPointSize);
#pragma once

#include "ScatterView.h"

#include <QJsonObject>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QPushButton;
class QSlider;
class QToolButton;

namespace latentlab::gui {

class LatentViewControls : public QWidget {
    Q_OBJECT
public:
    explicit LatentViewControls(QWidget* parent = nullptr);

    ColourBy colourBy() const;
    int pointSize() const;
    double opacity() const;
    bool aligning() const;
    /// "Link zoom" in the Select button's menu (objectName linkZoom): checked, and only
    /// usable while aligning.
    bool linksZoom() const;
    QAction* linkZoomAction() const { return m_linkZoom; }
    bool showsAll() const;
    DragTool dragTool() const;
    void setDragTool(DragTool mode);
    /// "Select" (objectName selectTool): pressed, a drag selects; released, it zooms.
    QToolButton* selectButton() const { return m_select; }
    /// The button menu's choice of outline: Lasso or Box (the other tools have none).
    QAction* shapeAction(DragTool shape) const;
    /// "Align to PCA": the checkbox names the run's baseline method.
    void setBaselineTitle(const QString& title);

    QPushButton* showAllButton() const { return m_showAll; }
    /// colour_by, point_size, opacity, align_ae, link_zoom, show_all (the keys of sessions).
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
    void linkZoomToggled(bool on);
    void showAllToggled(bool all);
    void resetZoomRequested();
    void dragToolChanged(DragTool mode);

private:
    QComboBox* m_colourBy;
    QSlider* m_pointSize;
    QSlider* m_opacity;
    QCheckBox* m_align;
    QAction* m_linkZoom;
    QPushButton* m_showAll;
    QToolButton* m_select;
    QAction* m_lasso;
    QAction* m_box;
};

}  // namespace latentlab::gui
