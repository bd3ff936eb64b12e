// The comparison table: one row per metric of latentlab::metricCatalog(), columns PCA |
// Autoencoder | AE − PCA (the difference), the better value of each row in bold on a soft green,
// a tooltip per row (meaning, space, direction), and CSV export.
//
//   table->setMetrics(result.pcaSpace.metrics, result.aeSpace.metrics);
#pragma once

#include "Exportable.h"
#include "Result.h"

#include <QWidget>

class QTableWidget;

namespace latentlab::gui {

class MetricsTableView : public QWidget, public Exportable {
    Q_OBJECT
public:
    enum Column { PcaColumn = 0, AutoencoderColumn = 1, DifferenceColumn = 2 };

    explicit MetricsTableView(QWidget* parent = nullptr);

    void setMetrics(const MethodMetrics& pca, const MethodMetrics& autoencoder);
    /// Empties the values; the metric rows stay.
    void clear();
    /// Header line and one line per metric: key, label, pca, autoencoder, difference (full
    /// precision, empty for NaN), higher_is_better.
    QString toCsv() const;

    /// PcaColumn or AutoencoderColumn when that value of `row` is marked better, else -1.
    int betterColumn(int row) const;
    QTableWidget* table() const { return m_table; }

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;
    QSize minimumSizeHint() const override;
    /// The whole table: every column and every row at a comfortable height.
    QSize sizeHint() const override;
    /// Width that shows every column at `height`, a vertical scroll bar included when the
    /// rows need one there.
    int widthFor(int height) const;
    /// Height that shows the header and `rows` rows at the smallest readable row height.
    int heightForRows(int rows) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillRows();
    void markBetter();
    void fitColumns();
    void fitRows();
    /// Whether the rows need a scroll bar when the view is `height` tall.
    bool rowsScrollAt(int height) const;
    /// Smallest readable row (the table scrolls below that) and the row of the full table.
    int compactRowHeight() const;
    int comfortableRowHeight() const;

    QTableWidget* m_table = nullptr;
    MethodMetrics m_pca;
    MethodMetrics m_autoencoder;
    bool m_hasValues = false;
};

}  // namespace latentlab::gui
