#include "PlotFrame.h"

#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>

namespace latentlab::report {

namespace {

constexpr double kGap = 4.0;
constexpr double kMarkWidth = 10.0;
constexpr double kEntrySpacing = 10.0;

QFontMetricsF metrics(const QFont& font, QPainter& painter) {
    return QFontMetricsF(font, painter.device());
}

}  // namespace

PlotFrame::PlotFrame(QPainter& painter, const QRectF& figure, QString title, PlotAxis x, PlotAxis y,
                     std::vector<LegendEntry> legend, QString note)
    : m_figure(figure),
      m_title(std::move(title)),
      m_note(std::move(note)),
      m_x(std::move(x)),
      m_y(std::move(y)),
      m_legend(std::move(legend)) {
    const QFontMetricsF label = metrics(ReportStyle::font(ReportStyle::kPlotLabel), painter);
    const QFontMetricsF titleMetrics =
        metrics(ReportStyle::font(ReportStyle::kPlotTitle, true), painter);
    m_lineHeight = label.height();
    for (const LegendEntry& entry : m_legend)
        m_entryWidths.push_back(kMarkWidth + 3.0 + label.horizontalAdvance(entry.label));
    double tickWidth = 0.0;
    for (double tick : m_y.ticks())
        tickWidth = std::max(tickWidth, label.horizontalAdvance(m_y.label(tick)));

    double top = figure.top() + titleMetrics.height() + kGap;
    if (!m_note.isEmpty()) top += label.height();
    const double left = figure.left() + (m_y.title().isEmpty() ? 0.0 : label.height() + kGap) +
                        tickWidth + kGap + 3.0;
    const double right =
        figure.right() - std::max(6.0, label.horizontalAdvance(m_x.label(m_x.max())) / 2.0);
    double bottom = figure.bottom() - (label.height() + kGap);  // tick labels
    if (!m_x.title().isEmpty()) bottom -= label.height() + 1.0;
    const std::size_t rows = legendRows(figure.right() - left).size();
    if (rows > 0) bottom -= kGap + double(rows) * (m_lineHeight + 1.0);
    m_plot = QRectF(QPointF(left, top + label.height() / 2.0), QPointF(right, bottom));
}

QPointF PlotFrame::map(double x, double y) const {
    return QPointF(m_plot.left() + m_x.fraction(x) * m_plot.width(),
                   m_plot.bottom() - m_y.fraction(y) * m_plot.height());
}

void PlotFrame::drawFrame(QPainter& painter) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(m_figure, Qt::white);
    const QFont labelFont = ReportStyle::font(ReportStyle::kPlotLabel);
    const QFontMetricsF label = metrics(labelFont, painter);

