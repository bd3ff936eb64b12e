#include "PointCloudItem.h"

#include <QElapsedTimer>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

// Sub-pixel positions per axis: a disc snapped to a quarter pixel is indistinguishable from
// one drawn at its exact position, and 16 sprites per colour cost nothing.
constexpr int kPhases = 4;

// x * a / 255 on all four 8-bit channels of a premultiplied pixel at once, rounded.
inline quint32 byteMul(quint32 x, quint32 a) {
    quint32 t = (x & 0xff00ffu) * a;
    t = ((t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8) & 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = (x + ((x >> 8) & 0xff00ffu) + 0x800080u) & 0xff00ff00u;
    return x | t;
}

}  // namespace

PointCloudItem::PointCloudItem(QGraphicsItem* parent) : QGraphicsItem(parent) {
    // Zoom, pan and the rubber band belong to the view; the layer only shows.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PointCloudItem::setGroups(const std::vector<PointGroup>& groups) {
    const bool sameColours = groups.size() == m_groups.size() &&
                             std::equal(groups.begin(), groups.end(), m_groups.begin(),
                                        [](const PointGroup& a, const PointGroup& b) {
                                            return a.colour == b.colour && a.shape == b.shape;
                                        });
    m_groups = groups;
    m_pointCount = 0;
    for (const PointGroup& group : m_groups) m_pointCount += int(group.rows.size());
    if (!sameColours) m_spritesValid = false;
    invalidate();
}

void PointCloudItem::setPositions(const Eigen::MatrixXd& xy) {
    // Assigning a block keeps the storage when the size is unchanged (every training frame).
    if (xy.cols() >= 2)
        m_xy = xy.leftCols(2);
    else
        m_xy.resize(0, 2);
    invalidate();
}

void PointCloudItem::setPointSize(double pixels) {
    if (pixels == m_pointSize) return;
    m_pointSize = pixels;
    m_spritesValid = false;
    invalidate();
}

void PointCloudItem::setOpacity(double opacity) {
    if (opacity == m_opacity) return;
    m_opacity = opacity;
    m_spritesValid = false;
    invalidate();
}

void PointCloudItem::setDataRange(const QRectF& range) {
    if (range == m_dataRange) return;
    m_dataRange = range;
    invalidate();
}

void PointCloudItem::setPlotArea(const QRectF& plotArea) {
    if (plotArea == m_plotArea) return;
    // Whole logical pixels for the item, so the cached image is blitted without resampling.
    const QPointF origin(std::floor(plotArea.left()), std::floor(plotArea.top()));
    prepareGeometryChange();
    m_plotArea = plotArea;
    m_size =
        QSizeF(std::ceil(plotArea.right()) - origin.x(), std::ceil(plotArea.bottom()) - origin.y());
    setPos(origin);
    invalidate();
}

QRectF PointCloudItem::boundingRect() const { return QRectF(QPointF(0, 0), m_size); }

QRectF PointCloudItem::plotInItem() const { return m_plotArea.translated(-pos()); }

void PointCloudItem::invalidate() {
    m_imageValid = false;
    update();
}

void PointCloudItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) {
    if (m_pointCount == 0 || m_size.isEmpty() || !m_dataRange.isValid()) return;
    if (!widget) {
        // Rendered outside a view (PNG/SVG export): vector discs, crisp at any scale and
        // real circles in SVG rather than an embedded bitmap.
        const QRectF plot = plotInItem();
        painter->save();
        painter->setClipRect(plot, Qt::IntersectClip);
        ScatterPainter(plot, m_dataRange)
            .drawPoints(*painter, m_xy, m_groups, m_pointSize, m_opacity);
        painter->restore();
        return;
    }
    const double ratio = painter->device()->devicePixelRatio();
    if (!m_imageValid || m_image.devicePixelRatio() != ratio) render(ratio);
    painter->drawImage(QPointF(0, 0), m_image);
}

