// sweep_k.csv: one row per k with inertia, inertia / TSS and latent silhouette for both
// methods, and which k the run itself used.
//
//   writeFileAtomically(dir + "/sweep_k.csv", kSweepCsv(sweepK(result, 2, 15)));
#pragma once

#include "KSweep.h"

#include <QByteArray>

namespace latentlab::io {

/// Columns k, pca_inertia, pca_inertia_over_tss, pca_silhouette, ae_inertia,
/// ae_inertia_over_tss, ae_silhouette, chosen (1 on the run's k).
QByteArray kSweepCsv(const KSweep& sweep);

}  // namespace latentlab::io
