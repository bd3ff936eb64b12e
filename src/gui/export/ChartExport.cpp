#include "ChartExport.h"

#include "ChartStyle.h"
#include "Exportable.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>
#include <cmath>

namespace latentlab::gui {

namespace {

QSize logicalSize(QWidget* view) {
    if (auto* exportable = dynamic_cast<Exportable*>(view)) return exportable->exportSize();
    return view->size();
}

void paintView(QWidget* view, QPainter& painter, const QSize& size) {
    const QRectF target(QPointF(0, 0), QSizeF(size));
    if (auto* exportable = dynamic_cast<Exportable*>(view)) {
        exportable->renderTo(painter, target);
    } else {
        view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
}

bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
}

}  // namespace

QImage ChartExport::toImage(QWidget* view, double scale) {
    const QSize size = logicalSize(view);
    QImage image(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(ChartStyle::background(view->palette()));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    paintView(view, painter, size);
    painter.end();
    return image;
}

bool ChartExport::savePng(QWidget* view, const QString& path, double scale, QString* error) {
    if (!view) return fail(error, QStringLiteral("Nothing to export."));
    if (!(scale > 0.0 && scale <= 8.0))
        return fail(error, QStringLiteral("Export scale %1 is outside 0 .. 8.").arg(scale));
    return writePng(toImage(view, scale), path, error);
}

bool ChartExport::writePng(const QImage& image, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("Cannot write '%1': %2").arg(path, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(error, QStringLiteral("Cannot encode the PNG image for '%1'.").arg(path));
    }
    if (!file.commit())
        return fail(error, QStringLiteral("Cannot save '%1': %2").arg(path, file.errorString()));
    return true;
}

bool ChartExport::saveSvg(QWidget* view, const QString& path, QString* error) {
    if (!view) return fail(error, QStringLiteral("Nothing to export."));
    const QSize size = logicalSize(view);
    return writeSvg(
        path, size, view->logicalDpiX(),
        [view, size](QPainter& painter) {
            painter.fillRect(QRect(QPoint(0, 0), size), ChartStyle::background(view->palette()));
            paintView(view, painter, size);
        },
        error);
}

bool ChartExport::writeSvg(const QString& path, const QSize& size, int dpi,
                           const std::function<void(QPainter&)>& paint, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, QStringLiteral("Cannot write '%1': %2").arg(path, file.errorString()));
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // QSvgGenerator's own 72 dpi would draw a 9 pt font in 9 px where the layout made
        // room for 12 px (at 96 dpi), and a QPicture would be replayed at 3/4 of its size.
        generator.setResolution(dpi);
        generator.setTitle(QFileInfo(path).completeBaseName());
        generator.setDescription(QStringLiteral("Exported by LatentLab"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return fail(error, QStringLiteral("Cannot start the SVG writer for '%1'.").arg(path));
        }
        paint(painter);
        painter.end();
    }
    if (!file.commit())
        return fail(error, QStringLiteral("Cannot save '%1': %2").arg(path, file.errorString()));
    return true;
}

void ChartExport::renderChart(QChart* chart, QPainter& painter, const QRectF& target) {
    if (!chart || !chart->scene() || target.isEmpty()) return;
    const QSizeF original = chart->size();
    const bool relayout = std::abs(original.width() - target.width()) +
                              std::abs(original.height() - target.height()) >
                          0.5;
    auto layOut = [chart](const QSizeF& size) {
        chart->resize(size);
        if (chart->layout()) chart->layout()->activate();
    };
    // Axis or series changes made just before an export are applied on the next event loop
    // turn; apply them now so the file shows the chart's current state.
    QCoreApplication::sendPostedEvents(chart);
    QCoreApplication::sendPostedEvents(chart->scene());
    if (relayout)
        layOut(target.size());
    else if (chart->layout())
        chart->layout()->activate();
    const QRectF source(chart->scenePos(), chart->size());
    painter.save();
    chart->scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();
    if (relayout) layOut(original);
}

void ChartExport::copyToClipboard(QWidget* view, double scale) {
    if (!view) return;
    QApplication::clipboard()->setImage(toImage(view, scale));
}

void ChartExport::renderScaled(QPainter& painter, const QRectF& target, const QSize& logicalSize,
                               const QColor& background,
                               const std::function<void(QPainter&, const QRectF&)>& paint) {
    painter.save();
    painter.fillRect(target, background);
    painter.translate(target.topLeft());
    painter.scale(target.width() / logicalSize.width(), target.height() / logicalSize.height());
    paint(painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    painter.restore();
}

}  // namespace latentlab::gui
