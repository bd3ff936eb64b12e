// sweep_resolution.csv: one row per Leiden resolution with the clusters, modularity, latent
// silhouette and ARI of every method's space, and which resolution the run itself used.
//
//   writeFileAtomically(dir + "/sweep_resolution.csv", resolutionSweepCsv(sweep));
#pragma once

#include "ResolutionSweep.h"

#include <QByteArray>

namespace latentlab::io {

/// Columns resolution, then per method (by its file suffix: pca, ae, umap, tsne)
/// <m>_clusters, <m>_modularity, <m>_silhouette, <m>_ari, and chosen (1 on the run's).
QByteArray resolutionSweepCsv(const ResolutionSweep& sweep);

}  // namespace latentlab::io
