#include "GifEncoder.h"

#include "IoErrors.h"

#include <gif_lib.h>

#include <algorithm>
#include <limits>

namespace latentlab::report {
namespace {

constexpr int kPaletteSize = 256;  ///< a GIF palette has 2^n entries: the largest

int squaredDistance(QRgb a, QRgb b) {
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return dr * dr + dg * dg + db * db;
}

}  // namespace

GifEncoder::GifEncoder(const QString& path, QSize size, const std::vector<QColor>& colours)
    : m_path(path), m_size(size), m_line(std::size_t(size.width())) {
    for (const QColor& colour : colours) {
        const QRgb rgb = colour.rgb() | 0xFF000000u;
        if (std::find(m_palette.begin(), m_palette.end(), rgb) == m_palette.end())
            m_palette.push_back(rgb);
    }
    if (m_palette.empty()) m_palette.push_back(0xFFFFFFFFu);
    m_palette.resize(std::min<std::size_t>(m_palette.size(), kPaletteSize));
    int error = 0;
    m_gif = EGifOpenFileName(path.toLocal8Bit().constData(), false, &error);
    if (!m_gif) fail("cannot create it", error);
    EGifSetGifVersion(m_gif, true);  // GIF89a: delays and the looping extension

    std::vector<GifColorType> entries(kPaletteSize, GifColorType{255, 255, 255});
    for (std::size_t i = 0; i < m_palette.size(); ++i)
        entries[i] =
            GifColorType{GifByteType(qRed(m_palette[i])), GifByteType(qGreen(m_palette[i])),
                         GifByteType(qBlue(m_palette[i]))};
    ColorMapObject* map = GifMakeMapObject(kPaletteSize, entries.data());
    const int written = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (written == GIF_ERROR) fail("cannot write its header", m_gif->Error);

    // NETSCAPE2.0 with loop count 0: browsers and viewers repeat the animation for ever.
    const GifByteType loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 3, loop) == GIF_ERROR ||
        EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        fail("cannot write its loop extension", m_gif->Error);
}

GifEncoder::~GifEncoder() {
    if (m_gif) EGifCloseFile(m_gif, nullptr);
}

void GifEncoder::fail(const char* what, int error) const {
    const char* reason = GifErrorString(error);
    throw io::WriteError("cannot write the animation " + m_path.toStdString() + ": " + what + " (" +
                         (reason ? reason : "giflib error") + ")");
}

unsigned char GifEncoder::indexOf(QRgb pixel) {
    pixel |= 0xFF000000u;
    const auto known = m_nearest.find(pixel);
    if (known != m_nearest.end()) return known->second;
    std::size_t best = 0;
    int bestDistance = std::numeric_limits<int>::max();
    for (std::size_t i = 0; i < m_palette.size() && bestDistance > 0; ++i) {
        const int distance = squaredDistance(pixel, m_palette[i]);
        if (distance < bestDistance) bestDistance = distance, best = i;
    }
    m_nearest.emplace(pixel, static_cast<unsigned char>(best));
    return static_cast<unsigned char>(best);
}

void GifEncoder::add(const QImage& image, int centiseconds) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::clamp(centiseconds, 2, 65535);
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const std::size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) == GIF_ERROR ||
        EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, nullptr) == GIF_ERROR)
        fail("cannot write a frame", m_gif->Error);
    for (int y = 0; y < m_size.height(); ++y) {
        const QRgb* row = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < m_size.width(); ++x) m_line[std::size_t(x)] = indexOf(row[x]);
        if (EGifPutLine(m_gif, m_line.data(), m_size.width()) == GIF_ERROR)
            fail("cannot write a frame", m_gif->Error);
    }
}

void GifEncoder::finish() {
    int error = 0;
    GifFileType* gif = m_gif;
    m_gif = nullptr;
    if (EGifCloseFile(gif, &error) == GIF_ERROR) fail("cannot finish it", error);
}

}  // namespace latentlab::report
