// The frame of a report chart in points: title (and an optional note), grid, axes with tick
// labels and titles, and a legend flowing under the plot. Plots draw their data inside
// plot() through map(), then call drawLegend().
//
//   PlotFrame frame(rect, "Training loss", PlotAxis::integers(1, 50, "epoch"), yAxis, legend);
//   frame.drawFrame(painter);
//   painter.drawPolyline(...frame.map(epoch, loss)...);
//   frame.drawLegend(painter);
#pragma once

#include "Marker.h"
#include "PlotAxis.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <vector>

namespace latentlab::report {

struct LegendEntry {
    enum class Mark { Dot, Line, Cross };
    QString label;
    QColor colour;
    Mark mark = Mark::Dot;
    MarkerShape shape = MarkerShape::Circle;  ///< of a Dot: the group's marker shape
};

class PlotFrame {
public:
    PlotFrame(QPainter& painter, const QRectF& figure, QString title, PlotAxis x, PlotAxis y,
              std::vector<LegendEntry> legend = {}, QString note = {});

    /// Where the data go.
    QRectF plot() const { return m_plot; }
    QPointF map(double x, double y) const;
    const PlotAxis& xAxis() const { return m_x; }
    const PlotAxis& yAxis() const { return m_y; }

    /// Background, grid, axis lines, tick labels, axis titles, title and note.
    void drawFrame(QPainter& painter) const;
    /// The legend under the x axis title; call after the data so nothing covers it.
    void drawLegend(QPainter& painter) const;

    /// A k-means centre: a white plus sign outlined in black, `size` points across.
    static void drawCross(QPainter& painter, const QPointF& centre, double size);

private:
    /// Legend rows (indices into m_legend) as they fit into `width`.
    std::vector<std::vector<std::size_t>> legendRows(double width) const;
    double legendEntryWidth(std::size_t index) const;

    QRectF m_figure;
    QRectF m_plot;
    QString m_title;
    QString m_note;
    PlotAxis m_x;
    PlotAxis m_y;
    std::vector<LegendEntry> m_legend;
    double m_lineHeight = 0.0;          ///< of the label font
    std::vector<double> m_entryWidths;  ///< per legend entry, mark and text
};

}  // namespace latentlab::report
