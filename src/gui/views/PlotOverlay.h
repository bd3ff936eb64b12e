// Keeps a widget (a warning strip) across the top of a scatter's plot area, under its
// title, as the view resizes or its plot area moves; not in any layout, so the scatter keeps
// its height.
//
//   new PlotOverlay(warnings, aeScatter);   // parented to the strip
//   warnings->show(); overlay->place();
#pragma once

#include <QObject>

class QWidget;

namespace latentlab::gui {

class ScatterView;

class PlotOverlay : public QObject {
    Q_OBJECT
public:
    /// `overlay` must be a child of `view`; the placer is the overlay's child.
    PlotOverlay(QWidget* overlay, ScatterView* view);

    /// Puts the overlay over the top of the plot area (nothing while it is hidden).
    void place();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_overlay;
    ScatterView* m_view;
};

}  // namespace latentlab::gui
