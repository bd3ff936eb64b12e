// Any bytes as a 10x Matrix Market file: parsed into a cells x genes CSR that passes
// SparseMatrix::validate() and has the declared shape, or rejected with one of LatentLab's
// errors whose message shows as itself; crashes, sanitizer reports and other exceptions
// (std::invalid_argument from an inconsistent CSR included) are findings.
#include "Errors.h"
#include "MatrixMarketReader.h"
#include "MemorySource.h"
#include "PrintableText.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    latentlab::io::MemorySource source(reinterpret_cast<const char*>(bytes), size);
    try {
        const latentlab::SparseMatrix m =
            latentlab::io::MatrixMarketReader::readTransposed(source, "fuzz.mtx");
        m.validate();
        if (m.indptr.size() != std::size_t(m.rows()) + 1) std::abort();
    } catch (const latentlab::Error& error) {
        if (!latentlab::isPrintable(error.what()) || std::strchr(error.what(), '\n')) std::abort();
    }
    return 0;
}
