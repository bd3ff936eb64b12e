// The points of a ScatterView as one raster layer in the chart's scene: a cached image of
// antialiased marks (discs, or each group's marker shape), re-rendered only when the points, their
// look, the axis ranges or the plot area change, so a repaint is one blit. Exports (no widget) get
// vector circles instead.
#pragma once

#include "ScatterPainter.h"

#include <Eigen/Core>
#include <QGraphicsItem>
#include <QImage>
#include <QRectF>
#include <vector>

namespace latentlab::gui {

class PointCloudItem : public QGraphicsItem {
public:
    explicit PointCloudItem(QGraphicsItem* parent = nullptr);

    /// Colours, shapes and member rows, drawn in this order (later groups on top).
    void setGroups(const std::vector<PointGroup>& groups);
    /// n x >= 2 coordinates; the rows the groups refer to.
    void setPositions(const Eigen::MatrixXd& xy);
    void setPointSize(double pixels);
    void setOpacity(double opacity);
    /// Visible data range: x = min x, y = min y, width/height = spans (as ScatterPainter).
    void setDataRange(const QRectF& range);
    /// The chart's plot area in the parent's (chart's) coordinates.
    void setPlotArea(const QRectF& plotArea);

    /// Points the layer draws (every row in a group, visible or not).
    int pointCount() const { return m_pointCount; }
    /// Milliseconds the last re-render of the cached image took.
    double lastRenderMs() const { return m_lastRenderMs; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    /// One mark at one sub-pixel offset, premultiplied ARGB, trimmed to its visible pixels.
    struct Sprite {
        int left = 0;  ///< offset of the first column from the point's pixel
        int top = 0;
        int width = 0;
        int height = 0;
        std::vector<quint32> pixels;
    };

    void invalidate();
    void buildSprites(double devicePixelRatio);
    void render(double devicePixelRatio);
    void blit(const Sprite& sprite, int x, int y, const QRect& clip);
    QRectF plotInItem() const;

    Eigen::MatrixXd m_xy;
    std::vector<PointGroup> m_groups;
    int m_pointCount = 0;
    double m_pointSize = 3.0;
    double m_opacity = 0.85;
    QRectF m_dataRange{0.0, 0.0, 1.0, 1.0};
    QRectF m_plotArea;
    QSizeF m_size;  ///< item extent: the plot area grown to whole logical pixels

    QImage m_image;
    bool m_imageValid = false;
    bool m_spritesValid = false;
    double m_spriteRatio = 0.0;     ///< device pixel ratio the sprites were built for
    std::vector<Sprite> m_sprites;  ///< group-major, kPhases x kPhases per group
    double m_lastRenderMs = 0.0;
};

}  // namespace latentlab::gui
