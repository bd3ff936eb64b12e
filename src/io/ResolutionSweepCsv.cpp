#include "ResolutionSweepCsv.h"

#include "CsvWriter.h"
#include "MethodRegistry.h"

#include <cmath>

namespace latentlab::io {

QByteArray resolutionSweepCsv(const ResolutionSweep& sweep) {
    CsvWriter csv;
    std::vector<std::string> header{"resolution"};
    for (const std::string& method : sweep.methods) {
        const std::string prefix = methodInfo(method).fileSuffix;
        for (const char* column : {"_clusters", "_modularity", "_silhouette", "_ari"})
            header.push_back(prefix + column);
    }
    header.emplace_back("chosen");
    csv.addRow(header);
    const std::size_t points = sweep.curves.empty() ? 0 : sweep.curves.front().size();
    for (std::size_t i = 0; i < points; ++i) {
        const double resolution = sweep.curves.front()[i].resolution;
        csv.addNumber(resolution);
        for (const std::vector<ResolutionPoint>& curve : sweep.curves) {
            csv.addInteger(curve[i].clusters);
            csv.addNumber(curve[i].modularity);
            csv.addNumber(curve[i].silhouette);
            csv.addNumber(curve[i].ari);
        }
        const bool chosen = std::abs(resolution - sweep.chosenResolution) <= 1e-9 * resolution;
        csv.addInteger(chosen ? 1 : 0);
        csv.endRow();
    }
    return csv.bytes();
}

}  // namespace latentlab::io
