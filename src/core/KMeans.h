// k-means (Lloyd's algorithm) with scikit-learn's semantics: greedy k-means++ seeding,
// n_init restarts keeping the lowest inertia, tolerance relative to the data's mean
// variance, empty clusters relocated to far points, and a final E-step so labels match
// the returned centres. A mode that starts from given centres reproduces sklearn exactly.
//
//   KMeans kmeans({8, 10, 300, 1e-4, 42});
//   KMeansResult r = kmeans.fit(latent);          // r.labels, r.centers, r.inertia
//   KMeansResult s = kmeans.fitFrom(latent, initialCenters);
#pragma once

#include "Config.h"

#include <Eigen/Core>
#include <vector>

namespace latentlab {

struct KMeansResult {
    std::vector<int> labels;  ///< cluster of each row, 0..k-1
    Eigen::MatrixXd centers;  ///< k x dims
    double inertia = 0.0;     ///< sum of squared distances to the assigned centre
    int iterations = 0;       ///< Lloyd iterations of the kept run
};

class KMeans {
public:
    explicit KMeans(const KMeansConfig& config) : m_config(config) {}

    /// n_init runs from k-means++ seeds; keeps the lowest inertia. Needs k >= 1 rows <= n.
    KMeansResult fit(const Eigen::Ref<const Eigen::MatrixXd>& points) const;
    /// One run from the given k x dims centres.
    KMeansResult fitFrom(const Eigen::Ref<const Eigen::MatrixXd>& points,
                         const Eigen::Ref<const Eigen::MatrixXd>& initialCenters) const;

    /// Index of the nearest centre for each row.
    static std::vector<int> predict(const Eigen::Ref<const Eigen::MatrixXd>& points,
                                    const Eigen::Ref<const Eigen::MatrixXd>& centers);

private:
    KMeansConfig m_config;
};

}  // namespace latentlab
