#include "KSweepCsv.h"

#include "CsvWriter.h"
#include "MethodRegistry.h"

namespace latentlab::io {

QByteArray kSweepCsv(const KSweep& sweep) {
    CsvWriter csv;
    std::vector<std::string> header{"k"};
    for (const std::string& method : sweep.methods) {
        const std::string prefix = methodInfo(method).fileSuffix;
        for (const char* column : {"_inertia", "_inertia_over_tss", "_silhouette"})
            header.push_back(prefix + column);
    }
    header.emplace_back("chosen");
    csv.addRow(header);
    const std::size_t points = sweep.curves.empty() ? 0 : sweep.curves.front().size();
    for (std::size_t i = 0; i < points; ++i) {
        const int k = sweep.curves.front()[i].k;
        csv.addInteger(k);
        for (const std::vector<KSweepPoint>& curve : sweep.curves) {
            csv.addNumber(curve[i].inertia);
            csv.addNumber(curve[i].inertiaOverTss);
            csv.addNumber(curve[i].silhouette);
        }
        csv.addInteger(k == sweep.chosenK ? 1 : 0);
        csv.endRow();
    }
    return csv.bytes();
}

}  // namespace latentlab::io
