#include "ReportPlots.h"

#include "MethodRegistry.h"

#include "MetricFormat.h"
#include "PlotFrame.h"
#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace latentlab::report {

namespace {

/// A polyline through the finite points, with small markers when there are few of them.
void drawSeries(QPainter& painter, const PlotFrame& frame, const std::vector<QPointF>& values,
                const QColor& colour) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(frame.plot().adjusted(-3, -3, 3, 3));
    QPainterPath path;
    bool open = false;
    for (const QPointF& value : values) {
        const bool drawable =
            std::isfinite(value.y()) && (!frame.yAxis().isLog() || value.y() > 0.0);
        if (!drawable) {
            open = false;
            continue;
        }
        const QPointF at = frame.map(value.x(), value.y());
        if (open)
            path.lineTo(at);
        else
            path.moveTo(at);
        open = true;
    }
    painter.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    if (values.size() <= 30) {
        painter.setPen(QPen(Qt::white, 0.8));
        painter.setBrush(colour);
        for (const QPointF& value : values)
            if (std::isfinite(value.y()) && (!frame.yAxis().isLog() || value.y() > 0.0))
                painter.drawEllipse(frame.map(value.x(), value.y()), 2.4, 2.4);
    }
    painter.restore();
}

/// A dashed line at x = `at` across the plot, labelled ("k = 8", "resolution = 1").
void markChosen(QPainter& painter, const PlotFrame& frame, double at, const QString& text) {
    if (at < frame.xAxis().min() || at > frame.xAxis().max()) return;
    const double x = frame.map(at, frame.yAxis().min()).x();
    painter.save();
    painter.setPen(QPen(ReportStyle::text(), 0.9, Qt::DashLine));
    painter.drawLine(QPointF(x, frame.plot().top()), QPointF(x, frame.plot().bottom()));
    const QFont font = ReportStyle::font(ReportStyle::kPlotLabel);
    const QFontMetricsF metrics(font, painter.device());
    const double width = metrics.horizontalAdvance(text) + 4.0;
    // Right of the line unless that runs off the plot.
    const double left = x + width + 2.0 <= frame.plot().right() ? x + 2.0 : x - width - 2.0;
    const QRectF box(left, frame.plot().top() + 1.0, width, metrics.height());
    painter.fillRect(box, QColor(255, 255, 255, 220));
    painter.setFont(font);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

std::pair<double, double> finiteRange(const std::vector<double>& values, bool positiveOnly) {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (double v : values) {
        if (!std::isfinite(v) || (positiveOnly && v <= 0.0)) continue;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    return {low, high};
}

/// One line per method over a swept setting (k, the resolution), the run's value marked.
struct SweepLines {
    std::vector<std::string> methods;
    std::vector<std::vector<QPointF>> curves;  ///< per method: (setting, value)
    QString xTitle;                            ///< "k", "resolution"
    bool integerX = false;
    double chosen = 0.0;  ///< the run's setting
};

/// `fromZero`: the y axis starts at 0 (shares such as inertia / TSS), else it fits the data.
ReportFigure sweepFigure(SweepLines lines, QString title, QString axisTitle, QString note,
                         bool fromZero) {
    ReportFigure figure;
    figure.aspect = 0.72;
    figure.paint = [lines = std::move(lines), title, axisTitle, note, fromZero](
                       QPainter& painter, const QRectF& rect, bool) {
        std::vector<double> values;
        double first = std::numeric_limits<double>::infinity(), last = -first;
        for (const std::vector<QPointF>& line : lines.curves) {
            for (const QPointF& point : line) {
                values.push_back(point.y());
                first = std::min(first, point.x());
                last = std::max(last, point.x());
            }
        }
        if (!std::isfinite(first)) first = 0.0, last = 1.0;
        auto [low, high] = finiteRange(values, false);
        if (!std::isfinite(low)) low = 0.0, high = 1.0;
        std::vector<LegendEntry> legend;
        for (const std::string& method : lines.methods) {
            legend.push_back({QString::fromUtf8(methodInfo(method).title),
                              ReportStyle::methodColour(method), LegendEntry::Mark::Line});
        }
        const PlotAxis x =
            lines.integerX
                ? PlotAxis::integers(int(first), std::max(int(last), int(first) + 1), lines.xTitle)
                : PlotAxis::linear(first, last > first ? last : first + 1.0, lines.xTitle);
        const PlotFrame frame(
            painter, rect, title, x,
            PlotAxis::linear(fromZero ? std::min(0.0, low) : low, high, axisTitle), legend, note);
        frame.drawFrame(painter);
        markChosen(
            painter, frame, lines.chosen,
            QStringLiteral("%1 = %2").arg(lines.xTitle, QString::number(lines.chosen, 'g', 4)));
        for (std::size_t m = 0; m < lines.curves.size(); ++m)
            drawSeries(painter, frame, lines.curves[m],
                       ReportStyle::methodColour(lines.methods[m]));
        frame.drawLegend(painter);
    };
    return figure;
}

/// A k sweep's curves of one measure.
SweepLines kLines(const KSweep& sweep, double KSweepPoint::*member) {
    SweepLines lines{sweep.methods, {}, QStringLiteral("k"), true, double(sweep.chosenK)};
    for (const std::vector<KSweepPoint>& curve : sweep.curves) {
        lines.curves.emplace_back();
        for (const KSweepPoint& point : curve)
            lines.curves.back().emplace_back(point.k, point.*member);
    }
    return lines;
}

/// A resolution sweep's curves of one measure.
SweepLines resolutionLines(const ResolutionSweep& sweep,
                           const std::function<double(const ResolutionPoint&)>& measure) {
    SweepLines lines{
        sweep.methods, {}, QStringLiteral("resolution"), false, sweep.chosenResolution};
    for (const std::vector<ResolutionPoint>& curve : sweep.curves) {
        lines.curves.emplace_back();
        for (const ResolutionPoint& point : curve)
            lines.curves.back().emplace_back(point.resolution, measure(point));
    }
    return lines;
}

}  // namespace

ReportFigure lossFigure(const std::vector<double>& loss, LossAxis axis) {
    const auto [low, high] = finiteRange(loss, true);
    const bool log = axis == LossAxis::Log ||
                     (axis == LossAxis::Auto && std::isfinite(low) && high > 20.0 * low);
    ReportFigure figure;
    figure.aspect = 0.36;
    figure.caption = QStringLiteral("Mean training loss (MSE of the reconstruction) per epoch%1.")
                         .arg(log ? QStringLiteral(", logarithmic scale") : QString());
    figure.paint = [&loss, log](QPainter& painter, const QRectF& rect, bool) {
        const auto [lowest, highest] = finiteRange(loss, log);
        const int epochs = std::max<int>(2, int(loss.size()));
        const PlotAxis y =
            log ? PlotAxis::logarithmic(lowest, highest, QStringLiteral("loss"))
                : PlotAxis::linear(std::isfinite(lowest) ? std::min(0.0, lowest) : 0.0,
                                   std::isfinite(highest) ? highest : 1.0, QStringLiteral("loss"));
        const QString note = loss.empty() ? QStringLiteral("no training epochs")
                                          : QStringLiteral("final loss %1 after %2 epochs")
                                                .arg(MetricFormat::value(loss.back()))
                                                .arg(loss.size());
        const PlotFrame frame(painter, rect, QStringLiteral("Autoencoder training loss"),
                              PlotAxis::integers(1, epochs, QStringLiteral("epoch")), y, {}, note);
        frame.drawFrame(painter);
        std::vector<QPointF> points;
        for (std::size_t epoch = 0; epoch < loss.size(); ++epoch)
            points.emplace_back(double(epoch + 1), loss[epoch]);
        drawSeries(painter, frame, points, ReportStyle::autoencoderColour());
    };
    return figure;
}

std::vector<ReportFigure> sweepFigures(const KSweep& sweep) {
    const QString sampled =
        sweep.silhouetteSampleSize > 0
            ? QStringLiteral("sampled silhouette, n = %1").arg(sweep.silhouetteSampleSize)
            : QStringLiteral("exact silhouette");
    ReportFigure elbow = sweepFigure(
        kLines(sweep, &KSweepPoint::inertiaOverTss), QStringLiteral("Elbow: inertia / TSS"),
        QStringLiteral("inertia / TSS"), QStringLiteral("lower: tighter clusters"), true);
    elbow.caption = QStringLiteral(
        "k-means inertia over the total sum of squares in each latent space, for every k. "
        "A bend (elbow) suggests a natural number of clusters.");
    ReportFigure silhouette =
        sweepFigure(kLines(sweep, &KSweepPoint::silhouette),
                    QStringLiteral("Silhouette (latent) vs k"), QStringLiteral("silhouette"),
                    QStringLiteral("higher: better separated; ") + sampled, false);
    silhouette.caption = QStringLiteral(
        "Mean silhouette of the k-means clusters in each latent space, for every k. The dashed "
        "line marks this run's k.");
    return {elbow, silhouette};
}

std::vector<ReportFigure> resolutionSweepFigures(const ResolutionSweep& sweep) {
    ReportFigure clusters = sweepFigure(
        resolutionLines(sweep, [](const ResolutionPoint& p) { return double(p.clusters); }),
        QStringLiteral("Clusters vs resolution"), QStringLiteral("clusters"),
        QStringLiteral("Leiden, modularity objective"), true);
    clusters.caption = QStringLiteral(
        "How many clusters Leiden finds in each latent space at each resolution, on the run's "
        "kNN graph. The dashed line marks this run's resolution.");
    bool labels = false;
    for (const auto& curve : sweep.curves)
        for (const ResolutionPoint& point : curve) labels = labels || std::isfinite(point.ari);
    ReportFigure agreement =
        labels
            ? sweepFigure(resolutionLines(sweep, [](const ResolutionPoint& p) { return p.ari; }),
                          QStringLiteral("ARI vs resolution"), QStringLiteral("ARI"),
                          QStringLiteral("higher: closer to the true labels"), false)
            : sweepFigure(
                  resolutionLines(sweep, [](const ResolutionPoint& p) { return p.silhouette; }),
                  QStringLiteral("Silhouette (latent) vs resolution"), QStringLiteral("silhouette"),
                  QStringLiteral("higher: better separated"), false);
    agreement.caption = labels ? QStringLiteral(
                                     "Adjusted Rand index of the Leiden clusters against the true "
                                     "labels, per latent space and resolution.")
                               : QStringLiteral(
                                     "Mean silhouette of the Leiden clusters in each latent space, "
                                     "per resolution (the data have no true labels).");
    return {clusters, agreement};
}

}  // namespace latentlab::report
