#include "MetricBoxPlotView.h"

#include "ChartStyle.h"
#include "MetricFormat.h"
#include "NiceScale.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace latentlab::gui {

namespace {

constexpr double kDotRadius = 3.5;
constexpr double kJitterSpan = 0.6;  ///< of a box's width

QString footer() {
    return QCoreApplication::translate("MetricBoxPlotView",
                                       "dots: repeats \u00b7 lines: same seeds \u00b7 box: "
                                       "quartiles, median \u00b7 whiskers: 1.5 IQR");
}

/// Height of the footer wrapped to `width`.
double footerHeight(const QFont& font, double width) {
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, footer())
        .height();
}

const MetricInfo& metricByKey(const std::string& key) {
    for (const MetricInfo& info : metricCatalog())
        if (key == info.key) return info;
    throw std::out_of_range("unknown metric '" + key + "'");
}

/// Linear interpolation between order statistics (numpy.percentile's default).
double quantile(const std::vector<double>& sorted, double q) {
    const double position = q * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

}  // namespace

MetricBoxPlotView::MetricBoxPlotView(QWidget* parent) : PaintedView(parent) {
    setMinimumSize(300, 200);
    setToolTip(
        tr("Each dot is one repeat; a faint line joins the methods' values of the same "
           "repeat (same data and seeds). Boxes: median and quartiles; whiskers reach the "
           "furthest repeat within 1.5 interquartile ranges."));
    clear();
}

const std::vector<double>& MetricBoxPlotView::values(const std::string& method) const {
    static const std::vector<double> none;
    for (std::size_t i = 0; i < m_methods.size(); ++i)
        if (m_methods[i] == method) return m_values[i];
    return none;
}

BoxStats MetricBoxPlotView::boxStats(const std::vector<double>& values) {
    std::vector<double> sorted;
    for (double v : values)
        if (std::isfinite(v)) sorted.push_back(v);
    BoxStats stats;
    stats.count = int(sorted.size());
    if (sorted.empty()) return stats;
    std::sort(sorted.begin(), sorted.end());
    stats.median = quantile(sorted, 0.5);
    stats.lowerQuartile = quantile(sorted, 0.25);
    stats.upperQuartile = quantile(sorted, 0.75);
    const double reach = 1.5 * (stats.upperQuartile - stats.lowerQuartile);
    stats.whiskerLow = stats.lowerQuartile;
    stats.whiskerHigh = stats.upperQuartile;
    for (double v : sorted) {
        if (v >= stats.lowerQuartile - reach) stats.whiskerLow = std::min(stats.whiskerLow, v);
        if (v <= stats.upperQuartile + reach) stats.whiskerHigh = std::max(stats.whiskerHigh, v);
    }
    return stats;
}

double MetricBoxPlotView::jitter(int repeat) {
    // Golden-ratio steps spread any number of repeats evenly, without randomness.
    const double phase = std::fmod(0.5 + repeat * 0.6180339887498949, 1.0);
    return phase - 0.5;
}

void MetricBoxPlotView::setMetric(const RepeatsResult& repeats, const std::string& key) {
    const MetricInfo& info = metricByKey(key);
    m_key = QString::fromStdString(key);
    m_label = QString::fromUtf8(info.label);
    m_higherIsBetter = info.higherIsBetter;
    m_summary = repeats.summary(key);
    m_methods = repeats.methods;
    m_baseline = repeats.baseline;
    m_values.assign(m_methods.size(), {});
    for (const std::vector<MethodMetrics>& run : repeats.runs)
        for (std::size_t i = 0; i < m_methods.size() && i < run.size(); ++i)
            m_values[i].push_back(run[i].*info.member);
    update();
}

void MetricBoxPlotView::clear() {
    m_key.clear();
    m_label.clear();
    m_summary = MetricSummary{};
    const Config defaults;
    m_methods = defaults.methods;
    m_baseline = defaults.baselineMethod();
    m_values.assign(m_methods.size(), {});
    update();
}

