#include "ReportPlots.h"

#include "MethodRegistry.h"

#include "MetricFormat.h"
#include "PlotFrame.h"
#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

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

void markChosenK(QPainter& painter, const PlotFrame& frame, int k) {
    if (k < frame.xAxis().min() || k > frame.xAxis().max()) return;
    const double x = frame.map(k, frame.yAxis().min()).x();
    painter.save();
    painter.setPen(QPen(ReportStyle::text(), 0.9, Qt::DashLine));
    painter.drawLine(QPointF(x, frame.plot().top()), QPointF(x, frame.plot().bottom()));
    const QFont font = ReportStyle::font(ReportStyle::kPlotLabel);
    const QFontMetricsF metrics(font, painter.device());
    const QString text = QStringLiteral("k = %1").arg(k);
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

/// `fromZero`: the y axis starts at 0 (shares such as inertia / TSS), else it fits the data.
ReportFigure sweepFigure(const KSweep& sweep, double KSweepPoint::*member, QString title,
                         QString axisTitle, QString note, bool fromZero) {
    ReportFigure figure;
    figure.aspect = 0.72;
    figure.paint = [&sweep, member, title, axisTitle, note, fromZero](QPainter& painter,
                                                                      const QRectF& rect, bool) {
        std::vector<double> values;
        int first = 0, last = 0;
        for (const std::vector<KSweepPoint>& line : sweep.curves) {
            for (const KSweepPoint& point : line) {
                values.push_back(point.*member);
                first = first == 0 ? point.k : std::min(first, point.k);
                last = std::max(last, point.k);
            }
        }
        auto [low, high] = finiteRange(values, false);
        if (!std::isfinite(low)) low = 0.0, high = 1.0;
        std::vector<LegendEntry> legend;
        for (const std::string& method : sweep.methods) {
            legend.push_back({QString::fromUtf8(methodInfo(method).title),
                              ReportStyle::methodColour(method), LegendEntry::Mark::Line});
        }
        const PlotFrame frame(
            painter, rect, title, PlotAxis::integers(first, std::max(last, first + 1), "k"),
            PlotAxis::linear(fromZero ? std::min(0.0, low) : low, high, axisTitle), legend, note);
        frame.drawFrame(painter);
        markChosenK(painter, frame, sweep.chosenK);
        for (std::size_t m = 0; m < sweep.curves.size(); ++m) {
            std::vector<QPointF> points;
            for (const KSweepPoint& point : sweep.curves[m])
                points.emplace_back(point.k, point.*member);
            drawSeries(painter, frame, points, ReportStyle::methodColour(sweep.methods[m]));
        }
        frame.drawLegend(painter);
    };
    return figure;
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
        sweep, &KSweepPoint::inertiaOverTss, QStringLiteral("Elbow: inertia / TSS"),
        QStringLiteral("inertia / TSS"), QStringLiteral("lower: tighter clusters"), true);
    elbow.caption = QStringLiteral(
        "k-means inertia over the total sum of squares in each latent space, for every k. "
        "A bend (elbow) suggests a natural number of clusters.");
    ReportFigure silhouette =
        sweepFigure(sweep, &KSweepPoint::silhouette, QStringLiteral("Silhouette (latent) vs k"),
                    QStringLiteral("silhouette"),
                    QStringLiteral("higher: better separated; ") + sampled, false);
    silhouette.caption = QStringLiteral(
        "Mean silhouette of the k-means clusters in each latent space, for every k. The dashed "
        "line marks this run's k.");
    return {elbow, silhouette};
}

}  // namespace latentlab::report
