#include "BoxProjection.h"

#include <cmath>

namespace latentlab::gui {

namespace {

constexpr double kDegrees = 3.14159265358979323846 / 180.0;

/// World coordinates: x right, up, and depth towards the camera at azimuth 0 (the data's -y).
struct World {
    double x, up, depth;
};

World world(const std::array<double, 3>& p) {
    return {p[0], p[2] * BoxProjection::kUpExtent, -p[1]};
}

}  // namespace

BoxProjection::BoxProjection(double azimuthDegrees, double elevationDegrees)
    : m_cosAzimuth(std::cos(azimuthDegrees * kDegrees)),
      // Q3DCamera turns the other way round: a positive xRotation brings -x to the front.
      m_sinAzimuth(-std::sin(azimuthDegrees * kDegrees)),
      m_cosElevation(std::cos(elevationDegrees * kDegrees)),
      m_sinElevation(std::sin(elevationDegrees * kDegrees)) {}

QPointF BoxProjection::project(const std::array<double, 3>& p) const {
    const World w = world(p);
    // Turn the box by the azimuth about the vertical, then tilt it towards the camera by the
    // elevation: near points of the floor move down the picture.
    const double across = w.x * m_cosAzimuth - w.depth * m_sinAzimuth;
    const double towards = w.x * m_sinAzimuth + w.depth * m_cosAzimuth;
    return {across, w.up * m_cosElevation - towards * m_sinElevation};
}

double BoxProjection::nearness(const std::array<double, 3>& p) const {
    const World w = world(p);
    const double towards = w.x * m_sinAzimuth + w.depth * m_cosAzimuth;
    return w.up * m_sinElevation + towards * m_cosElevation;
}

int BoxProjection::backSide(int axis) const {
    // The camera's direction in box coordinates; the back face is on the other side.
    const double camera[3] = {m_sinAzimuth * m_cosElevation, -m_cosAzimuth * m_cosElevation,
                              m_sinElevation};
    return camera[axis] > 0.0 ? -1 : 1;
}

}  // namespace latentlab::gui
