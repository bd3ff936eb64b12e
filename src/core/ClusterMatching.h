// Which true class each k-means cluster stands for, so a cluster can wear the colour of the
// class it mostly holds: a maximum-weight assignment (Hungarian method) of clusters to
// classes on the confusion matrix, rectangular when k differs from the number of classes.
//
//   ClusterMatching matching(result.pcaSpace.confusion);        // classes x clusters
//   QColor colour = Palette::color(matching.styleIndex(cluster));
//   for (int cluster : matching.displayOrder()) ...              // a diagonal, then the rest
#pragma once

#include <Eigen/Core>
#include <vector>

namespace latentlab {

class ClusterMatching {
public:
    /// No true labels: every cluster keeps its own number as its style.
    ClusterMatching() = default;
    /// `confusion`: true class x cluster counts (as SpaceResult::confusion); empty means no
    /// labels. Each cluster is matched to at most one class and each class to at most one
    /// cluster so that the matched counts add up to the largest possible total. Among equally
    /// good matchings, the one keeping most clusters on their own number wins. A cluster
    /// holding no point of the class it would get stays unmatched.
    explicit ClusterMatching(const Eigen::MatrixXi& confusion);
    /// The same from per-row codes; negative codes (unlabelled rows) are left out.
    static ClusterMatching fromLabels(const std::vector<int>& trueLabels,
                                      const std::vector<int>& clusters, int classes,
                                      int clusterCount);

    bool hasClasses() const { return m_classes > 0; }
    int classCount() const { return m_classes; }
    int clusterCount() const { return int(m_classOf.size()); }
    /// The class matched to `cluster`, or -1.
    int classOf(int cluster) const;
    /// Index into the palette (and marker shapes) for `cluster`: its matched class; clusters
    /// left unmatched get classCount(), classCount() + 1, ... in cluster order, styles no
    /// class uses. Without classes, the cluster itself.
    int styleIndex(int cluster) const;
    /// Every cluster once, in the order views list them: class by class its matched cluster,
    /// so a good clustering reads as a diagonal; where a class has none, the next unmatched
    /// cluster takes its place; the remaining unmatched clusters last. Without classes,
    /// 0 .. k-1.
    std::vector<int> displayOrder() const;

    /// Maximum-weight assignment of rows to columns of any rectangular `weights` (as
    /// scipy.optimize.linear_sum_assignment with maximize=True): per row, its column or -1
    /// when there are more rows than columns.
    static std::vector<int> assign(const Eigen::MatrixXd& weights);

private:
    int m_classes = 0;
    std::vector<int> m_classOf;  ///< per cluster
    std::vector<int> m_style;    ///< per cluster
};

}  // namespace latentlab
