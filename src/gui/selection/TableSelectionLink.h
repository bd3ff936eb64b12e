// Keeps a QTableView's selected rows and a RowSelection the same: rows picked in a scatter are
// selected in the table (scrolled to the first), and rows the user selects in the table become
// the selection every scatter shows. Table row r is dataset row r.
//
//   new TableSelectionLink(dataTab->table(), latentTab->selection(), dataTab);
#pragma once

#include <QObject>

class QTableView;

namespace latentlab::gui {

class RowSelection;

class TableSelectionLink : public QObject {
    Q_OBJECT
public:
    TableSelectionLink(QTableView* table, RowSelection* selection, QObject* parent = nullptr);

private:
    void toTable();
    void fromTable();

    QTableView* m_table;
    RowSelection* m_selection;
    bool m_syncing = false;  ///< one direction at a time: no echo
};

}  // namespace latentlab::gui
