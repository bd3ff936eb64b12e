#include "ScatterFigure.h"

#include "NumberFormat.h"
#include "Palette.h"
#include "PlotFrame.h"
#include "ReportStyle.h"

#include <QImage>
#include <algorithm>
#include <cmath>

namespace latentlab::report {

namespace {

// A legend line holds about six entries: four lines under the plot at most.
constexpr int kLegendGroups = 24;

struct Groups {
    std::vector<std::vector<int>> rows;  ///< per group, the rows in it
    QStringList names;
    bool byLabel = true;
};

Groups groupsOf(const Result& result, const SpaceResult& space) {
    Groups groups;
    const Dataset& data = result.data;
    groups.byLabel = data.hasLabels();
    const std::vector<int>& codes = groups.byLabel ? data.labels : space.clustering.labels;
    int count = groups.byLabel ? data.classes() : 0;
    for (int code : codes) count = std::max(count, code + 1);
    groups.rows.resize(std::size_t(std::max(count, 1)));
    for (std::size_t row = 0; row < codes.size(); ++row)
        if (codes[row] >= 0) groups.rows[std::size_t(codes[row])].push_back(int(row));
    for (int g = 0; g < count; ++g) {
        groups.names << (groups.byLabel && std::size_t(g) < data.labelNames.size()
                             ? QString::fromStdString(data.labelNames[std::size_t(g)])
                             : QStringLiteral("cluster %1").arg(g));
    }
    return groups;
}

/// Dot size and opacity that keep dense clouds readable and sparse ones visible.
std::pair<double, double> dotStyle(Eigen::Index points) {
    if (points <= 2000) return {3.0, 0.85};
    if (points <= 10000) return {2.0, 0.6};
    return {1.3, 0.45};
}

/// Dots at (frame position - origin) x scale: the frame itself, or an image of its plot area.
void drawDots(QPainter& painter, const PlotFrame& frame, const Eigen::MatrixXd& xy,
              const Groups& groups, const QPointF& origin, double scale) {
    const auto [size, opacity] = dotStyle(xy.rows());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    for (std::size_t g = 0; g < groups.rows.size(); ++g) {
        QColor colour = Palette::color(int(g));
        colour.setAlphaF(float(opacity));
        painter.setBrush(colour);
        const MarkerShape shape = Palette::shape(int(g));
        for (int row : groups.rows[g])
            Marker::draw(painter, shape, (frame.map(xy(row, 0), xy(row, 1)) - origin) * scale,
                         size * scale);
    }
}

/// The points alone, rendered at kScatterRasterDpi on a transparent layer (the grid shows
/// through), to be embedded in a PDF.
QImage rasterDots(const PlotFrame& frame, const Eigen::MatrixXd& xy, const Groups& groups) {
    const double scale = kScatterRasterDpi / 72.0;
    QImage image(QSize(int(std::ceil(frame.plot().width() * scale)),
                       int(std::ceil(frame.plot().height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    drawDots(painter, frame, xy, groups, frame.plot().topLeft(), scale);
    return image;
}

QString legendLabel(const QString& name, const std::vector<int>& rows) {
    return QStringLiteral("%1 (%2)").arg(name, NumberFormat::count(qlonglong(rows.size())));
}

}  // namespace

ReportFigure scatterFigure(const Result& result, const SpaceResult& space, const QString& title,
                           const QString& xTitle, const QString& yTitle) {
    ReportFigure figure;
    figure.aspect = 1.0;
    const Groups groups = groupsOf(result, space);
    figure.caption =
        QStringLiteral("%1: all %2 points, coloured by %3; crosses: the %4 k-means centres.")
            .arg(title, NumberFormat::count(qlonglong(space.embedding.rows())),
                 groups.byLabel ? QStringLiteral("true label")
                                : QStringLiteral("k-means cluster (the data have no labels)"))
            .arg(space.clustering.centers.rows());
    figure.paint = [&space, groups, title, xTitle, yTitle](QPainter& painter, const QRectF& rect,
                                                           bool vector) {
        const Eigen::MatrixXd& xy = space.embedding;
        if (xy.cols() < 2 || xy.rows() == 0) {
            painter.setFont(ReportStyle::font(ReportStyle::kPlotLabel));
            painter.setPen(ReportStyle::muted());
            painter.drawText(
                rect, Qt::AlignCenter | Qt::TextWordWrap,
                QStringLiteral("%1: a scatter needs two latent dimensions").arg(title));
            return;
        }
        std::vector<LegendEntry> legend;
        const int shown =
            int(groups.names.size()) > kLegendGroups ? kLegendGroups - 1 : int(groups.names.size());
        for (int g = 0; g < shown; ++g)
            legend.push_back({legendLabel(groups.names[g], groups.rows[std::size_t(g)]),
                              Palette::color(g), LegendEntry::Mark::Dot, Palette::shape(g)});
        if (shown < int(groups.names.size()))
            legend.push_back({QStringLiteral("+%1 more").arg(groups.names.size() - shown),
                              ReportStyle::axis(), LegendEntry::Mark::Dot});
        legend.push_back({QStringLiteral("k-means centre"), Qt::black, LegendEntry::Mark::Cross});

        const double padX = 0.04 * (xy.col(0).maxCoeff() - xy.col(0).minCoeff());
        const double padY = 0.04 * (xy.col(1).maxCoeff() - xy.col(1).minCoeff());
        const PlotFrame frame(
            painter, rect, title,
            PlotAxis::linear(xy.col(0).minCoeff() - padX, xy.col(0).maxCoeff() + padX, xTitle),
            PlotAxis::linear(xy.col(1).minCoeff() - padY, xy.col(1).maxCoeff() + padY, yTitle),
            legend);
        frame.drawFrame(painter);
        painter.save();
        painter.setClipRect(frame.plot());
        if (vector && xy.rows() > kVectorPointLimit)
            painter.drawImage(frame.plot(), rasterDots(frame, xy, groups));
        else
            drawDots(painter, frame, xy, groups, QPointF(0.0, 0.0), 1.0);
        const Eigen::MatrixXd& centres = space.clustering.centers;
        if (centres.cols() >= 2)
            for (Eigen::Index c = 0; c < centres.rows(); ++c)
                PlotFrame::drawCross(painter, frame.map(centres(c, 0), centres(c, 1)), 9.0);
        painter.restore();
        // The axes again: dots near the edge are drawn over them.
        painter.setPen(QPen(ReportStyle::axis(), 0.8));
        painter.drawLine(frame.plot().bottomLeft(), frame.plot().bottomRight());
        painter.drawLine(frame.plot().bottomLeft(), frame.plot().topLeft());
        frame.drawLegend(painter);
    };
    return figure;
}

}  // namespace latentlab::report
