// Writes an animated GIF with giflib: one global palette (the colours the frames are painted
// with; any other pixel takes its nearest palette colour), looping for ever through the
// NETSCAPE2.0 extension, each frame with its own delay.
//
//   GifEncoder gif("replay.gif", QSize(480, 520), painter.colours());   // throws WriteError
//   gif.add(image, 10);                                                  // 1/10 s
//   gif.finish();
#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <unordered_map>
#include <vector>

struct GifFileType;

namespace latentlab::report {

class GifEncoder {
public:
    /// At most 256 `colours`; writes the header to `path` at once.
    GifEncoder(const QString& path, QSize size, const std::vector<QColor>& colours);
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    /// `image` of size(), shown for `centiseconds` (GIF's unit of delay).
    void add(const QImage& image, int centiseconds);
    /// Writes the trailer and closes the file; throws WriteError if that fails.
    void finish();

private:
    [[noreturn]] void fail(const char* what, int error) const;
    unsigned char indexOf(QRgb pixel);

    QString m_path;
    QSize m_size;
    GifFileType* m_gif = nullptr;
    std::vector<QRgb> m_palette;
    std::unordered_map<QRgb, unsigned char> m_nearest;  ///< pixel -> palette index, as met
    std::vector<unsigned char> m_line;
};

}  // namespace latentlab::report
