// What a selection of rows is made of, for the Selection panel: how many of each group (true
// label, cluster) it holds, and each feature's mean inside against outside it, ranked by the
// difference or, for expression data, by Welch's t ("top genes").
//
//   std::vector<GroupCount> perLabel = countGroups(selected, data.labels, data.classes());
//   std::vector<FeatureContrast> top = contrastFeatures(data.features, selected,
//                                                       FeatureRanking::WelchT);
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab {

/// One group's rows: how many are selected, how many there are.
struct GroupCount {
    int selected = 0;
    int total = 0;
};

/// One feature's mean among the selected rows against the rest.
struct FeatureContrast {
    int feature = 0;          ///< column index
    double meanSelected = 0;  ///< NaN when nothing is selected
    double meanRest = 0;      ///< NaN when every row is selected
    double difference = 0;    ///< meanSelected - meanRest (NaN if either is)
    /// Welch's t: difference / sqrt(var_sel / n_sel + var_rest / n_rest), sample variances
    /// (a group of one row counts as variance 0); +-infinity for a difference between two
    /// constant groups, 0 for none, NaN when a side is empty.
    double tScore = 0;
};

enum class FeatureRanking {
    Difference,  ///< by |meanSelected - meanRest|: columns in comparable units
    WelchT,      ///< by |t|: genes, whose means and spreads differ by orders of magnitude
};

/// Per group code 0..groups-1: the selected and total rows. `codes` has one code per row
/// (codes outside 0..groups-1 are skipped); `selected` is the selection mask (shorter: the
/// rows past its end are not selected).
std::vector<GroupCount> countGroups(const std::vector<bool>& selected,
                                    const std::vector<int>& codes, int groups);

/// Every column of `features` (rows as `selected`), the most different first by `ranking`;
/// ties (and NaN scores) keep column order. Non-finite cells are left out of both means.
std::vector<FeatureContrast> contrastFeatures(const Eigen::Ref<const Eigen::MatrixXd>& features,
                                              const std::vector<bool>& selected,
                                              FeatureRanking ranking);

}  // namespace latentlab
