// Barnes-Hut approximation of t-SNE's repulsion on a quadtree, with scikit-learn 1.2's tree
// and rules: the root box spans the points (its upper edge pushed out by 1e-3), cells split
// at their centres, points within 1e-6 per coordinate share a leaf (and do not repel each
// other), and a cell is summarised by its centre of mass when it is a leaf or when
// (its widest side)^2 / (distance to its centre of mass)^2 < theta^2.
//
//   BarnesHutRepulsion method(0.5);
//   RepulsiveForces repulsion;
//   method.compute(points, repulsion);   // forces.row(i) ~ sum_j w_ij^2 (y_i - y_j), z ~ Z
#pragma once

#include "TsneForces.h"

#include <vector>

namespace latentlab {

class BarnesHutRepulsion : public RepulsionMethod {
public:
    /// theta in [0, 1]; 0 visits every leaf (exact but for coincident points).
    explicit BarnesHutRepulsion(double theta) : m_theta(theta) {}
    void compute(const TsnePoints& y, RepulsiveForces& out) override;

private:
    /// A cell in depth-first order: its children follow it, `next` is the first cell after
    /// its subtree. Leaves have widthSquared = -1, so "leaf or narrow enough" is one test.
    struct Cell {
        double x, y;          ///< centre of mass (a leaf: its first point)
        double widthSquared;  ///< widest side squared; -1 for a leaf
        double size;          ///< points in the subtree
        int next;
    };

    void build(const TsnePoints& y);
    void split(const TsnePoints& y, int begin, int end, double xMin, double xMax, double yMin,
               double yMax, int depth);

    double m_theta;
    std::vector<Cell> m_cells;
    std::vector<int> m_order;  ///< point indices in the tree's depth-first order
    std::vector<double> m_rowZ;
};

}  // namespace latentlab
