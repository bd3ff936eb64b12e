// The data itself: a table of every row (fast at a million rows), per-column summary
// statistics (pandas' describe()), and a 3-D scatter of three chosen columns.
#pragma once

#include "Dataset.h"

#include <QWidget>
#include <memory>

class QTableView;
class QTableWidget;
class QLabel;

namespace latentlab::gui {

class DatasetTableModel;
class Scatter3DView;

class DataTab : public QWidget {
    Q_OBJECT
public:
    explicit DataTab(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    const Dataset* dataset() const;

    QTableView* table() const { return m_table; }
    QTableWidget* summary() const { return m_summary; }
    Scatter3DView* scatter3d() const { return m_scatter3d; }

private:
    void fillSummary();

    DatasetTableModel* m_model;
    QTableView* m_table;
    QTableWidget* m_summary;
    Scatter3DView* m_scatter3d;
    QLabel* m_caption;
};

}  // namespace latentlab::gui