QString MetricBoxPlotView::title() const {
    if (m_key.isEmpty()) return tr("Metric over repeats");
    return tr("%1 %2 over %3 repeats")
        .arg(m_label, m_higherIsBetter ? QStringLiteral("\u2191") : QStringLiteral("\u2193"))
        .arg(m_values.empty() ? 0 : m_values.front().size());
}

QString MetricBoxPlotView::subtitle() const {
    if (m_key.isEmpty()) return tr("Run \u201cRepeat \u00d7 N\u201d to see the spread over seeds");
    const bool seconds = m_key == QLatin1String("seconds");
    QStringList parts;
    for (const std::string& method : m_methods) {
        if (method == m_baseline) continue;
        const MeanSd& d = m_summary.differenceOf(method);
        const QString pair = MethodStyle::shortName(method) + QStringLiteral(" \u2212 ") +
                             MethodStyle::shortName(m_baseline);
        parts << (std::isfinite(d.ciHalfWidth)
                      ? tr("paired %1: %2, 95 % CI [%3, %4]")
                            .arg(pair, MetricFormat::difference(d.mean, seconds),
                                 MetricFormat::difference(d.mean - d.ciHalfWidth, seconds),
                                 MetricFormat::difference(d.mean + d.ciHalfWidth, seconds))
                      : tr("no paired %1 (a method has no values)").arg(pair));
    }
    return parts.join(QStringLiteral("; "));
}

QString MetricBoxPlotView::methodLabel(const std::string& method) const {
    const BoxStats box = boxStats(values(method));
    if (box.count > 0) return tr("%1 (n = %2)").arg(MethodStyle::name(method)).arg(box.count);
    // Before any repeats the subtitle says so; "(no values)" twice ran into each other.
    return m_key.isEmpty() ? MethodStyle::name(method)
                           : tr("%1 (no values)").arg(MethodStyle::name(method));
}

MetricBoxPlotView::TextBoxes MetricBoxPlotView::textBoxes(const QRectF& area) const {
    const QFontMetricsF title(ChartStyle::titleFont(font())), label(ChartStyle::labelFont(font()));
    const double width = area.width() - 16;
    const auto wrapped = [width](const QFontMetricsF& metrics, const QString& text) {
        return metrics.boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, text).height();
    };
    TextBoxes boxes;
    boxes.title = QRectF(area.left() + 8, area.top() + 8, width, wrapped(title, this->title()));
    boxes.subtitle =
        QRectF(area.left() + 8, boxes.title.bottom() + 2, width, wrapped(label, subtitle()));
    const double footer = footerHeight(ChartStyle::labelFont(font()), width);
    boxes.footer = QRectF(area.left() + 8, area.bottom() - footer - 6, width, footer);
    const Layout layout = layoutFor(area);
    for (int method = 0; method < int(m_methods.size()); ++method) {
        // Each caption keeps to its share of the plot.
        const double half = 0.5 * layout.plot.width() / layout.methods - 4;
        boxes.methods.push_back(
            QRectF(layout.x(method) - half, layout.plot.bottom() + 6, 2 * half, label.height()));
    }
    return boxes;
}

QSize MetricBoxPlotView::sizeHint() const { return QSize(460, 420); }

QSize MetricBoxPlotView::exportSize() const {
    return isVisible() && width() >= 360 && height() >= 300 ? size() : sizeHint();
}

double MetricBoxPlotView::Layout::y(double value) const {
    return plot.bottom() - (value - low) / (high - low) * plot.height();
}

double MetricBoxPlotView::Layout::x(int method) const {
    return plot.left() + plot.width() * (method + 0.5) / methods;
}

double MetricBoxPlotView::Layout::boxWidth() const {
    return std::min(plot.width() * 0.48 / methods, 110.0);
}

