// The rows the user picked, shared by every view that shows rows (each method's scatter, the
// Data tab's table): one object, so a lasso in one scatter highlights the same rows everywhere.
// Rows are the dataset's rows (not a view's subsample).
//
//   auto* selection = new RowSelection(window);
//   selection->setRowCount(data.rows());
//   selection->apply(lassoRows, SelectionOp::Add);   // views repaint on changed()
#pragma once

#include <QObject>
#include <vector>

namespace latentlab::gui {

/// How picked rows combine with the selection: replace it (plain drag), add to it (Shift),
/// take them out of it (Alt).
enum class SelectionOp { Replace, Add, Remove };

class RowSelection : public QObject {
    Q_OBJECT
public:
    explicit RowSelection(QObject* parent = nullptr);

    /// The rows of the data on screen; a different count clears the selection.
    void setRowCount(int rows);
    int rowCount() const { return int(m_selected.size()); }

    /// Rows out of range are ignored; changed() only when something changed.
    void apply(const std::vector<int>& rows, SelectionOp op);
    void clear();

    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    bool contains(int row) const {
        return row >= 0 && row < int(m_selected.size()) && m_selected[std::size_t(row)];
    }
    /// The selected rows, ascending.
    std::vector<int> rows() const;
    const std::vector<bool>& mask() const { return m_selected; }

signals:
    void changed();

private:
    std::vector<bool> m_selected;
    int m_count = 0;
};

}  // namespace latentlab::gui
