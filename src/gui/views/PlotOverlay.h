// Keeps a widget (a warning strip) over a scatter's title, across its chart, in room
// the scatter makes for it (ScatterView::setTopInset: the plot moves down, nothing of it is
// hidden), as the view resizes or its plot area moves; not in any layout, so the scatter keeps
// its height. Hidden, the strip gives the room back. Peers (the other scatters of the grid)
// make the same room, so every plot keeps one height and the views stay comparable.
//
//   new PlotOverlay(warnings, aeScatter);   // parented to the strip
//   warnings->show(); overlay->place();
#pragma once

#include <QObject>
#include <vector>

class QWidget;

namespace latentlab::gui {

class ScatterView;

class PlotOverlay : public QObject {
    Q_OBJECT
public:
    /// `overlay` must be a child of `view`; the placer is the overlay's child.
    PlotOverlay(QWidget* overlay, ScatterView* view);

    /// Makes room for the overlay and puts it there (nothing while it is hidden).
    void place();
    /// Views beside the overlay's that make the same room, so their plots stay as tall as its.
    void setPeers(const std::vector<ScatterView*>& peers);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setRoom(int pixels);

    QWidget* m_overlay;
    ScatterView* m_view;
    std::vector<ScatterView*> m_peers;
};

}  // namespace latentlab::gui
