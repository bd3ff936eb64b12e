// One metric over the repeats of "Repeat × N": a box per method (median, quartiles, Tukey
// whiskers at 1.5 IQR) with every repeat as a dot (deterministic jitter) and a faint line
// joining one repeat's values across the methods, so paired differences can be seen.
//
//   view->setMetric(*repeats, "ari");
#pragma once

#include "MethodStyle.h"
#include "PaintedView.h"
#include "Repeats.h"

#include <QWidget>
#include <vector>

namespace latentlab::gui {

/// Five-number summary for a box plot; quartiles interpolate linearly (numpy's default).
struct BoxStats {
    int count = 0;  ///< finite values
    double median = kNotAvailable;
    double lowerQuartile = kNotAvailable;
    double upperQuartile = kNotAvailable;
    double whiskerLow = kNotAvailable;   ///< smallest value >= Q1 - 1.5 IQR
    double whiskerHigh = kNotAvailable;  ///< largest value <= Q3 + 1.5 IQR
};

class MetricBoxPlotView : public PaintedView {
    Q_OBJECT
public:
    explicit MetricBoxPlotView(QWidget* parent = nullptr);

    /// Shows `key` (a catalog key) of every repeat; throws std::out_of_range for unknown keys.
    void setMetric(const RepeatsResult& repeats, const std::string& key);
    void clear();

    static BoxStats boxStats(const std::vector<double>& values);
    /// Horizontal offset of repeat `r`'s dot, in box widths (-0.5 .. 0.5): the same for
    /// every draw, so exports match the screen.
    static double jitter(int repeat);

    QString metricKey() const { return m_key; }
    QString title() const;
    /// Under the title: the paired difference with its interval, or what to do first.
    QString subtitle() const;
    /// A method's caption under its box: "PCA (n = 10)", or just the name without values.
    QString methodLabel(const std::string& method) const;
    /// The methods with a box, in the repeats' order.
    const std::vector<std::string>& methods() const { return m_methods; }

    /// Where the texts go in `area`: title and subtitle wrapped to its width, each method's
    /// caption within its share of the plot, the footer at the bottom.
    struct TextBoxes {
        QRectF title;
        QRectF subtitle;
        std::vector<QRectF> methods;  ///< in methods() order
        QRectF footer;
    };
    TextBoxes textBoxes(const QRectF& area) const;
    /// One value per repeat (empty for a method without a box).
    const std::vector<double>& values(const std::string& method) const;
    BoxStats stats(const std::string& method) const { return boxStats(values(method)); }

    QSize exportSize() const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    struct Layout {
        QRectF plot;
        double low = 0.0, high = 1.0;
        double y(double value) const;
        int methods = 2;
        double x(int method) const;  ///< centre of the box of methods()[method]
        double boxWidth() const;
    };
    Layout layoutFor(const QRectF& area) const;
    void paint(QPainter& painter, const QRectF& area) const override;
    QString dotTooltip(const QPoint& position) const;

    QString m_key;
    QString m_label;
    bool m_higherIsBetter = true;
    MetricSummary m_summary;
    std::vector<std::string> m_methods;
    std::string m_baseline;
    std::vector<std::vector<double>> m_values;  ///< per method, one per repeat
};

}  // namespace latentlab::gui