    // Grid first, axes over it.
    painter.setPen(QPen(ReportStyle::grid(), 0.6));
    for (double tick : m_x.ticks()) {
        const double x = map(tick, m_y.min()).x();
        painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
    }
    for (double tick : m_y.ticks()) {
        const double y = map(m_x.min(), tick).y();
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }
    painter.setPen(QPen(ReportStyle::axis(), 0.8));
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());

    painter.setFont(labelFont);
    painter.setPen(ReportStyle::muted());
    for (double tick : m_x.ticks()) {
        const QString text = m_x.label(tick);
        const double x = map(tick, m_y.min()).x();
        const double width = label.horizontalAdvance(text);
        painter.drawText(
            QRectF(x - width / 2.0 - 1.0, m_plot.bottom() + 3.0, width + 2.0, label.height()),
            Qt::AlignCenter, text);
    }
    for (double tick : m_y.ticks()) {
        const double y = map(m_x.min(), tick).y();
        painter.drawText(QRectF(m_figure.left(), y - label.height() / 2.0,
                                m_plot.left() - 4.0 - m_figure.left(), label.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_y.label(tick));
    }
    painter.setPen(ReportStyle::text());
    if (!m_x.title().isEmpty()) {
        painter.drawText(QRectF(m_plot.left(), m_plot.bottom() + 3.0 + label.height(),
                                m_plot.width(), label.height() + 1.0),
                         Qt::AlignCenter, m_x.title());
    }
    if (!m_y.title().isEmpty()) {
        painter.save();
        painter.translate(m_figure.left(), m_plot.center().y());
        painter.rotate(-90.0);
        painter.drawText(QRectF(-m_plot.height() / 2.0, 0.0, m_plot.height(), label.height()),
                         Qt::AlignCenter, m_y.title());
        painter.restore();
    }

    const QFont titleFont = ReportStyle::font(ReportStyle::kPlotTitle, true);
    const double titleHeight = metrics(titleFont, painter).height();
    painter.setFont(titleFont);
    painter.drawText(QRectF(m_figure.left(), m_figure.top(), m_figure.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (!m_note.isEmpty()) {
        painter.setFont(labelFont);
        painter.setPen(ReportStyle::muted());
        painter.drawText(
            QRectF(m_figure.left(), m_figure.top() + titleHeight, m_figure.width(), label.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            label.elidedText(m_note, Qt::ElideRight, m_figure.width()));
    }
    painter.restore();
}

double PlotFrame::legendEntryWidth(std::size_t index) const { return m_entryWidths[index]; }

std::vector<std::vector<std::size_t>> PlotFrame::legendRows(double width) const {
    std::vector<std::vector<std::size_t>> rows;
    double used = 0.0;
    for (std::size_t i = 0; i < m_legend.size(); ++i) {
        const double entry = legendEntryWidth(i);
        if (rows.empty() || used + kEntrySpacing + entry > width) {
            rows.push_back({});
            used = entry;
        } else {
            used += kEntrySpacing + entry;
        }
        rows.back().push_back(i);
    }
    return rows;
}

void PlotFrame::drawLegend(QPainter& painter) const {
    if (m_legend.empty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(ReportStyle::font(ReportStyle::kPlotLabel));
    const double width = m_figure.right() - m_plot.left();
    const auto rows = legendRows(width);
    double y = m_figure.bottom() - double(rows.size()) * (m_lineHeight + 1.0);
    for (const auto& row : rows) {
        double total = 0.0;
        for (std::size_t i : row) total += legendEntryWidth(i);
        total += kEntrySpacing * double(row.size() - 1);
        double x = m_plot.left() + std::max(0.0, (width - total) / 2.0);
        for (std::size_t i : row) {
            const LegendEntry& entry = m_legend[i];
            const QPointF mark(x + kMarkWidth / 2.0, y + m_lineHeight / 2.0);
            switch (entry.mark) {
                case LegendEntry::Mark::Dot:
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(entry.colour);
                    Marker::draw(painter, entry.shape, mark, 6.4);
                    break;
                case LegendEntry::Mark::Line:
                    painter.setPen(QPen(entry.colour, 1.6));
                    painter.drawLine(mark - QPointF(kMarkWidth / 2.0, 0.0),
                                     mark + QPointF(kMarkWidth / 2.0, 0.0));
                    break;
                case LegendEntry::Mark::Cross:
                    drawCross(painter, mark, 8.0);
                    break;
            }
            painter.setPen(ReportStyle::text());
            const double textWidth = legendEntryWidth(i) - kMarkWidth - 3.0;
            painter.drawText(QRectF(x + kMarkWidth + 3.0, y, textWidth + 1.0, m_lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, entry.label);
            x += legendEntryWidth(i) + kEntrySpacing;
        }
        y += m_lineHeight + 1.0;
    }
    painter.restore();
}

void PlotFrame::drawCross(QPainter& painter, const QPointF& centre, double size) {
    const double arm = size / 2.0;
    const double half = size / 6.0;  // half the bar thickness
    QPainterPath plus;
    plus.addRect(QRectF(centre.x() - arm, centre.y() - half, size, 2 * half));
    plus.addRect(QRectF(centre.x() - half, centre.y() - arm, 2 * half, size));
    plus.setFillRule(Qt::WindingFill);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::black, 0.9));
    painter.setBrush(Qt::white);
    painter.drawPath(plus.simplified());
    painter.restore();
}

}  // namespace latentlab::report
