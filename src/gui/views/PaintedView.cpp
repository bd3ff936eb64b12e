#include "PaintedView.h"

#include "ChartExport.h"
#include "ChartStyle.h"

#include <QPainter>

namespace latentlab::gui {

void PaintedView::renderTo(QPainter& painter, const QRectF& target) {
    ChartExport::renderScaled(painter, target, exportSize(), ChartStyle::background(palette()),
                              [this](QPainter& p, const QRectF& area) { paint(p, area); });
}

void PaintedView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(rect(), ChartStyle::background(palette()));
    paint(painter, QRectF(rect()));
}

}  // namespace latentlab::gui
