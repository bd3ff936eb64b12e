// The "Repeat × N" table (RepeatsTableModel) with a caption saying how many repeats, which
// seeds and what the ✔ mark means; selecting a row picks the metric the box plot shows.
//
//   view->setRepeats(repeats);
//   connect(view, &RepeatsTableView::currentMetricChanged, boxPlot, ...);
#pragma once

#include "Exportable.h"
#include "Repeats.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace latentlab::gui {

class RepeatsTableModel;

class RepeatsTableView : public QWidget, public Exportable {
    Q_OBJECT
public:
    explicit RepeatsTableView(QWidget* parent = nullptr);

    void setRepeats(std::shared_ptr<const RepeatsResult> repeats);
    void clear();
    /// Selects the row of a catalog key (no-op if it is not shown).
    void selectMetric(const QString& key);
    /// The selected row's catalog key; empty without rows.
    QString currentMetric() const;

    RepeatsTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString caption() const;
    /// The width that shows every column and every metric's whole name.
    int naturalWidth() const;

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

signals:
    void currentMetricChanged(const QString& key);

private:
    void fitColumns();
    int tableHeight() const;
    int headerWidth() const;

    RepeatsTableModel* m_model;
    QTableView* m_table;
    QLabel* m_caption;
    int m_columnsWidth = 0;  ///< the columns' natural widths, summed
};

}  // namespace latentlab::gui
