// The comparison table: one row per metric of latentlab::metricCatalog(), one column per
// method of the run, then one difference column per method other than the baseline
// ("AE − PCA", "UMAP − PCA"), the best value of each row in bold on a soft green, a tooltip
// per row (meaning, space, direction), and CSV export. With a reference run pinned in the
// History, each value is followed by its difference to that run's ("0.91 (+0.12)") and a line
// above the table names the run.
//
//   table->setMethods({"pca", "autoencoder", "umap"}, "pca");
//   table->setMetrics({pcaMetrics, aeMetrics, umapMetrics});   // in setMethods' order
#pragma once

#include "Exportable.h"
#include "Result.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace latentlab::gui {

class MetricsTableView : public QWidget, public Exportable {
    Q_OBJECT
public:
    explicit MetricsTableView(QWidget* parent = nullptr);

    /// The columns: `methods` in order, then the differences to `baseline`; values empty.
    void setMethods(const std::vector<std::string>& methods, const std::string& baseline);
    /// One entry per method of setMethods(), in its order.
    void setMetrics(const std::vector<MethodMetrics>& metrics);
    /// Empties the values; the metric rows and method columns stay.
    void clear();
    /// Differences against a pinned run named `name` ("run 3"), for the methods it also ran;
    /// kept across setMetrics() until clearReference().
    void setReference(const QString& name, const std::vector<std::string>& methods,
                      const std::vector<MethodMetrics>& metrics);
    void clearReference();
    /// "run 3", or empty without a reference.
    const QString& referenceName() const { return m_referenceName; }
    /// "+0.1200 Adjusted Rand index vs run 3": `method`'s value in catalog row `row` minus
    /// the reference's; empty when either has none.
    QString referenceDifference(int row, const std::string& method) const;
    /// The difference in a cell's brackets: two significant digits ("+0.12", "−0.0011"),
    /// seconds and cluster counts as differenceOf() writes them.
    static QString briefDifference(const MetricInfo& info, double difference);
    /// The line above the table naming the reference (hidden without one).
    QLabel* referenceLine() const { return m_referenceLine; }
    /// Header line and one line per metric: key, label, one value per method, one difference
    /// per non-baseline method (full precision, empty for NaN), higher_is_better. With two
    /// methods the difference column is called "difference", else "<method>_minus_<baseline>".
    QString toCsv() const;

    const std::vector<std::string>& methods() const { return m_methods; }
    const std::string& baseline() const { return m_baseline; }
    /// The column of `method`'s values, or -1.
    int valueColumn(const std::string& method) const;
    /// The column of `method` − baseline, or -1 (the baseline has none).
    int differenceColumn(const std::string& method) const;
    /// The value column marked best in `row`, else -1.
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
    /// The values (and their differences to the reference) into the cells.
    void fillValues();
    /// The reference's value of the metric `info` for `method`; NaN when it has none.
    double referenceValue(const MetricInfo& info, const std::string& method) const;
    void setHeaders();
    /// The non-baseline methods, in order: one difference column each.
    std::vector<std::string> compared() const;
    bool isDifferenceColumn(int column) const { return column >= int(m_methods.size()); }
    void markBetter();
    /// Hides the rows no method shown has a value for (t-SNE's KL without t-SNE, the
    /// modularity under k-means); the label metrics stay, their "—" says there are no labels.
    void hideEmptyRows();
    int visibleRows() const;
    void fitColumns();
    void fitRows();
    /// Whether the rows need a scroll bar when the view is `height` tall.
    bool rowsScrollAt(int height) const;
    /// Smallest readable row (the table scrolls below that) and the row of the full table.
    int compactRowHeight() const;
    /// The reference line and its spacing, 0 when hidden.
    int referenceLineHeight() const;
    int comfortableRowHeight() const;

    QTableWidget* m_table = nullptr;
    std::vector<std::string> m_methods;
    std::string m_baseline;
    std::vector<MethodMetrics> m_values;  ///< per method; empty without values
    bool m_hasValues = false;
    QLabel* m_referenceLine = nullptr;
    QString m_referenceName;  ///< empty: no reference
    std::vector<std::string> m_referenceMethods;
    std::vector<MethodMetrics> m_referenceMetrics;
};

}  // namespace latentlab::gui
