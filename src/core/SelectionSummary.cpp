#include "SelectionSummary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace latentlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Running sums of one side (selected or rest) of one column.
struct Side {
    long long n = 0;
    double sum = 0.0;
    double mean() const { return n > 0 ? sum / double(n) : kNaN; }
};

bool isSelected(const std::vector<bool>& selected, Eigen::Index row) {
    return row < Eigen::Index(selected.size()) && selected[std::size_t(row)];
}

double welchT(double difference, double varSelected, long long nSelected, double varRest,
              long long nRest) {
    if (nSelected == 0 || nRest == 0) return kNaN;
    const double spread = std::sqrt(varSelected / double(nSelected) + varRest / double(nRest));
    if (spread > 0.0) return difference / spread;
    if (difference == 0.0) return 0.0;
    return difference > 0.0 ? std::numeric_limits<double>::infinity()
                            : -std::numeric_limits<double>::infinity();
}

double rankingKey(const FeatureContrast& contrast, FeatureRanking ranking) {
    const double key =
        std::abs(ranking == FeatureRanking::WelchT ? contrast.tScore : contrast.difference);
    return std::isnan(key) ? -1.0 : key;  // NaN last, in column order
}

}  // namespace

std::vector<GroupCount> countGroups(const std::vector<bool>& selected,
                                    const std::vector<int>& codes, int groups) {
    std::vector<GroupCount> counts(std::size_t(std::max(0, groups)));
    for (std::size_t row = 0; row < codes.size(); ++row) {
        const int code = codes[row];
        if (code < 0 || code >= groups) continue;
        ++counts[std::size_t(code)].total;
        if (isSelected(selected, Eigen::Index(row))) ++counts[std::size_t(code)].selected;
    }
    return counts;
}

std::vector<FeatureContrast> contrastFeatures(const Eigen::Ref<const Eigen::MatrixXd>& features,
                                              const std::vector<bool>& selected,
                                              FeatureRanking ranking) {
    std::vector<FeatureContrast> contrasts;
    contrasts.reserve(std::size_t(features.cols()));
    for (Eigen::Index column = 0; column < features.cols(); ++column) {
        // Two passes (mean, then squared deviations): exact enough for counts in the millions.
        Side in, out;
        for (Eigen::Index row = 0; row < features.rows(); ++row) {
            const double value = features(row, column);
            if (!std::isfinite(value)) continue;
            Side& side = isSelected(selected, row) ? in : out;
            ++side.n;
            side.sum += value;
        }
        const double meanIn = in.mean(), meanOut = out.mean();
        double squaresIn = 0.0, squaresOut = 0.0;
        for (Eigen::Index row = 0; row < features.rows(); ++row) {
            const double value = features(row, column);
            if (!std::isfinite(value)) continue;
            if (isSelected(selected, row))
                squaresIn += (value - meanIn) * (value - meanIn);
            else
                squaresOut += (value - meanOut) * (value - meanOut);
        }
        const double varIn = in.n > 1 ? squaresIn / double(in.n - 1) : 0.0;
        const double varOut = out.n > 1 ? squaresOut / double(out.n - 1) : 0.0;
        FeatureContrast contrast;
        contrast.feature = int(column);
        contrast.meanSelected = meanIn;
        contrast.meanRest = meanOut;
        contrast.difference = meanIn - meanOut;
        contrast.tScore = welchT(contrast.difference, varIn, in.n, varOut, out.n);
        contrasts.push_back(contrast);
    }
    std::stable_sort(contrasts.begin(), contrasts.end(),
                     [ranking](const FeatureContrast& a, const FeatureContrast& b) {
                         return rankingKey(a, ranking) > rankingKey(b, ranking);
                     });
    return contrasts;
}

}  // namespace latentlab
