// Where a point of the 3-D scatter's box lands on a flat picture, seen from a camera at
// Q3DCamera's angles (azimuth = xRotation, elevation = yRotation, in degrees): an orthographic
// view, so exports drawn with QPainter show the box as the screen shows it, without OpenGL.
//
// Box coordinates are the data's: x, y on the floor, z up, each in [-1, 1] (z drawn shorter,
// kUpExtent, as Data Visualization draws its box at its default aspect ratio of 2). As on screen, x runs to the right and y
// away from the camera at azimuth 0, and the floor's front corner is (+x, -y) at the
// isometric-right preset (azimuth -45 degrees, elevation 22.5).
//
//   const BoxProjection view(-45.0, 22.5);
//   const QPointF at = view.project({0.5, -0.2, 1.0});   // y up, unit scale
#pragma once

#include <QPointF>
#include <array>

namespace latentlab::gui {

class BoxProjection {
public:
    /// Half the box's height; its floor is 2 x 2.
    static constexpr double kUpExtent = 0.5;

    BoxProjection(double azimuthDegrees, double elevationDegrees);

    /// Screen position (x right, y up, unit scale) of box coordinates `p` (each in [-1, 1]).
    QPointF project(const std::array<double, 3>& p) const;
    /// How near `p` is to the camera: larger is nearer (for drawing far points first).
    double nearness(const std::array<double, 3>& p) const;
    /// The side (-1 or +1) of axis `a` (0 = x, 1 = y, 2 = z) whose face of the box looks
    /// away from the camera: the back wall the grid is drawn on. Axis 2 gives the floor.
    int backSide(int axis) const;

private:
    double m_cosAzimuth, m_sinAzimuth, m_cosElevation, m_sinElevation;
};

}  // namespace latentlab::gui
