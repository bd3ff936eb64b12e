#include "RowSelection.h"

namespace latentlab::gui {

RowSelection::RowSelection(QObject* parent) : QObject(parent) {}

void RowSelection::setRowCount(int rows) {
    if (rows == rowCount()) return;
    const bool had = m_count > 0;
    m_selected.assign(std::size_t(std::max(0, rows)), false);
    m_count = 0;
    if (had) emit changed();
}

void RowSelection::apply(const std::vector<int>& rows, SelectionOp op) {
    bool touched = false;
    if (op == SelectionOp::Replace && m_count > 0) {
        m_selected.assign(m_selected.size(), false);
        m_count = 0;
        touched = true;
    }
    const bool value = op != SelectionOp::Remove;
    for (int row : rows) {
        if (row < 0 || row >= rowCount() || m_selected[std::size_t(row)] == value) continue;
        m_selected[std::size_t(row)] = value;
        m_count += value ? 1 : -1;
        touched = true;
    }
    if (touched) emit changed();
}

void RowSelection::clear() { apply({}, SelectionOp::Replace); }

std::vector<int> RowSelection::rows() const {
    std::vector<int> out;
    out.reserve(std::size_t(m_count));
    for (std::size_t row = 0; row < m_selected.size(); ++row)
        if (m_selected[row]) out.push_back(int(row));
    return out;
}

}  // namespace latentlab::gui
