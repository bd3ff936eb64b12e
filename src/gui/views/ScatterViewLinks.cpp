// ScatterView as one of several linked views: the hover lookup and its tooltip, the ring on
// the row hovered in any scatter, groups hidden from the legend, and the shared selection
// (drawn in colour over grey, changed by a lasso, a box or a click).
#include "ScatterView.h"

#include "ChartStyle.h"
#include "PointCloudItem.h"
#include "RowMarkerItem.h"
#include "RowSelection.h"
#include "ScatterSelection.h"

#include <QCategoryAxis>
#include <QChart>
#include <QToolTip>
#include <algorithm>

namespace latentlab::gui {

void ScatterView::updateDrawn() {
    std::vector<bool> groupHidden(m_groups.size(), false);
    m_rowHidden.assign(std::size_t(m_xy.rows()), false);
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const int code = g < m_groupCodes.size() ? m_groupCodes[g] : ScatterGroups::kNoCode;
        groupHidden[g] =
            std::find(m_hiddenCodes.begin(), m_hiddenCodes.end(), code) != m_hiddenCodes.end();
        if (groupHidden[g])
            for (int row : m_groups[g].rows) m_rowHidden[std::size_t(row)] = true;
    }
    std::function<bool(int)> selected;
    if (m_selection && !m_selection->isEmpty())
        selected = [this](int row) { return m_selection->contains(m_hover.datasetRow(row)); };
    m_drawn =
        ScatterSelection::drawnGroups(m_groups, groupHidden, selected,
                                      ScatterSelection::greyFor(ChartStyle::background(palette())));
    m_points->setGroups(m_drawn);
    m_hover.invalidate();
    m_chartView->setWantsEscape(selected != nullptr);
    placeMarker();
    updateLegend();
}

void ScatterView::setRowContext(ScatterHover::Context context) {
    m_hover.setContext(std::move(context));
    updateDrawn();
}

void ScatterView::setSelection(RowSelection* selection) {
    if (m_selection) disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection) connect(m_selection, &RowSelection::changed, this, &ScatterView::updateDrawn);
    updateDrawn();
}

void ScatterView::setDragTool(DragTool mode) { m_chartView->setDragTool(mode); }

void ScatterView::setHiddenGroups(const std::vector<int>& codes) {
    if (codes == m_hiddenCodes) return;
    m_hiddenCodes = codes;
    updateDrawn();
}

std::vector<int> ScatterView::groupCodes() const {
    std::vector<int> codes;
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        if (!m_groups[g].rows.empty())
            codes.push_back(g < m_groupCodes.size() ? m_groupCodes[g] : ScatterGroups::kNoCode);
    return codes;
}

void ScatterView::setHighlightedRow(int datasetRow) {
    m_highlight = datasetRow;
    placeMarker();
}

bool ScatterView::highlightShown() const { return m_marker->isVisible(); }

void ScatterView::placeMarker() {
    const int row = m_hover.viewRow(m_highlight);
    const bool shown = row >= 0 && row < int(m_xy.rows()) &&
                       !(row < int(m_rowHidden.size()) && m_rowHidden[std::size_t(row)]);
    if (shown) {
        const QPointF at = m_chart->mapToPosition(QPointF(m_xy(row, 0), m_xy(row, 1)));
        m_marker->setPos(at);
        m_marker->setVisible(m_chart->plotArea().contains(at));
    } else {
        m_marker->hide();
    }
}

QPointF ScatterView::viewPositionOf(int row) const {
    const QPointF chartAt = m_chart->mapToPosition(QPointF(m_xy(row, 0), m_xy(row, 1)));
    return m_chartView->viewportTransform().map(m_chart->mapToScene(chartAt));
}

int ScatterView::pointAt(const QPointF& position) {
    const QPointF at =
        m_chart->mapFromScene(m_chartView->viewportTransform().inverted().map(position));
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(at) || m_xy.rows() == 0) return -1;
    const QPointF value = m_chart->mapToValue(at);
    // Within a few pixels of the mark's edge, in data units on each axis.
    const double pixels = std::max(5.0, m_pointSize / 2.0 + 3.0);
    const double perPixelX = (m_axisX->max() - m_axisX->min()) / plot.width();
    const double perPixelY = (m_axisY->max() - m_axisY->min()) / plot.height();
    return m_hover.nearest(m_xy, m_rowHidden, value.x(), value.y(), pixels * perPixelX,
                           pixels * perPixelY);
}

QString ScatterView::describePoint(int row) const {
    if (row < 0 || row >= int(m_xy.rows())) return QString();
    ScatterHover::Facts facts;
    facts.x = m_xy(row, 0);
    facts.y = m_xy(row, 1);
    facts.axisX = m_axisX->titleText();
    facts.axisY = m_axisY->titleText();
    if (hasLabels()) {
        const int label = m_trueLabels[std::size_t(row)];
        facts.label = label >= 0 && label < int(m_labelNames.size())
                          ? QString::fromStdString(m_labelNames[std::size_t(label)])
                      : label >= 0 ? tr("label %1").arg(label)
                                   : tr("unlabelled");
    }
    if (hasClusters()) facts.cluster = m_clusters[std::size_t(row)];
    return m_hover.describe(row, facts);
}

void ScatterView::onHover(const QPointF& position) {
    const int row = position.x() < 0 ? -1 : pointAt(position);
    if (row >= 0) {
        QWidget* viewport = m_chartView->viewport();
        QToolTip::showText(viewport->mapToGlobal(position.toPoint()), describePoint(row), viewport);
    } else if (m_hovered >= 0) {
        QToolTip::hideText();
    }
    if (row == m_hovered) return;
    m_hovered = row;
    emit hoveredRowChanged(m_hover.datasetRow(row));
}

namespace {

SelectionOp opFor(Qt::KeyboardModifiers modifiers) {
    if (modifiers & Qt::AltModifier) return SelectionOp::Remove;
    if (modifiers & Qt::ShiftModifier) return SelectionOp::Add;
    return SelectionOp::Replace;
}

}  // namespace

void ScatterView::selectInside(const QPolygonF& outline, Qt::KeyboardModifiers modifiers) {
    if (!m_selection) return;
    QPolygonF inData;
    for (const QPointF& corner : outline) inData << m_chart->mapToValue(corner);
    std::vector<int> rows = ScatterSelection::rowsInside(m_xy, inData, m_rowHidden);
    for (int& row : rows) row = m_hover.datasetRow(row);
    m_selection->apply(rows, opFor(modifiers));
}

void ScatterView::selectAt(const QPointF& chartPosition, Qt::KeyboardModifiers modifiers) {
    if (!m_selection) return;
    // A click picks the point under it; a click beside every point clears (unless it adds).
    const int row =
        pointAt(m_chartView->viewportTransform().map(m_chart->mapToScene(chartPosition)));
    if (row >= 0)
        m_selection->apply({m_hover.datasetRow(row)}, opFor(modifiers));
    else if (opFor(modifiers) == SelectionOp::Replace)
        m_selection->clear();
}

}  // namespace latentlab::gui
