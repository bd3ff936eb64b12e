// A view's drawing taken on the GUI thread, so that its PNG and SVG files can be written on
// another thread: a QPicture recorded at the PNG's pixel density (replayed, it gives the
// pixels ChartExport's direct path gives).
//
//   const RecordedChart chart = RecordedChart::record(view, 2.0);    // GUI thread, cheap
//   QtConcurrent::run([chart, path] { chart.savePng(path); });        // any one thread
#pragma once

#include <QColor>
#include <QImage>
#include <QPicture>
#include <QSize>
#include <QString>

class QWidget;

namespace latentlab::gui {

class RecordedChart {
public:
    RecordedChart() = default;

    /// Records `view`'s export drawing (Exportable::renderTo, else QWidget::render) at
    /// `scale` device pixels per logical pixel. GUI thread.
    static RecordedChart record(QWidget* view, double scale = 2.0);

    bool isNull() const { return m_size.isEmpty(); }
    /// Logical size (the SVG's); the PNG has size() * scale() pixels.
    QSize size() const { return m_size; }
    double scale() const { return m_scale; }

    // The replays below may run on any thread, but copies of one recording share the
    // picture's read position: replay them on one thread at a time.
    /// The image the PNG holds (device-pixel ratio scale(), opaque background).
    QImage toImage() const;
    /// Writes through a temporary file, so a failed write never leaves half a file.
    bool savePng(const QString& path, QString* error = nullptr) const;
    /// The recording as SVG.
    bool saveSvg(const QString& path, QString* error = nullptr) const;

private:
    QPicture m_picture;
    QSize m_size;
    double m_scale = 2.0;
    QColor m_background;
};

}  // namespace latentlab::gui
