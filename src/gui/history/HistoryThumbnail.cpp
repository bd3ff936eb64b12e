#include "HistoryThumbnail.h"

#include "LatentPlane.h"
#include "Palette.h"
#include "ScatterPainter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {
namespace {

/// The 2nd and 98th percentile of `values`: a few far points do not shrink the picture.
std::pair<double, double> robustRange(std::vector<double> values) {
    if (values.empty()) return {0.0, 1.0};
    const auto at = [&](double share) {
        const auto k = std::size_t(share * double(values.size() - 1));
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
        return values[k];
    };
    double low = at(0.02), high = at(0.98);
    if (!(high > low)) {
        low -= 0.5;
        high += 0.5;
    }
    const double margin = 0.06 * (high - low);
    return {low - margin, high + margin};
}

QImage renderSpace(const SpaceResult& space, const Dataset& data, int size,
                   const QColor& background) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    const Eigen::Index rows = space.embedding.rows();
    if (rows == 0 || space.embedding.cols() == 0) return image;
    const Eigen::Index step = std::max<Eigen::Index>(1, rows / HistoryThumbnail::kMaxPoints);
    std::vector<int> picked;
    for (Eigen::Index row = 0; row < rows; row += step) picked.push_back(int(row));
    Eigen::MatrixXd points(Eigen::Index(picked.size()), space.embedding.cols());
    for (std::size_t i = 0; i < picked.size(); ++i)
        points.row(Eigen::Index(i)) = space.embedding.row(picked[i]);
    Eigen::MatrixXd xy = points.cols() > 2 ? LatentPlane::fit(points).project(points) : points;
    if (xy.cols() == 1) {
        xy.conservativeResize(Eigen::NoChange, 2);
        xy.col(1).setZero();
    }
    const auto xs = robustRange(std::vector<double>(xy.col(0).begin(), xy.col(0).end()));
    const auto ys = robustRange(std::vector<double>(xy.col(1).begin(), xy.col(1).end()));

    // Colour groups as the scatters colour them: true labels, else the clusters found.
    const std::vector<int>& codes = data.hasLabels() ? data.labels : space.clustering.labels;
    std::vector<PointGroup> groups;
    std::vector<int> groupOf;  // code -> group
    for (std::size_t i = 0; i < picked.size(); ++i) {
        const auto row = std::size_t(picked[i]);
        const int code = row < codes.size() ? codes[row] : -1;
        const std::size_t slot = std::size_t(code + 1);
        if (slot >= groupOf.size()) groupOf.resize(slot + 1, -1);
        if (groupOf[slot] < 0) {
            groupOf[slot] = int(groups.size());
            PointGroup group;
            group.colour = code < 0 ? QColor(0x99, 0x99, 0x99) : Palette::color(code, background);
            groups.push_back(group);
        }
        groups[std::size_t(groupOf[slot])].rows.push_back(int(i));
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(1.0, 1.0, size - 2.0, size - 2.0);
    ScatterPainter(plot, QRectF(xs.first, ys.first, xs.second - xs.first, ys.second - ys.first))
        .drawPoints(painter, xy, groups, 1.8, 0.7);
    return image;
}

}  // namespace

std::vector<QImage> HistoryThumbnail::render(const Result& result, int size) {
    const QColor background = QGuiApplication::palette().color(QPalette::Base);
    std::vector<QImage> images;
    for (const SpaceResult& space : result.spaces)
        images.push_back(renderSpace(space, result.data, size, background));
    return images;
}

QPixmap HistoryThumbnail::strip(const std::vector<QImage>& thumbnails) {
    if (thumbnails.empty()) return QPixmap();
    constexpr int gap = 3;
    int width = 0, height = 0;
    for (const QImage& image : thumbnails) {
        width += image.width() + (width > 0 ? gap : 0);
        height = std::max(height, image.height());
    }
    QPixmap pixmap(width, height);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    int x = 0;
    for (const QImage& image : thumbnails) {
        painter.drawImage(x, 0, image);
        painter.setPen(QColor(0, 0, 0, 60));
        painter.drawRect(QRect(x, 0, image.width() - 1, image.height() - 1));
        x += image.width() + gap;
    }
    return pixmap;
}

QString HistoryThumbnail::toBase64(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(bytes.toBase64());
}

QImage HistoryThumbnail::fromBase64(const QString& text) {
    QImage image;
    image.loadFromData(QByteArray::fromBase64(text.toLatin1()), "PNG");
    return image;
}

}  // namespace latentlab::gui
