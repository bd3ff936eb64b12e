#include "RecordedChart.h"

#include "ChartExport.h"
#include "ChartStyle.h"
#include "Exportable.h"

#include <QPainter>
#include <QWidget>
#include <cmath>

namespace latentlab::gui {

namespace {

/// A QPicture that tells whoever paints on it that it has `ratio` device pixels per logical
/// pixel, as the PNG's image has: QPainter then records device coordinates at that density,
/// and what sizes itself by the device (style pixmaps) does so as for the PNG.
class DensePicture : public QPicture {
public:
    explicit DensePicture(double ratio) : m_ratio(ratio) {}

protected:
    int metric(PaintDeviceMetric metric) const override {
        if (metric == PdmDevicePixelRatio) return int(std::lround(m_ratio));
        if (metric == PdmDevicePixelRatioScaled)
            return int(std::lround(m_ratio * devicePixelRatioFScale()));
        return QPicture::metric(metric);
    }

private:
    double m_ratio;
};

QSize logicalSize(QWidget* view) {
    if (auto* exportable = dynamic_cast<Exportable*>(view)) return exportable->exportSize();
    return view->size();
}

constexpr QPainter::RenderHints kHints =
    QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform;

}  // namespace

RecordedChart RecordedChart::record(QWidget* view, double scale) {
    RecordedChart chart;
    if (!view) return chart;
    chart.m_size = logicalSize(view);
    chart.m_scale = scale;
    chart.m_background = ChartStyle::background(view->palette());
    DensePicture picture(scale);
    QPainter painter(&picture);
    painter.setRenderHints(kHints);
    const QRectF target(QPointF(0, 0), QSizeF(chart.m_size));
    if (auto* exportable = dynamic_cast<Exportable*>(view))
        exportable->renderTo(painter, target);
    else
        view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    chart.m_picture = picture;
    return chart;
}

QImage RecordedChart::toImage() const {
    QImage image(
        QSize(int(std::ceil(m_size.width() * m_scale)), int(std::ceil(m_size.height() * m_scale))),
        QImage::Format_ARGB32_Premultiplied);
    image.fill(m_background);
    // The picture holds device coordinates already: replayed at ratio 1, as it was recorded.
    QPainter painter(&image);
    painter.setRenderHints(kHints);
    painter.drawPicture(0, 0, m_picture);
    painter.end();
    image.setDevicePixelRatio(m_scale);
    return image;
}

bool RecordedChart::savePng(const QString& path, QString* error) const {
    if (isNull()) {
        if (error) *error = QStringLiteral("Nothing to export.");
        return false;
    }
    return ChartExport::writePng(toImage(), path, error);
}

bool RecordedChart::saveSvg(const QString& path, QString* error) const {
    if (isNull()) {
        if (error) *error = QStringLiteral("Nothing to export.");
        return false;
    }
    // At the picture's own resolution, which QPicture would otherwise scale to the SVG's.
    return ChartExport::writeSvg(
        path, m_size, m_picture.logicalDpiX(),
        [this](QPainter& painter) {
            painter.fillRect(QRect(QPoint(0, 0), m_size), m_background);
            painter.scale(1.0 / m_scale, 1.0 / m_scale);
            painter.drawPicture(0, 0, m_picture);
        },
        error);
}

}  // namespace latentlab::gui
