#include "ClusterMatching.h"

#include <algorithm>
#include <limits>

namespace latentlab {

namespace {

// Shortest augmenting paths with row and column potentials (the Hungarian method in the
// form of Jonker and Volgenant), minimising cost for rows <= columns: O(rows^2 columns).
std::vector<int> minimumCostRows(const Eigen::MatrixXd& cost) {
    const int rows = int(cost.rows()), columns = int(cost.cols());
    const double infinity = std::numeric_limits<double>::infinity();
    // 1-based with a virtual column 0 that starts each augmenting path.
    std::vector<double> rowPotential(std::size_t(rows) + 1, 0.0);
    std::vector<double> columnPotential(std::size_t(columns) + 1, 0.0);
    std::vector<int> rowOfColumn(std::size_t(columns) + 1, 0);
    std::vector<int> previous(std::size_t(columns) + 1, 0);
    for (int row = 1; row <= rows; ++row) {
        rowOfColumn[0] = row;
        int column = 0;
        std::vector<double> slack(std::size_t(columns) + 1, infinity);
        std::vector<char> used(std::size_t(columns) + 1, 0);
        do {
            used[std::size_t(column)] = 1;
            const int from = rowOfColumn[std::size_t(column)];
            double delta = infinity;
            int next = 0;
            for (int j = 1; j <= columns; ++j) {
                if (used[std::size_t(j)]) continue;
                const double reduced = cost(from - 1, j - 1) - rowPotential[std::size_t(from)] -
                                       columnPotential[std::size_t(j)];
                if (reduced < slack[std::size_t(j)]) {
                    slack[std::size_t(j)] = reduced;
                    previous[std::size_t(j)] = column;
                }
                if (slack[std::size_t(j)] < delta) {
                    delta = slack[std::size_t(j)];
                    next = j;
                }
            }
            for (int j = 0; j <= columns; ++j) {
                if (used[std::size_t(j)]) {
                    rowPotential[std::size_t(rowOfColumn[std::size_t(j)])] += delta;
                    columnPotential[std::size_t(j)] -= delta;
                } else {
                    slack[std::size_t(j)] -= delta;
                }
            }
            column = next;
        } while (rowOfColumn[std::size_t(column)] != 0);
        do {  // flip the path back to its start
            const int before = previous[std::size_t(column)];
            rowOfColumn[std::size_t(column)] = rowOfColumn[std::size_t(before)];
            column = before;
        } while (column != 0);
    }
    std::vector<int> columnOfRow(std::size_t(rows), -1);
    for (int j = 1; j <= columns; ++j)
        if (rowOfColumn[std::size_t(j)] > 0)
            columnOfRow[std::size_t(rowOfColumn[std::size_t(j)] - 1)] = j - 1;
    return columnOfRow;
}

}  // namespace

std::vector<int> ClusterMatching::assign(const Eigen::MatrixXd& weights) {
    if (weights.rows() == 0 || weights.cols() == 0)
        return std::vector<int>(std::size_t(weights.rows()), -1);
    if (weights.rows() <= weights.cols()) return minimumCostRows(-weights);
    // More rows than columns: assign the columns, then read the result per row.
    const std::vector<int> rowOfColumn = minimumCostRows(-weights.transpose());
    std::vector<int> columnOfRow(std::size_t(weights.rows()), -1);
    for (std::size_t column = 0; column < rowOfColumn.size(); ++column)
        columnOfRow[std::size_t(rowOfColumn[column])] = int(column);
    return columnOfRow;
}

ClusterMatching::ClusterMatching(const Eigen::MatrixXi& confusion) {
    m_classes = int(confusion.rows());
    const int clusters = int(confusion.cols());
    m_classOf.assign(std::size_t(clusters), -1);
    if (m_classes > 0 && clusters > 0) {
        // Counts scaled so that one more point always outweighs every tie-break bonus
        // together: a cluster kept on its own number earns 1, and at most min(k, classes)
        // such bonuses add up. Exact in double for any realistic count.
        const double scale = double(std::min(m_classes, clusters)) + 1.0;
        Eigen::MatrixXd weights = confusion.transpose().cast<double>() * scale;
        for (int c = 0; c < std::min(m_classes, clusters); ++c) weights(c, c) += 1.0;
        const std::vector<int> classOf = assign(weights);
        for (int c = 0; c < clusters; ++c) {
            const int cls = classOf[std::size_t(c)];
            if (cls >= 0 && confusion(cls, c) > 0) m_classOf[std::size_t(c)] = cls;
        }
    }
    m_style.assign(std::size_t(clusters), 0);
    int nextFree = m_classes;
    for (int c = 0; c < clusters; ++c) {
        const int cls = m_classOf[std::size_t(c)];
        m_style[std::size_t(c)] = m_classes == 0 ? c : cls >= 0 ? cls : nextFree++;
    }
}

ClusterMatching ClusterMatching::fromLabels(const std::vector<int>& trueLabels,
                                            const std::vector<int>& clusters, int classes,
                                            int clusterCount) {
    if (classes <= 0 || trueLabels.size() != clusters.size()) return ClusterMatching();
    Eigen::MatrixXi confusion = Eigen::MatrixXi::Zero(classes, std::max(0, clusterCount));
    for (std::size_t row = 0; row < trueLabels.size(); ++row) {
        const int cls = trueLabels[row], cluster = clusters[row];
        if (cls >= 0 && cls < classes && cluster >= 0 && cluster < clusterCount)
            ++confusion(cls, cluster);
    }
    return ClusterMatching(confusion);
}

int ClusterMatching::classOf(int cluster) const {
    return cluster >= 0 && cluster < clusterCount() ? m_classOf[std::size_t(cluster)] : -1;
}

int ClusterMatching::styleIndex(int cluster) const {
    if (cluster >= 0 && cluster < clusterCount()) return m_style[std::size_t(cluster)];
    // A cluster the matching never saw: past every style it hands out.
    return m_classes == 0 ? cluster : m_classes + clusterCount() + std::max(0, cluster);
}

std::vector<int> ClusterMatching::displayOrder() const {
    std::vector<int> clusterOfClass(std::size_t(m_classes), -1), unmatched;
    for (int c = 0; c < clusterCount(); ++c) {
        const int cls = m_classOf[std::size_t(c)];
        if (cls >= 0)
            clusterOfClass[std::size_t(cls)] = c;
        else
            unmatched.push_back(c);
    }
    std::vector<int> order;
    auto nextUnmatched = unmatched.begin();
    for (int cls = 0; cls < m_classes; ++cls) {
        if (clusterOfClass[std::size_t(cls)] >= 0)
            order.push_back(clusterOfClass[std::size_t(cls)]);
        else if (nextUnmatched != unmatched.end())
            order.push_back(*nextUnmatched++);
    }
    order.insert(order.end(), nextUnmatched, unmatched.end());
    return order;
}

}  // namespace latentlab
