#include "ReplayPainter.h"

#include "Marker.h"
#include "MethodRegistry.h"
#include "NumberFormat.h"
#include "Palette.h"
#include "PlotFrame.h"
#include "ReportStyle.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace latentlab::report {
namespace {

constexpr double kPanelPoints = 300.0;  ///< a panel's width in points
constexpr double kMargin = 8.0;
constexpr int kMaxColumns = 3;
constexpr int kLegendGroups = 24;  ///< as the report's scatter: past that, "+N more"
constexpr double kDotsPerMeterAt72Dpi = 72.0 / 0.0254;

/// The report scatter's dot sizes in points; opaque here (see the header).
double dotSize(Eigen::Index points) {
    if (points <= 2000) return 3.0;
    if (points <= 10000) return 2.0;
    return 1.3;
}

std::vector<LegendEntry> legendOf(const AnimationInput& input) {
    std::vector<LegendEntry> legend;
    const int count = input.groupCount();
    const int shown = count > kLegendGroups ? kLegendGroups - 1 : count;
    for (int g = 0; g < shown; ++g)
        legend.push_back(
            {input.groupNames[g], Palette::color(g), LegendEntry::Mark::Dot, Palette::shape(g)});
    if (shown < count)
        legend.push_back({QStringLiteral("+%1 more").arg(count - shown), ReportStyle::axis(),
                          LegendEntry::Mark::Dot});
    return legend;
}

QString axisTitle(const std::string& method, int axis) {
    const MethodInfo* info = findMethod(method);
    return QStringLiteral("%1 %2").arg(QString::fromUtf8(info ? info->axisPrefix : "")).arg(axis);
}

QString titleOf(const std::string& method) {
    const MethodInfo* info = findMethod(method);
    return QString::fromUtf8(info ? info->title : method.c_str());
}

PlotAxis axisOver(double low, double high, const QString& title) {
    // More ticks than the report's 5: the axis is rounded out to a finer step, less empty.
    const double pad = 0.04 * (high - low);
    return PlotAxis::linear(low - pad, high + pad, title, 8);
}

QImage blankImage(const QSize& size) {
    QImage image(size, QImage::Format_RGB32);
    // 72 dpi, as the report's figures: font sizes in points mean the same there and here.
    image.setDotsPerMeterX(int(std::lround(kDotsPerMeterAt72Dpi)));
    image.setDotsPerMeterY(int(std::lround(kDotsPerMeterAt72Dpi)));
    image.fill(Qt::white);
    return image;
}

QColor blend(const QColor& colour, double towardsWhite) {
    auto mix = [&](int c) { return int(std::lround(c + (255 - c) * towardsWhite)); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

int evenAtLeast(double pixels) {
    const int rounded = int(std::ceil(pixels));
    return rounded + rounded % 2;
}

}  // namespace

ReplayPainter::ReplayPainter(const AnimationInput& input, int panelWidth)
    : m_input(input),
      m_pixelsPerPoint(std::max(100, panelWidth) / kPanelPoints),
      m_columns(std::clamp(int(input.replay.methods.size()), 1, kMaxColumns)) {
    // A panel as tall as its plot is wide: measured with the legend it will have.
    QImage probe = blankImage(QSize(8, 8));
    QPainter painter(&probe);
    const QRectF trial(0.0, 0.0, kPanelPoints - 2 * kMargin, kPanelPoints - 2 * kMargin);
    const PlotFrame frame(painter, trial, QStringLiteral("Title"), PlotAxis::linear(0, 1, "x"),
                          PlotAxis::linear(0, 1, "y"), legendOf(input), QStringLiteral("note"));
    const double overhead = trial.height() - frame.plot().height();
    m_panel = QSizeF(kPanelPoints, frame.plot().width() + overhead + 2 * kMargin);
    const int rows = std::max(1, (int(input.replay.methods.size()) + m_columns - 1) / m_columns);
    m_size = QSize(evenAtLeast(m_columns * m_panel.width() * m_pixelsPerPoint),
                   evenAtLeast(rows * m_panel.height() * m_pixelsPerPoint));
}

QString ReplayPainter::stepNote(const MethodReplay& method, const ReplayFrame& frame) {
    const QString noun =
        method.method == "tsne" ? QStringLiteral("iteration") : QStringLiteral("epoch");
    QString note =
        QStringLiteral("%1 %2 of %3")
            .arg(noun, NumberFormat::count(frame.step), NumberFormat::count(method.lastStep()));
    if (std::isfinite(frame.loss))
        note += QStringLiteral(" \u00b7 loss %1").arg(NumberFormat::significant(frame.loss, 4));
    return note;
}

QImage ReplayPainter::frame(int index) const {
    QImage image = blankImage(m_size);
    QPainter painter(&image);
    painter.scale(m_pixelsPerPoint, m_pixelsPerPoint);
    const std::vector<MethodReplay>& methods = m_input.replay.methods;
    for (std::size_t i = 0; i < methods.size(); ++i) {
        const QRectF panel(double(int(i) % m_columns) * m_panel.width(),
                           double(int(i) / m_columns) * m_panel.height(), m_panel.width(),
                           m_panel.height());
        paintPanel(painter, panel.adjusted(kMargin, kMargin, -kMargin, -kMargin), methods[i],
                   m_input.groups[i], index);
    }
    return image;
}

void ReplayPainter::paintPanel(QPainter& painter, const QRectF& rect, const MethodReplay& method,
                               const std::vector<int>& groups, int index) const {
    const ReplayFrame& shown = method.at(index);
    const ReplayExtent& extent = method.extent;
    const PlotFrame frame(painter, rect, titleOf(method.method),
                          axisOver(extent.minX, extent.maxX, axisTitle(method.method, 1)),
                          axisOver(extent.minY, extent.maxY, axisTitle(method.method, 2)),
                          legendOf(m_input), stepNote(method, shown));
    frame.drawFrame(painter);
    painter.save();
    painter.setClipRect(frame.plot());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    const double size = dotSize(shown.xy.rows());
    int brushGroup = -1;
    for (Eigen::Index row = 0; row < shown.xy.rows(); ++row) {
        const int group = std::size_t(row) < groups.size() ? groups[std::size_t(row)] : -1;
        if (group < 0 || !std::isfinite(shown.xy(row, 0)) || !std::isfinite(shown.xy(row, 1)))
            continue;
        if (group != brushGroup) {
            painter.setBrush(Palette::color(group));
            brushGroup = group;
        }
        Marker::draw(painter, Palette::shape(group), frame.map(shown.xy(row, 0), shown.xy(row, 1)),
                     size);
    }
    painter.restore();
    // The axes again: dots near the edge are drawn over them.
    painter.setPen(QPen(ReportStyle::axis(), 0.8));
    painter.drawLine(frame.plot().bottomLeft(), frame.plot().bottomRight());
    painter.drawLine(frame.plot().bottomLeft(), frame.plot().topLeft());
    frame.drawLegend(painter);
}

std::vector<QColor> ReplayPainter::colours() const {
    std::vector<QColor> colours{Qt::white};
    // Text, ticks and grid lines are antialiased: their shades towards the white background.
    for (const QColor& ink : {ReportStyle::text(), ReportStyle::muted(), ReportStyle::axis(),
                              ReportStyle::grid(), QColor(Qt::black)})
        for (int shade = 0; shade < 8; ++shade) colours.push_back(blend(ink, shade / 8.0));
    const int groups = std::min(m_input.groupCount(), Palette::size());
    for (int g = 0; g < groups; ++g)
        for (double shade : {0.0, 0.25, 0.5, 0.75})
            colours.push_back(blend(Palette::color(g), shade));
    return colours;
}

}  // namespace latentlab::report
