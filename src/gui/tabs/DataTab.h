// The data itself: a table of every row (fast at a million rows), per-column summary
// statistics (pandas' describe()), a 3-D scatter of three chosen columns and, for expression
// data, the genes the recipe kept and selected (GenesView).
#pragma once

#include "ColumnSummary.h"
#include "Dataset.h"

#include <QWidget>
#include <memory>
#include <vector>

class QTableView;
class QTableWidget;
class QLabel;
class QTabWidget;

namespace latentlab::gui {

class DatasetTableModel;
class GenesView;
class RowSelection;
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
    GenesView* genesView() const { return m_genes; }
    /// The tabs holding the 3-D scatter and the genes view.
    QTabWidget* views() const { return m_views; }
    /// Whether the statistics table shows the current data's values (they are computed on a
    /// worker thread after setDataset()).
    bool summaryReady() const;
    /// The table selects the rows of `selection` and selects rows in it, and the 3-D view
    /// greys the rest (shared with the scatters; not owned).
    void setSelection(RowSelection* selection);

signals:
    void summaryReadyChanged();

private:
    void startSummary(std::shared_ptr<const Dataset> data);
    void fillSummary(const std::vector<ColumnSummary>& summaries);

    DatasetTableModel* m_model;
    QTableView* m_table;
    QTableWidget* m_summary;
    Scatter3DView* m_scatter3d;
    GenesView* m_genes;
    QTabWidget* m_views;
    QLabel* m_caption;
    int m_summaryJob = 0;  ///< the statistics being computed; older ones are dropped
    bool m_summaryReady = false;
};

}  // namespace latentlab::gui
