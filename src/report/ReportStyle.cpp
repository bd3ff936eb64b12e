#include "ReportStyle.h"

#include "Palette.h"

#include <algorithm>
#include <cmath>

namespace latentlab::report {

QFont ReportStyle::font(double points, bool bold) {
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QColor ReportStyle::methodColour(const std::string& method) {
    if (method == "pca") return QColor(0x00, 0x77, 0xBB);
    if (method == "autoencoder") return QColor(0xD5, 0x5E, 0x00);
    if (method == "umap") return QColor(0x00, 0x9E, 0x73);
    if (method == "tsne") return QColor(0xCC, 0x79, 0xA7);
    return QColor(0x66, 0x66, 0x66);
}

QColor ReportStyle::heat(double share) {
    const double t = 0.04 + 0.96 * std::sqrt(std::clamp(share, 0.0, 1.0));
    const QColor full(0x08, 0x45, 0x94);
    auto channel = [t](int from, int to) { return int(std::lround(from + (to - from) * t)); };
    return QColor(channel(255, full.red()), channel(255, full.green()), channel(255, full.blue()));
}

QColor ReportStyle::textOn(const QColor& background) {
    return Palette::contrast(background, Qt::white) > Palette::contrast(background, Qt::black)
               ? QColor(Qt::white)
               : text();
}

}  // namespace latentlab::report
