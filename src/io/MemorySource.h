// A ByteSource over bytes already in memory (tests and the fuzz target).
//
//   MemorySource source(content.constData(), std::size_t(content.size()));
//   SparseMatrix m = MatrixMarketReader::readTransposed(source, "matrix.mtx");
#pragma once

#include "ByteSource.h"

#include <algorithm>
#include <cstring>

namespace latentlab::io {

class MemorySource : public ByteSource {
public:
    /// `bytes` must outlive the source.
    MemorySource(const char* bytes, std::size_t size) : m_bytes(bytes), m_size(size) {}

    std::size_t read(char* buffer, std::size_t capacity) override {
        const std::size_t count = std::min(capacity, m_size - m_position);
        if (count > 0) std::memcpy(buffer, m_bytes + m_position, count);
        m_position += count;
        return count;
    }
    void rewind() override { m_position = 0; }
    std::uint64_t largestSize() const override { return m_size; }

private:
    const char* m_bytes;
    std::size_t m_size;
    std::size_t m_position = 0;
};

}  // namespace latentlab::io
