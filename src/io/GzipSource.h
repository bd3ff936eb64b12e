// A file read through zlib: gzipped files are inflated as they stream, plain files pass
// through unchanged (gzread does both), so 10x's matrix.mtx and matrix.mtx.gz read alike.
//
//   GzipSource file("filtered/matrix.mtx.gz");   // throws ReadError if it cannot be opened
//   std::string text = file.readAll();           // small files: features, barcodes
#pragma once

#include "ByteSource.h"

#include <string>

namespace latentlab::io {

class GzipSource : public ByteSource {
public:
    /// `path` is a local file name (UTF-8); messages name it as `source` (printable).
    GzipSource(const std::string& path, const std::string& source);
    ~GzipSource() override;
    GzipSource(const GzipSource&) = delete;
    GzipSource& operator=(const GzipSource&) = delete;

    std::size_t read(char* buffer, std::size_t capacity) override;
    void rewind() override;
    std::uint64_t largestSize() const override { return m_largestSize; }
    /// All remaining bytes (for the small tables next to a matrix).
    std::string readAll();

private:
    void* m_file = nullptr;  // gzFile, kept out of the header
    std::string m_source;
    std::uint64_t m_largestSize = 0;
};

}  // namespace latentlab::io
