#include "LinkedScatters.h"

#include "RowSelection.h"
#include "ScatterView.h"

#include <algorithm>

namespace latentlab::gui {

LinkedScatters::LinkedScatters(RowSelection* selection, QObject* parent)
    : QObject(parent), m_selection(selection) {}

void LinkedScatters::setViews(const std::vector<ScatterView*>& views) {
    for (ScatterView* view : m_views)
        if (std::find(views.begin(), views.end(), view) == views.end() && view)
            disconnect(view, nullptr, this, nullptr);
    for (ScatterView* view : views) {
        if (std::find(m_views.begin(), m_views.end(), view) != m_views.end()) continue;
        view->setSelection(m_selection);
        view->setDragTool(m_dragTool);
        view->setHiddenGroups(m_hidden);
        connect(view, &ScatterView::hoveredRowChanged, this, [this](int row) {
            for (ScatterView* each : m_views) each->setHighlightedRow(row);
        });
        connect(view, &ScatterView::legendActivated, this,
                [this, view](int code, bool twice) { activateGroup(view, code, twice); });
        connect(view, &ScatterView::userRangeChanged, this, [this, view] { followRange(view); });
        connect(view, &ScatterView::userResetZoom, this, [this, view] { followReset(view); });
    }
    m_views = views;
    std::vector<ScatterView*> group;
    for (ScatterView* view : m_rangeGroup)
        if (std::find(views.begin(), views.end(), view) != views.end()) group.push_back(view);
    m_rangeGroup = std::move(group);
}

void LinkedScatters::setRangeGroup(const std::vector<ScatterView*>& views) { m_rangeGroup = views; }

void LinkedScatters::setLinkRanges(bool on) {
    m_linkRanges = on;
    if (!on) return;
    for (ScatterView* view : m_rangeGroup)
        if (view->zoomedByUser()) {
            followRange(view);
            return;
        }
}

bool LinkedScatters::linked(const ScatterView* view) const {
    return m_linkRanges && m_rangeGroup.size() >= 2 &&
           std::find(m_rangeGroup.begin(), m_rangeGroup.end(), view) != m_rangeGroup.end();
}

void LinkedScatters::followRange(const ScatterView* view) {
    if (!linked(view)) return;
    const QRectF range = view->visibleRange();
    for (ScatterView* other : m_rangeGroup)
        if (other != view) other->setVisibleRange(range);
}

void LinkedScatters::followReset(const ScatterView* view) {
    if (!linked(view)) return;
    for (ScatterView* other : m_rangeGroup)
        if (other != view) other->resetZoom();
}

void LinkedScatters::setDragTool(DragTool mode) {
    m_dragTool = mode;
    for (ScatterView* view : m_views) view->setDragTool(mode);
}

void LinkedScatters::showAllGroups() {
    m_hidden.clear();
    m_solo.reset();
    applyHidden();
}

void LinkedScatters::activateGroup(const ScatterView* view, int code, bool twice) {
    const auto at = std::find(m_hidden.begin(), m_hidden.end(), code);
    if (!twice) {
        // The first click of a double-click lands here too: it keeps the solo state, so the
        // second click knows whether the group was shown alone before.
        if (at == m_hidden.end())
            m_hidden.push_back(code);
        else
            m_hidden.erase(at);
        if (m_solo && *m_solo != code) m_solo.reset();
    } else if (m_solo && *m_solo == code) {
        m_hidden.clear();
        m_solo.reset();
    } else {
        // Alone: every other group this view's legend lists (and any other scatter's).
        m_hidden.clear();
        std::vector<int> codes = view->groupCodes();
        for (ScatterView* each : m_views)
            for (int other : each->groupCodes())
                if (std::find(codes.begin(), codes.end(), other) == codes.end())
                    codes.push_back(other);
        for (int other : codes)
            if (other != code) m_hidden.push_back(other);
        m_solo = code;
    }
    std::sort(m_hidden.begin(), m_hidden.end());
    applyHidden();
}

void LinkedScatters::applyHidden() {
    for (ScatterView* view : m_views) view->setHiddenGroups(m_hidden);
}

}  // namespace latentlab::gui
