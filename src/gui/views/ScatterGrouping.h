// The colour groups of a ScatterView: its rows split by true label or by cluster, in legend
// order, with each group's palette style, name and code. Coloured by cluster with labels, each
// cluster wears the style of the true label it is matched to (ClusterMatching) and clusters
// are listed in their labels' order.
#pragma once

#include "ClusterMatching.h"
#include "ScatterPainter.h"

#include <QStringList>
#include <climits>
#include <string>
#include <vector>

namespace latentlab::gui {

enum class ColourBy { TrueLabel, Cluster };

struct ScatterGroups {
    /// The code of the one group of a view with neither labels nor clusters.
    static constexpr int kNoCode = INT_MIN;

    std::vector<PointGroup> groups;  ///< rows only: colours come from the styles
    std::vector<int> styles;         ///< palette index per group; -1: the grey "unlabelled"
    QStringList names;
    std::vector<int> codes;  ///< label or cluster per group; -1: unlabelled; kNoCode: "points"
    ClusterMatching matching;
};

class ScatterGrouping {
public:
    /// `trueLabels`/`clusters`: one code per row (negative: unlabelled) or empty.
    static ScatterGroups group(ColourBy mode, int rows, const std::vector<int>& trueLabels,
                               const std::vector<std::string>& labelNames,
                               const std::vector<int>& clusters, int centres);
};

}  // namespace latentlab::gui
