// The range a scatter's axes open on: by default the central 99.5 % of the points on each
// axis, so a handful of far points cannot squeeze the rest into the middle of the plot; on
// request every point. Also counts the points a range leaves out, for the plot's note.
//
//   ScatterExtent extent;
//   const AxisBox box = extent.compute(latent, /*all=*/false);   // nth_element, O(n)
//   const int hidden = ScatterExtent::countOutside(latent, box);
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab::gui {

/// An axis-aligned box in data coordinates; empty until it holds a point.
struct AxisBox {
    double low[2] = {0.0, 0.0};
    double high[2] = {0.0, 0.0};
    bool empty = true;

    /// Grows the box to hold `other` too.
    void include(const AxisBox& other);
    bool contains(double x, double y) const;
};

class ScatterExtent {
public:
    /// Share of the points each axis covers by default: (1 - share) / 2 of them, rounded
    /// down, are left out at each end, so fewer than 400 points are always all shown.
    static constexpr double kCoveredShare = 0.995;

    /// The box of `xy`'s first two columns: the central kCoveredShare of the finite values
    /// per axis, or all of them with `all`.
    AxisBox compute(const Eigen::MatrixXd& xy, bool all);
    /// How many points are trimmed at each end of an axis of `finite` values.
    static int trimmedPerSide(int finite);
    /// Finite points of `xy` outside `box` on either axis.
    static int countOutside(const Eigen::MatrixXd& xy, const AxisBox& box);

private:
    std::vector<double> m_values;  ///< reused, so a training frame does not allocate
};

}  // namespace latentlab::gui
