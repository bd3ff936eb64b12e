// t-SNE's repulsion by FFT-accelerated interpolation (Linderman et al. 2019, "FIt-SNE"),
// split as particle-particle / particle-mesh: the points' square region is cut into B x B
// boxes with 3 x 3 equispaced nodes each; every point spreads its charge to the 9 nodes of
// its box with Lagrange weights, GridConvolution gives the nodes' potential and force
// field, and each point reads them back with the same weights. Boxes wider than 0.5 make
// the grid too coarse for t-SNE's kernel peak, so then the kernels are flattened inside
// a core radius r_c of two box widths and the difference is summed exactly over the
// points of the 5 x 5 neighbouring boxes. Two, not one: just outside the core the kernel
// varies on a scale of r_c, which 3 nodes per r_c resolve to only ~5 % however wide the
// boxes (the force drifted so as the map spread); 6 nodes per r_c give ~0.3 %, as the
// plain kernel on 0.5-wide boxes. B balances the FFT against those near pairs.
// The region (10 % margin) is kept while the points stay inside it, so the kernels'
// spectra are recomputed only when the embedding outgrows (or shrinks well inside) it.
//
//   InterpolationRepulsion method;
//   RepulsiveForces repulsion;
//   method.compute(points, repulsion);   // forces.row(i) ~ sum_j w_ij^2 (y_i - y_j), z ~ Z
#pragma once

#include "GridConvolution.h"
#include "TsneForces.h"

#include <vector>

namespace latentlab {

class InterpolationRepulsion : public RepulsionMethod {
public:
    void compute(const TsnePoints& y, RepulsiveForces& out) override;

    /// Boxes per side and core radius of the current region (after compute()).
    int boxes() const { return m_boxes; }
    double coreRadius() const { return m_coreRadius; }

private:
    /// Keeps the region if it still fits the points, else plans a new one and its boxes.
    void planRegion(const TsnePoints& y);
    /// Points per box for `boxes` boxes per side over the current region, row-major.
    void countBoxes(const TsnePoints& y, int boxes, std::vector<int>& count) const;
    /// Sorts the points by box and computes their nodes and weights.
    void assign(const TsnePoints& y);
    void spread();
    /// Reads the far field back and adds the near pairs; fills out and m_rowZ.
    void gather(RepulsiveForces& out);

    double m_left = 0.0, m_bottom = 0.0, m_side = 0.0;  ///< the square region
    int m_boxes = 0;
    double m_coreRadius = 0.0;
    GridConvolution m_convolution;
    std::vector<int> m_order;     ///< point indices sorted by box (row-major boxes)
    std::vector<int> m_boxStart;  ///< first sorted position of each box (B^2 + 1)
    std::vector<int> m_box;       ///< per sorted point: its box
    std::vector<double> m_sortedX, m_sortedY;
    std::vector<double> m_weights;  ///< per sorted point: 3 x-weights, then 3 y-weights
    std::vector<double> m_charges, m_potential, m_fieldX, m_fieldY;
    std::vector<double> m_rowZ;
};

}  // namespace latentlab
