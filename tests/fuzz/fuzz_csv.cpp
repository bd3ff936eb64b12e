// Any bytes as a CSV/TSV table: the reader must either return a consistent Dataset or throw
// one of LatentLab's errors; crashes, sanitizer reports and other exceptions are findings.
#include "CsvReader.h"
#include "Errors.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const QByteArray content(reinterpret_cast<const char*>(bytes), qsizetype(size));
    try {
        latentlab::io::CsvReader reader;
        const latentlab::Dataset data = reader.parse(content, "fuzz.csv");
        const bool consistent =
            data.rows() > 0 && data.columns() > 0 &&
            data.columnNames.size() == std::size_t(data.columns()) &&
            (data.labels.empty() || data.labels.size() == std::size_t(data.rows())) &&
            data.features.allFinite();
        if (!consistent) std::abort();
    } catch (const latentlab::Error&) {
    }
    return 0;
}
