// Any bytes as a CSV/TSV table, read with any combination of the import options: the reader
// must either return a consistent Dataset or throw one of LatentLab's errors; crashes,
// sanitizer reports and other exceptions are findings. The options come from the input's
// length (its low four bits), so the file's own bytes stay a plain table that mutations of
// the seed corpus keep readable, and every option is reached as the length changes.
#include "CsvReader.h"
#include "Errors.h"
#include "PrintableText.h"
#include "TableNames.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const QByteArray content(reinterpret_cast<const char*>(bytes), qsizetype(size));
    latentlab::io::CsvReadOptions options;
    options.rowNames = (size & 1) != 0;
    options.transpose = (size & 2) != 0;
    options.keepMissing = (size & 4) != 0;
    options.uniqueNames = (size & 8) != 0;
    try {
        latentlab::io::CsvReader reader(options);
        const latentlab::Dataset data = reader.parse(content, "fuzz.csv");
        const bool consistent =
            data.rows() > 0 && data.columns() > 0 &&
            data.columnNames.size() == std::size_t(data.columns()) &&
            (data.labels.empty() || data.labels.size() == std::size_t(data.rows())) &&
            (data.rowNames.empty() || data.rowNames.size() == std::size_t(data.rows())) &&
            latentlab::io::firstDuplicate(data.columnNames).first < 0 &&
            (options.keepMissing || data.features.allFinite());
        if (!consistent) std::abort();
    } catch (const latentlab::Error& error) {
        // A message quotes the input printable, whatever bytes it holds.
        if (!latentlab::isPrintable(error.what())) std::abort();
    }
    return 0;
}
