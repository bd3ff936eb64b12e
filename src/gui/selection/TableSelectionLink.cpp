#include "TableSelectionLink.h"

#include "RowSelection.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QTableView>

namespace latentlab::gui {

TableSelectionLink::TableSelectionLink(QTableView* table, RowSelection* selection, QObject* parent)
    : QObject(parent), m_table(table), m_selection(selection) {
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_selection, &RowSelection::changed, this, &TableSelectionLink::toTable);
    // A reset model (new data) starts with no selection: show the shared one again.
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, &TableSelectionLink::toTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableSelectionLink::fromTable);
}

void TableSelectionLink::toTable() {
    if (m_syncing) return;
    QAbstractItemModel* model = m_table->model();
    QItemSelectionModel* chosen = m_table->selectionModel();
    if (!model || !chosen) return;
    m_syncing = true;
    // Runs of consecutive rows become one range each: a lasso's rows are few ranges.
    QItemSelection rows;
    const int lastColumn = std::max(0, model->columnCount() - 1);
    const std::vector<bool>& mask = m_selection->mask();
    const int count = std::min(int(mask.size()), model->rowCount());
    for (int row = 0; row < count; ++row) {
        if (!mask[std::size_t(row)]) continue;
        int end = row;
        while (end + 1 < count && mask[std::size_t(end) + 1]) ++end;
        rows.append(QItemSelectionRange(model->index(row, 0), model->index(end, lastColumn)));
        row = end;
    }
    chosen->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_table->scrollTo(rows.first().topLeft(), QAbstractItemView::EnsureVisible);
    m_syncing = false;
}

void TableSelectionLink::fromTable() {
    if (m_syncing) return;
    m_syncing = true;
    std::vector<int> rows;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row) rows.push_back(row);
    m_selection->apply(rows, SelectionOp::Replace);
    m_syncing = false;
}

}  // namespace latentlab::gui
