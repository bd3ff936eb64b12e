// Links the scatters of the Latent spaces tab: the point hovered in one is ringed in every
// one (same row); a legend click hides or shows that group in every scatter, a double-click
// shows it alone (again: all); every scatter shows and changes the one RowSelection, and
// drags select or zoom in all of them alike (DragTool). Views whose axes are comparable (the
// range group: the baseline and the views aligned onto it) can share their zoom: a zoom, pan
// or reset in one is shown in all of them.
//
//   auto* links = new LinkedScatters(selection, this);
//   links->setViews(scatters);          // whenever the methods change
#pragma once

#include "ZoomableChartView.h"

#include <QObject>
#include <optional>
#include <vector>

namespace latentlab::gui {

class RowSelection;
class ScatterView;

class LinkedScatters : public QObject {
    Q_OBJECT
public:
    LinkedScatters(RowSelection* selection, QObject* parent = nullptr);

    void setViews(const std::vector<ScatterView*>& views);
    RowSelection* selection() const { return m_selection; }

    void setDragTool(DragTool mode);
    DragTool dragTool() const { return m_dragTool; }
    /// Every group shown again (the colouring changed: the codes mean something else).
    void showAllGroups();
    const std::vector<int>& hiddenGroups() const { return m_hidden; }
    /// A click (or double-click) on the legend entry of `code` in `view`.
    void activateGroup(const ScatterView* view, int code, bool twice);

    /// The views whose axes mean the same (fewer than two: nothing to link).
    void setRangeGroup(const std::vector<ScatterView*>& views);
    const std::vector<ScatterView*>& rangeGroup() const { return m_rangeGroup; }
    /// On, the range group shares its zoom; turned on, the others take a zoomed view's range.
    void setLinkRanges(bool on);
    bool linksRanges() const { return m_linkRanges; }

private:
    void applyHidden();
    bool linked(const ScatterView* view) const;
    /// The other views of the range group show `view`'s range.
    void followRange(const ScatterView* view);
    void followReset(const ScatterView* view);

    RowSelection* m_selection;
    std::vector<ScatterView*> m_views;
    std::vector<int> m_hidden;
    std::optional<int> m_solo;  ///< the group last shown alone by a double-click
    DragTool m_dragTool = DragTool::Zoom;
    std::vector<ScatterView*> m_rangeGroup;
    bool m_linkRanges = true;
};

}  // namespace latentlab::gui
