// sweep_k.csv: one row per k with inertia, inertia / TSS and latent silhouette for every
// method, and which k the run itself used.
//
//   writeFileAtomically(dir + "/sweep_k.csv", kSweepCsv(sweepK(result, 2, 15)));
#pragma once

#include "KSweep.h"

#include <QByteArray>

namespace latentlab::io {

/// Columns k, then per method (by its file suffix: pca, ae, umap, tsne) <m>_inertia,
/// <m>_inertia_over_tss, <m>_silhouette, and chosen (1 on the run's k).
QByteArray kSweepCsv(const KSweep& sweep);

}  // namespace latentlab::io
