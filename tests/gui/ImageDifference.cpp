#include "ImageDifference.h"

#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cstdlib>

Difference compareImages(const QImage& a, const QImage& b) {
    Difference difference;
    if (a.size() != b.size() || a.isNull()) return difference;
    const QSize small = a.size() / 8;
    const QImage x = a.convertToFormat(QImage::Format_RGB32)
                         .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage y = b.convertToFormat(QImage::Format_RGB32)
                         .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    difference.largest = 0;
    double sum = 0.0;
    for (int row = 0; row < small.height(); ++row) {
        for (int column = 0; column < small.width(); ++column) {
            const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
            for (int d : {qRed(p) - qRed(q), qGreen(p) - qGreen(q), qBlue(p) - qBlue(q)}) {
                difference.largest = std::max(difference.largest, std::abs(d));
                sum += std::abs(d);
            }
        }
    }
    difference.mean = sum / (3.0 * small.width() * small.height());
    return difference;
}

QImage drawSvg(const QString& path, const QSize& size) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QSvgRenderer(path).render(&painter);
    return image;
}
