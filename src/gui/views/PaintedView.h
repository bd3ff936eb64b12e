// A view drawn by hand with QPainter (no Qt Charts): the widget and its exports (PNG, SVG,
// copy) come from the one paint() a subclass writes, on the chart background.
//
//   class ConfusionMatrixView : public PaintedView {
//       void paint(QPainter& painter, const QRectF& area) const override;
//   };
#pragma once

#include "Exportable.h"

#include <QWidget>

namespace latentlab::gui {

class PaintedView : public QWidget, public Exportable {
public:
    explicit PaintedView(QWidget* parent = nullptr) : QWidget(parent) {}

    /// paint() scaled into `target`, as the widget shows it at exportSize().
    void renderTo(QPainter& painter, const QRectF& target) override;

protected:
    void paintEvent(QPaintEvent* event) override;
    /// Everything the view shows, inside `area` (already filled with the background).
    virtual void paint(QPainter& painter, const QRectF& area) const = 0;
};

}  // namespace latentlab::gui
