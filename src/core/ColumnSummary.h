// Per-column summary statistics as pandas' DataFrame.describe() reports them: count, mean,
// sample standard deviation (n - 1), min, 25 %, 50 %, 75 % (linear interpolation), max.
//
//   std::vector<ColumnSummary> rows = describeColumns(data.features);
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab {

struct ColumnSummary {
    long long count = 0;
    double mean = 0, sd = 0, min = 0, q25 = 0, median = 0, q75 = 0, max = 0;
};

/// One summary per column; sd is NaN for a single row.
std::vector<ColumnSummary> describeColumns(const Eigen::Ref<const Eigen::MatrixXd>& data);

/// The q-quantile (0..1) of sorted values with linear interpolation (numpy's default).
double quantileOfSorted(const std::vector<double>& sorted, double q);

}  // namespace latentlab
