// The marker shapes that keep groups apart once the palette's colours run out (Palette::shape
// picks one per group), drawn the same in the GUI's point layer, its legend and the report.
// Every shape covers about the area of the disc of the same size, so no group looks heavier.
//
//   Marker::draw(painter, Palette::shape(group), centre, 6.0);
#pragma once

#include <QPainterPath>
#include <QPointF>

class QPainter;

namespace latentlab::report {

/// In the order groups get them; Qt Charts' legend has a marker for each.
enum class MarkerShape { Circle, Square, Triangle, Diamond, Pentagon, Star };

class Marker {
public:
    static int shapeCount() { return 6; }
    /// Outline centred on (0, 0); `size` is the diameter of the equivalent circle.
    static QPainterPath path(MarkerShape shape, double size);
    /// Fills the shape at `centre` with the painter's brush and pen.
    static void draw(QPainter& painter, MarkerShape shape, const QPointF& centre, double size);
};

}  // namespace latentlab::report
