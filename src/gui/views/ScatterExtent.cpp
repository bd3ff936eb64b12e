#include "ScatterExtent.h"

#include <algorithm>
#include <cmath>

namespace latentlab::gui {

void AxisBox::include(const AxisBox& other) {
    if (other.empty) return;
    for (int c = 0; c < 2; ++c) {
        low[c] = empty ? other.low[c] : std::min(low[c], other.low[c]);
        high[c] = empty ? other.high[c] : std::max(high[c], other.high[c]);
    }
    empty = false;
}

bool AxisBox::contains(double x, double y) const {
    return !empty && x >= low[0] && x <= high[0] && y >= low[1] && y <= high[1];
}

int ScatterExtent::trimmedPerSide(int finite) {
    return int(std::floor(finite * (1.0 - kCoveredShare) / 2.0 + 1e-9));
}

AxisBox ScatterExtent::compute(const Eigen::MatrixXd& xy, bool all) {
    AxisBox box;
    if (xy.cols() < 2 || xy.rows() == 0) return box;
    for (int c = 0; c < 2; ++c) {
        m_values.clear();
        m_values.reserve(std::size_t(xy.rows()));
        for (Eigen::Index row = 0; row < xy.rows(); ++row)
            if (std::isfinite(xy(row, c))) m_values.push_back(xy(row, c));
        if (m_values.empty()) return AxisBox{};
        const int cut = all ? 0 : trimmedPerSide(int(m_values.size()));
        const auto lowIt = m_values.begin() + cut;
        const auto highIt = m_values.end() - 1 - cut;
        // Two selections instead of a sort: the low one leaves every larger value after it,
        // so the high one only searches that part (and reorders it: read the low one first).
        std::nth_element(m_values.begin(), lowIt, m_values.end());
        box.low[c] = *lowIt;
        std::nth_element(lowIt, highIt, m_values.end());
        box.high[c] = *highIt;
    }
    box.empty = false;
    return box;
}

int ScatterExtent::countOutside(const Eigen::MatrixXd& xy, const AxisBox& box) {
    if (box.empty || xy.cols() < 2) return 0;
    int outside = 0;
    for (Eigen::Index row = 0; row < xy.rows(); ++row) {
        const double x = xy(row, 0), y = xy(row, 1);
        if (std::isfinite(x) && std::isfinite(y) && !box.contains(x, y)) ++outside;
    }
    return outside;
}

}  // namespace latentlab::gui
