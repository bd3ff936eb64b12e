#include "KSweepCsv.h"

#include "CsvWriter.h"

namespace latentlab::io {

QByteArray kSweepCsv(const KSweep& sweep) {
    CsvWriter csv;
    csv.addRow({"k", "pca_inertia", "pca_inertia_over_tss", "pca_silhouette", "ae_inertia",
                "ae_inertia_over_tss", "ae_silhouette", "chosen"});
    for (std::size_t i = 0; i < sweep.pca.size(); ++i) {
        const KSweepPoint& pca = sweep.pca[i];
        const KSweepPoint& ae = sweep.autoencoder[i];
        csv.addInteger(pca.k);
        for (const KSweepPoint* point : {&pca, &ae}) {
            csv.addNumber(point->inertia);
            csv.addNumber(point->inertiaOverTss);
            csv.addNumber(point->silhouette);
        }
        csv.addInteger(pca.k == sweep.chosenK ? 1 : 0);
        csv.endRow();
    }
    return csv.bytes();
}

}  // namespace latentlab::io
