// Draws the Data tab's 3-D scatter with QPainter: the box's back walls and floor with their
// grids, tick labels and axis titles on the front edges, and the points far to near in the
// palette's colours and marker shapes (with a selection, the rest grey beneath it). What exports,
// "Save as PNG/SVG" and the clipboard get: a vector drawing that needs no OpenGL and can be
// recorded on the GUI thread in milliseconds (ExportJob), seen from the camera the screen shows.
//
//   Scatter3DScene scene;   // axes (nice ranges, titles), points, groups, camera
//   Scatter3DPainter::paint(painter, graphRect, scene);
#pragma once

#include "NiceScale.h"

#include <QRectF>
#include <QString>
#include <array>
#include <vector>

class QPainter;

namespace latentlab::gui {

struct Scatter3DScene {
    struct Axis {
        QString title;
        NiceRange range;
    };
    std::array<Axis, 3> axes;  ///< the data's x, y (on the floor) and z (up)
    /// Data coordinates, one point each; a non-finite coordinate leaves the point out.
    std::vector<std::array<float, 3>> points;
    std::vector<int> groups;  ///< per point: palette index (empty: all group 0)
    /// Per point, with a selection: selected points keep their colour on top, the rest are
    /// grey beneath them (empty: no selection, every point in colour).
    std::vector<bool> selected;
    double azimuth = -45.0;   ///< degrees, as Q3DCamera::xRotation (isometric right)
    double elevation = 22.5;  ///< degrees, as Q3DCamera::yRotation
    double pointSize = 4.0;   ///< marker diameter, logical pixels
};

class Scatter3DPainter {
public:
    /// Draws `scene` fitted into `graph`, labels included.
    static void paint(QPainter& painter, const QRectF& graph, const Scatter3DScene& scene);
};

}  // namespace latentlab::gui