void PointCloudItem::buildSprites(double devicePixelRatio) {
    m_sprites.clear();
    m_sprites.reserve(m_groups.size() * kPhases * kPhases);
    const double size = m_pointSize * devicePixelRatio;
    // Room for the widest shape (a star reaches 0.78 of the size from its centre).
    const int centre = int(std::ceil(0.8 * size)) + 1;
    const int side = 2 * centre + 2;
    QImage canvas(side, side, QImage::Format_ARGB32_Premultiplied);
    for (const PointGroup& group : m_groups) {
        QColor colour = group.colour;
        colour.setAlphaF(float(m_opacity));
        for (int phaseY = 0; phaseY < kPhases; ++phaseY) {
            for (int phaseX = 0; phaseX < kPhases; ++phaseX) {
                canvas.fill(Qt::transparent);
                QPainter painter(&canvas);
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.setPen(Qt::NoPen);
                painter.setBrush(colour);
                report::Marker::draw(
                    painter, group.shape,
                    QPointF(centre + double(phaseX) / kPhases, centre + double(phaseY) / kPhases),
                    size);
                painter.end();
                // Trim to the covered pixels: most of the square around a disc is empty.
                int left = side, right = -1, top = side, bottom = -1;
                for (int y = 0; y < side; ++y) {
                    const auto* line = reinterpret_cast<const quint32*>(canvas.constScanLine(y));
                    for (int x = 0; x < side; ++x) {
                        if (line[x] == 0) continue;
                        left = std::min(left, x);
                        right = std::max(right, x);
                        top = std::min(top, y);
                        bottom = std::max(bottom, y);
                    }
                }
                Sprite sprite;
                if (right >= left) {
                    sprite.left = left - centre;
                    sprite.top = top - centre;
                    sprite.width = right - left + 1;
                    sprite.height = bottom - top + 1;
                    sprite.pixels.reserve(std::size_t(sprite.width * sprite.height));
                    for (int y = top; y <= bottom; ++y) {
                        const auto* line =
                            reinterpret_cast<const quint32*>(canvas.constScanLine(y));
                        sprite.pixels.insert(sprite.pixels.end(), line + left, line + right + 1);
                    }
                }
                m_sprites.push_back(std::move(sprite));
            }
        }
    }
    m_spriteRatio = devicePixelRatio;
    m_spritesValid = true;
}

void PointCloudItem::blit(const Sprite& sprite, int x, int y, const QRect& clip) {
    const int x0 = std::max(x, clip.left()), x1 = std::min(x + sprite.width, clip.right() + 1);
    const int y0 = std::max(y, clip.top()), y1 = std::min(y + sprite.height, clip.bottom() + 1);
    for (int row = y0; row < y1; ++row) {
        auto* target = reinterpret_cast<quint32*>(m_image.scanLine(row));
        const quint32* source = sprite.pixels.data() + (row - y) * sprite.width - x;
        for (int column = x0; column < x1; ++column) {
            const quint32 pixel = source[column];
            const quint32 alpha = pixel >> 24;
            if (alpha == 255)
                target[column] = pixel;
            else if (alpha != 0)
                target[column] = pixel + byteMul(target[column], 255 - alpha);
        }
    }
}

void PointCloudItem::render(double devicePixelRatio) {
    QElapsedTimer clock;
    clock.start();
    if (!m_spritesValid || m_spriteRatio != devicePixelRatio) buildSprites(devicePixelRatio);
    const QSize pixels(int(std::ceil(m_size.width() * devicePixelRatio)),
                       int(std::ceil(m_size.height() * devicePixelRatio)));
    if (m_image.size() != pixels) m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(devicePixelRatio);
    m_image.fill(Qt::transparent);

    const QRectF plot(plotInItem().topLeft() * devicePixelRatio,
                      plotInItem().size() * devicePixelRatio);
    // Points are clipped at the plot area's edges, as Qt Charts clips its own series.
    const QRect clip =
        QRect(QPoint(int(std::lround(plot.left())), int(std::lround(plot.top()))),
              QPoint(int(std::lround(plot.right())) - 1, int(std::lround(plot.bottom())) - 1))
            .intersected(m_image.rect());
    const double scaleX = plot.width() / m_dataRange.width();
    const double scaleY = plot.height() / m_dataRange.height();
    const double reach = m_pointSize * devicePixelRatio + 2.0;
    const double lowX = clip.left() - reach, highX = clip.right() + 1 + reach;
    const double lowY = clip.top() - reach, highY = clip.bottom() + 1 + reach;
    const Eigen::Index rows = m_xy.rows();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const Sprite* sprites = m_sprites.data() + g * kPhases * kPhases;
        for (int row : m_groups[g].rows) {
            if (row < 0 || row >= rows) continue;
            const double x = plot.left() + (m_xy(row, 0) - m_dataRange.left()) * scaleX;
            const double y = plot.bottom() - (m_xy(row, 1) - m_dataRange.top()) * scaleY;
            // Also rejects NaN and infinite coordinates.
            if (!(x > lowX && x < highX && y > lowY && y < highY)) continue;
            int pixelX = int(std::floor(x)), pixelY = int(std::floor(y));
            int phaseX = int((x - pixelX) * kPhases + 0.5);
            int phaseY = int((y - pixelY) * kPhases + 0.5);
            if (phaseX == kPhases) {
                phaseX = 0;
                ++pixelX;
            }
            if (phaseY == kPhases) {
                phaseY = 0;
                ++pixelY;
            }
            const Sprite& sprite = sprites[phaseY * kPhases + phaseX];
            blit(sprite, pixelX + sprite.left, pixelY + sprite.top, clip);
        }
    }
    m_imageValid = true;
    m_lastRenderMs = clock.nsecsElapsed() / 1e6;
}

}  // namespace latentlab::gui
