#include "ColumnSummary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace latentlab {

double quantileOfSorted(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return std::numeric_limits<double>::quiet_NaN();
    const double position = q * double(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - double(below);
    return sorted[below] + (sorted[above] - sorted[below]) * fraction;
}

std::vector<ColumnSummary> describeColumns(const Eigen::Ref<const Eigen::MatrixXd>& data) {
    std::vector<ColumnSummary> out(static_cast<std::size_t>(data.cols()));
    const Eigen::Index n = data.rows();
#pragma omp parallel for schedule(dynamic, 1) if (n * data.cols() > 100000)
    for (Eigen::Index c = 0; c < data.cols(); ++c) {
        ColumnSummary& s = out[std::size_t(c)];
        s.count = n;
        if (n == 0) continue;
        std::vector<double> values(data.col(c).data(), data.col(c).data() + n);
        s.mean = data.col(c).mean();
        s.sd = n > 1 ? std::sqrt((data.col(c).array() - s.mean).square().sum() / double(n - 1))
                     : std::numeric_limits<double>::quiet_NaN();
        std::sort(values.begin(), values.end());
        s.min = values.front();
        s.max = values.back();
        s.q25 = quantileOfSorted(values, 0.25);
        s.median = quantileOfSorted(values, 0.5);
        s.q75 = quantileOfSorted(values, 0.75);
    }
    return out;
}

}  // namespace latentlab
