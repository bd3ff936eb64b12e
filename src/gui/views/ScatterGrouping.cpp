#include "ScatterGrouping.h"

#include <QCoreApplication>
#include <algorithm>

namespace latentlab::gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ScatterView", text); }

}  // namespace

ScatterGroups ScatterGrouping::group(ColourBy mode, int rows, const std::vector<int>& trueLabels,
                                     const std::vector<std::string>& labelNames,
                                     const std::vector<int>& clusters, int centres) {
    const bool hasLabels = !trueLabels.empty(), hasClusters = !clusters.empty();
    const bool byCluster =
        (mode == ColourBy::Cluster && hasClusters) || (!hasLabels && hasClusters);
    const std::vector<int>& codes = byCluster ? clusters : trueLabels;
    int groups = 0;
    if (!codes.empty()) groups = *std::max_element(codes.begin(), codes.end()) + 1;
    if (byCluster) groups = std::max(groups, centres);
    if (!byCluster) groups = std::max(groups, int(labelNames.size()));
    const bool hasInvalid =
        std::any_of(codes.begin(), codes.end(), [](int code) { return code < 0; });

    ScatterGroups out;
    // Clusters wear their matched labels' styles and are listed in the labels' order; labels
    // (and clusters without labels) keep their own.
    if (byCluster && hasLabels) {
        int classes = int(labelNames.size());
        for (int label : trueLabels) classes = std::max(classes, label + 1);
        out.matching = ClusterMatching::fromLabels(trueLabels, clusters, classes, groups);
    }
    std::vector<int> order(static_cast<std::size_t>(groups));
    for (int g = 0; g < groups; ++g) order[std::size_t(g)] = g;
    if (out.matching.hasClasses()) order = out.matching.displayOrder();
    std::vector<int> slotOf(static_cast<std::size_t>(groups), 0);
    for (int slot = 0; slot < groups; ++slot) slotOf[std::size_t(order[std::size_t(slot)])] = slot;

    out.groups.assign(std::size_t(std::max(1, groups + (hasInvalid ? 1 : 0))), PointGroup{});
    out.styles.assign(out.groups.size(), 0);
    out.codes.assign(out.groups.size(), ScatterGroups::kNoCode);
    for (int slot = 0; slot < groups; ++slot) {
        const int g = order[std::size_t(slot)];
        out.styles[std::size_t(slot)] = byCluster ? out.matching.styleIndex(g) : g;
        out.codes[std::size_t(slot)] = g;
        if (byCluster)
            out.names << tr("cluster %1").arg(g);
        else if (g < int(labelNames.size()))
            out.names << QString::fromStdString(labelNames[std::size_t(g)]);
        else
            out.names << tr("label %1").arg(g);
    }
    if (codes.empty()) {
        out.names = QStringList{tr("points")};
        out.codes.assign(out.groups.size(), ScatterGroups::kNoCode);
    } else if (hasInvalid) {
        out.names << tr("unlabelled");
        out.styles.back() = -1;
        out.codes.back() = -1;
    }

    for (int row = 0; row < rows; ++row) {
        int group = 0;
        if (!codes.empty()) {
            const int code = codes[std::size_t(row)];
            group = code >= 0 ? slotOf[std::size_t(code)] : groups;
        }
        out.groups[std::size_t(group)].rows.push_back(row);
    }
    return out;
}

}  // namespace latentlab::gui