MetricBoxPlotView::Layout MetricBoxPlotView::layoutFor(const QRectF& area) const {
    Layout layout;
    layout.methods = std::max(1, int(m_methods.size()));
    double low = 0.0, high = 0.0;
    bool any = false;
    for (const auto& values : m_values) {
        for (double v : values) {
            if (!std::isfinite(v)) continue;
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
        }
    }
    const NiceRange range = any ? NiceScale::around(low, high, 6) : NiceRange{};
    layout.low = range.min;
    layout.high = range.max;
    const QFontMetricsF label(ChartStyle::labelFont(font()));
    double labelWidth = 0.0;
    for (int i = 0; i < range.ticks; ++i)
        labelWidth = std::max(labelWidth, label.horizontalAdvance(NiceScale::label(
                                              range.min + i * range.step, range.decimals)));
    // Below the title and subtitle as wrapped, and half a tick label's height more.
    const QFontMetricsF title(ChartStyle::titleFont(font()));
    const double textWidth = area.width() - 16;
    const auto wrapped = [textWidth](const QFontMetricsF& metrics, const QString& text) {
        return metrics.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, text).height();
    };
    const double top =
        area.top() + 10 + wrapped(title, this->title()) + wrapped(label, subtitle()) + 14;
    const double footerSpace = footerHeight(ChartStyle::labelFont(font()), area.width() - 16);
    const double bottom = area.bottom() - (10 + label.height() + footerSpace + 12);
    const double left = area.left() + 14 + labelWidth;
    layout.plot =
        QRectF(left, top, std::max(10.0, area.right() - 18 - left), std::max(10.0, bottom - top));
    return layout;
}

