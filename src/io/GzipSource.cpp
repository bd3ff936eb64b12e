#include "GzipSource.h"

#include "IoErrors.h"

#include <zlib.h>
#include <QFileInfo>
#include <QString>
#include <climits>

namespace latentlab::io {

namespace {

gzFile fileOf(void* file) { return static_cast<gzFile>(file); }

}  // namespace

GzipSource::GzipSource(const std::string& path, const std::string& source) : m_source(source) {
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists()) throw ReadError(m_source + ": no such file");
    if (info.isDir()) throw ReadError(m_source + ": is a folder, not a file");
    m_file = gzopen(path.c_str(), "rb");
    if (!m_file) throw ReadError(m_source + ": cannot open the file");
    gzbuffer(fileOf(m_file), 1 << 17);
    const std::uint64_t stored = std::uint64_t(info.size());
    // deflate's best ratio is about 1032:1; a plain file yields exactly its size
    m_largestSize = stored * 1032 + 4096;
}

GzipSource::~GzipSource() {
    if (m_file) gzclose(fileOf(m_file));
}

std::size_t GzipSource::read(char* buffer, std::size_t capacity) {
    const unsigned ask = unsigned(std::min<std::size_t>(capacity, INT_MAX));
    const int count = gzread(fileOf(m_file), buffer, ask);
    if (count < 0) {
        int code = 0;
        const char* message = gzerror(fileOf(m_file), &code);
        throw ReadError(m_source + ": not a readable gzip stream (" +
                        std::string(message ? message : "zlib error") + ")");
    }
    if (count == 0 && !gzeof(fileOf(m_file))) {
        int code = 0;
        const char* message = gzerror(fileOf(m_file), &code);
        if (code != Z_OK && code != Z_BUF_ERROR)
            throw ReadError(m_source + ": " + std::string(message ? message : "zlib error"));
    }
    if (count == 0) {
        int code = 0;
        gzerror(fileOf(m_file), &code);
        if (code == Z_BUF_ERROR)
            throw ReadError(m_source + ": the gzip stream ends early (truncated file?)");
    }
    return std::size_t(count);
}

void GzipSource::rewind() {
    if (gzrewind(fileOf(m_file)) != 0) throw ReadError(m_source + ": cannot read it again");
}

std::string GzipSource::readAll() {
    std::string text;
    char buffer[1 << 16];
    while (const std::size_t count = read(buffer, sizeof buffer)) text.append(buffer, count);
    return text;
}

}  // namespace latentlab::io
