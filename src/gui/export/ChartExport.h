// Saves any view as PNG (at a device-pixel ratio, 2x by default) or SVG, or copies it to the
// clipboard. Views implementing Exportable draw themselves (so charts are drawn at the file's
// resolution, or as vectors); other widgets are grabbed with QWidget::render.
//
//   QString error;
//   if (!ChartExport::savePng(scatter, "pca_scatter.png", 2.0, &error)) showError(error);
#pragma once

#include <QImage>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;
class QWidget;
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace latentlab::gui {

class ChartExport {
public:
    /// Writes through a temporary file, so a failed export never leaves half an image.
    static bool savePng(QWidget* view, const QString& path, double scale = 2.0,
                        QString* error = nullptr);
    static bool saveSvg(QWidget* view, const QString& path, QString* error = nullptr);
    static void copyToClipboard(QWidget* view, double scale = 2.0);
    /// The image savePng writes (device-pixel ratio `scale`, opaque background).
    static QImage toImage(QWidget* view, double scale = 2.0);

    /// The file-writing halves of savePng and saveSvg, for drawings made elsewhere
    /// (RecordedChart); they touch no widget, so any thread may call them.
    static bool writePng(const QImage& image, const QString& path, QString* error = nullptr);
    /// `paint` draws everything, background included, in logical coordinates of `size`;
    /// `dpi` is the resolution the drawing was laid out at (the screen's), so that fonts
    /// given in points come out at the size they had on screen.
    static bool writeSvg(const QString& path, const QSize& size, int dpi,
                         const std::function<void(QPainter&)>& paint, QString* error = nullptr);

    /// Helper for Exportable charts: renders `chart`'s scene into `target`, laying the chart
    /// out at the target's size if needed.
    static void renderChart(QChart* chart, QPainter& painter, const QRectF& target);
    /// Helper for self-painted views: fills `target` with `background`, then calls `paint`
    /// with a painter scaled so that a `logicalSize` area maps onto `target`.
    static void renderScaled(QPainter& painter, const QRectF& target, const QSize& logicalSize,
                             const QColor& background,
                             const std::function<void(QPainter&, const QRectF&)>& paint);
};

}  // namespace latentlab::gui