void MetricBoxPlotView::paint(QPainter& painter, const QRectF& area) const {
    const QColor text = ChartStyle::text(palette());
    const QColor muted = ChartStyle::mutedText(palette());
    const QColor background = ChartStyle::background(palette());
    const QFont titleFont = ChartStyle::titleFont(font());
    const QFont labelFont = ChartStyle::labelFont(font());
    const QFontMetricsF labelMetrics(labelFont);
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Title and subtitle wrap in a narrow view rather than run off both sides.
    const TextBoxes boxes = textBoxes(area);
    painter.setFont(titleFont);
    painter.setPen(text);
    painter.drawText(boxes.title, Qt::AlignHCenter | Qt::TextWordWrap, title());
    painter.setFont(labelFont);
    painter.setPen(muted);
    painter.drawText(boxes.subtitle, Qt::AlignHCenter | Qt::TextWordWrap, subtitle());

    const Layout layout = layoutFor(area);
    const NiceRange range = NiceScale::around(layout.low, layout.high, 6);
    // Grid and y labels.
    for (int i = 0; i < range.ticks; ++i) {
        const double value = range.min + i * range.step;
        const double y = layout.y(value);
        painter.setPen(QPen(ChartStyle::grid(palette()), 1.0));
        painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(area.left(), y - labelMetrics.height() / 2,
                                layout.plot.left() - area.left() - 6, labelMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         NiceScale::label(value, range.decimals));
    }
    painter.setPen(QPen(ChartStyle::mix(background, text, 0.45), 1.0));
    painter.drawLine(layout.plot.bottomLeft(), layout.plot.bottomRight());

    const double width = layout.boxWidth();
    std::size_t repeats = m_values.empty() ? 0 : m_values.front().size();
    for (const auto& values : m_values) repeats = std::min(repeats, values.size());
    // Paired lines under everything else; fainter the more repeats there are.
    QColor pairColour = muted;
    pairColour.setAlphaF(
        float(std::clamp(6.0 / std::max<double>(1.0, double(repeats)), 0.18, 0.5)));
    painter.setPen(QPen(pairColour, 1.0));
    for (std::size_t r = 0; r < repeats; ++r) {
        const double offset = jitter(int(r)) * kJitterSpan * width;
        for (std::size_t m = 0; m + 1 < m_values.size(); ++m) {
            const double from = m_values[m][r], to = m_values[m + 1][r];
            if (!std::isfinite(from) || !std::isfinite(to)) continue;
            painter.drawLine(QPointF(layout.x(int(m)) + offset, layout.y(from)),
                             QPointF(layout.x(int(m + 1)) + offset, layout.y(to)));
        }
    }
    for (int method = 0; method < int(m_methods.size()); ++method) {
        const std::string& name = m_methods[std::size_t(method)];
        const std::vector<double>& values = m_values[std::size_t(method)];
        const QColor colour = MethodStyle::color(name, background);
        const BoxStats box = boxStats(values);
        const double x = layout.x(method);
        painter.setFont(labelFont);
        painter.setPen(colour);
        const QRectF caption = boxes.methods[std::size_t(method)];
        painter.drawText(
            caption, Qt::AlignCenter,
            labelMetrics.elidedText(methodLabel(name), Qt::ElideRight, caption.width()));
        if (box.count == 0) continue;
        QColor fill = colour;
        fill.setAlphaF(0.16f);
        const QRectF body(x - width / 2, layout.y(box.upperQuartile), width,
                          std::max(1.0, layout.y(box.lowerQuartile) - layout.y(box.upperQuartile)));
        painter.setPen(QPen(colour, 1.5));
        painter.drawLine(QPointF(x, layout.y(box.whiskerHigh)), QPointF(x, body.top()));
        painter.drawLine(QPointF(x, body.bottom()), QPointF(x, layout.y(box.whiskerLow)));
        for (double end : {box.whiskerLow, box.whiskerHigh})
            painter.drawLine(QPointF(x - width * 0.2, layout.y(end)),
                             QPointF(x + width * 0.2, layout.y(end)));
        painter.setBrush(fill);
        painter.drawRect(body);
        painter.setPen(QPen(colour.darker(130), 3.0, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(body.left(), layout.y(box.median)),
                         QPointF(body.right(), layout.y(box.median)));
        painter.setPen(QPen(background, 1.0));
        painter.setBrush(colour);
        for (std::size_t r = 0; r < values.size(); ++r) {
            const double v = values[r];
            if (!std::isfinite(v)) continue;
            const QPointF centre(x + jitter(int(r)) * kJitterSpan * width, layout.y(v));
            painter.drawEllipse(centre, kDotRadius, kDotRadius);
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.setPen(muted);
    painter.drawText(boxes.footer, Qt::AlignHCenter | Qt::TextWordWrap, footer());
}

QString MetricBoxPlotView::dotTooltip(const QPoint& position) const {
    const Layout layout = layoutFor(QRectF(rect()));
    const double width = layout.boxWidth();
    double best = 8.0;  // pixels
    int bestRepeat = -1;
    for (int method = 0; method < int(m_values.size()); ++method) {
        for (std::size_t r = 0; r < m_values[std::size_t(method)].size(); ++r) {
            const double v = m_values[std::size_t(method)][r];
            if (!std::isfinite(v)) continue;
            const QPointF centre(layout.x(method) + jitter(int(r)) * kJitterSpan * width,
                                 layout.y(v));
            const double distance =
                std::hypot(centre.x() - position.x(), centre.y() - position.y());
            if (distance < best) {
                best = distance;
                bestRepeat = int(r);
            }
        }
    }
    if (bestRepeat < 0) return QString();
    const auto r = std::size_t(bestRepeat);
    const auto valueAt = [&](const std::string& method) {
        const std::vector<double>& v = values(method);
        return r < v.size() ? v[r] : kNotAvailable;
    };
    const bool seconds = m_key == QLatin1String("seconds");
    QString text = tr("<b>Repeat %1</b> (seeds +%2)").arg(bestRepeat + 1).arg(bestRepeat);
    for (const std::string& method : m_methods)
        text += QStringLiteral("<br>%1: %2")
                    .arg(MethodStyle::name(method), MetricFormat::value(valueAt(method)));
    for (const std::string& method : m_methods) {
        if (method == m_baseline) continue;
        text += QStringLiteral("<br>%1 \u2212 %2: %3")
                    .arg(MethodStyle::shortName(method), MethodStyle::shortName(m_baseline),
                         MetricFormat::difference(valueAt(method) - valueAt(m_baseline), seconds));
    }
    return text;
}

bool MetricBoxPlotView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = dotTooltip(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
    }
    return QWidget::event(event);
}

}  // namespace latentlab::gui
