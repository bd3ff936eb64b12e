// Bytes read front to back in chunks, possibly twice: what the Matrix Market parser reads
// from, so a gzipped file streams through zlib and tests or fuzzers can hand it memory.
//
//   GzipSource file("matrix.mtx.gz");          // or MemorySource(bytes)
//   char buffer[65536];
//   while (std::size_t n = file.read(buffer, sizeof buffer)) use(buffer, n);
#pragma once

#include <cstddef>
#include <cstdint>

namespace latentlab::io {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    /// Up to `capacity` bytes into `buffer`; 0 at the end. Throws ReadError on a bad stream.
    virtual std::size_t read(char* buffer, std::size_t capacity) = 0;
    /// Starts again from the first byte.
    virtual void rewind() = 0;
    /// The most bytes the source can yield (for a gzip file a bound from its compressed
    /// size), so a header's claims can be checked before anything is allocated.
    virtual std::uint64_t largestSize() const = 0;
};

}  // namespace latentlab::io
