// What every view implements so PNG, SVG and clipboard exports share one drawing path
// (ChartExport): the view paints itself, with every plotted point, into any QPainter.
#pragma once

#include <QPainter>
#include <QRectF>
#include <QSize>

namespace latentlab::gui {

class Exportable {
public:
    virtual ~Exportable() = default;
    /// Paints the whole view (title, axes, legend, data) scaled into `target`.
    virtual void renderTo(QPainter& painter, const QRectF& target) = 0;
    /// Logical size of an export at scale 1; the widget's size unless it is hidden or tiny.
    virtual QSize exportSize() const = 0;
};

}  // namespace latentlab::gui
