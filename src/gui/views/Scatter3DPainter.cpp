#include "Scatter3DPainter.h"

#include "BoxProjection.h"
#include "Marker.h"
#include "Palette.h"
#include "ScatterSelection.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

using Box = std::array<double, 3>;

constexpr int kTickPixels = 11;
constexpr int kTitlePixels = 13;
constexpr double kLabelGap = 6.0;
constexpr double kLabelPadding = 4.0;  ///< least room between two labels
constexpr double kSideMargin = 64.0;   ///< room for tick labels and titles beside the box
constexpr double kTopMargin = 12.0;
const QColor kGrid(0xC8, 0xC8, 0xC8);
const QColor kWall(0xFA, 0xFA, 0xFA);
const QColor kTickText(0x40, 0x40, 0x40);

/// Box coordinate of `value` on `range`: -1 at its minimum, +1 at its maximum.
double unit(const NiceRange& range, double value) {
    const double span = range.max - range.min;
    return span > 0.0 ? 2.0 * (value - range.min) / span - 1.0 : 0.0;
}

/// Fits the projected box into a rectangle and maps box coordinates to its pixels.
class Frame {
public:
    Frame(const BoxProjection& view, const QRectF& graph) : m_view(view) {
        double left = 0.0, right = 0.0, bottom = 0.0, top = 0.0;
        for (int corner = 0; corner < 8; ++corner) {
            const QPointF p = view.project(
                {corner & 1 ? 1.0 : -1.0, corner & 2 ? 1.0 : -1.0, corner & 4 ? 1.0 : -1.0});
            left = corner == 0 ? p.x() : std::min(left, p.x());
            right = corner == 0 ? p.x() : std::max(right, p.x());
            bottom = corner == 0 ? p.y() : std::min(bottom, p.y());
            top = corner == 0 ? p.y() : std::max(top, p.y());
        }
        const QRectF bounds(QPointF(left, bottom), QPointF(right, top));
        const QRectF room =
            graph.adjusted(kSideMargin, kTopMargin, -kSideMargin, -kSideMargin).normalized();
        m_scale = std::max(1e-9, std::min(room.width() / std::max(bounds.width(), 1e-9),
                                          room.height() / std::max(bounds.height(), 1e-9)));
        m_centre = bounds.center();
        m_target = room.center();
    }

    QPointF map(const Box& p) const {
        const QPointF q = m_view.project(p) - m_centre;
        return {m_target.x() + m_scale * q.x(), m_target.y() - m_scale * q.y()};
    }
    /// Unit screen direction from the box's axis line through `p` (axis `along` free, the
    /// others 0) out to `p`: where a label of an edge point goes.
    QPointF outward(const Box& p, int along) const {
        Box centre{0.0, 0.0, 0.0};
        centre[std::size_t(along)] = p[std::size_t(along)];
        const QPointF d = map(p) - map(centre);
        const double length = std::hypot(d.x(), d.y());
        return length > 0.0 ? d / length : QPointF(0.0, 1.0);
    }

private:
    const BoxProjection& m_view;
    double m_scale = 1.0;
    QPointF m_centre, m_target;
};

/// A text's rectangle placed beyond `anchor` in `direction`, its near side `gap` away.
QRectF placed(const QPointF& anchor, const QPointF& direction, const QSizeF& size, double gap) {
    const double reach = gap + std::abs(direction.x()) * size.width() / 2 +
                         std::abs(direction.y()) * size.height() / 2;
    const QPointF centre = anchor + direction * reach;
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void drawWalls(QPainter& painter, const Frame& frame, const BoxProjection& view,
               const Scatter3DScene& scene) {
    painter.setBrush(kWall);
    QPen grid(kGrid, 1.0);
    grid.setCosmetic(true);
    for (int wall = 0; wall < 3; ++wall) {
        const int b = (wall + 1) % 3, c = (wall + 2) % 3;
        Box corner{};
        corner[std::size_t(wall)] = view.backSide(wall);
        QPolygonF outline;
        for (const auto& [u, v] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
            corner[std::size_t(b)] = u;
            corner[std::size_t(c)] = v;
            outline << frame.map(corner);
        }
        painter.setPen(grid);
        painter.drawPolygon(outline);
        // Grid lines at the ticks of the wall's two axes.
        for (const auto& [along, across] : {std::pair{b, c}, {c, b}}) {
            const NiceRange& range = scene.axes[std::size_t(along)].range;
            for (int t = 1; t + 1 < range.ticks; ++t) {
                Box from = corner, to = corner;
                from[std::size_t(along)] = to[std::size_t(along)] =
                    unit(range, range.min + t * range.step);
                from[std::size_t(across)] = -1.0;
                to[std::size_t(across)] = 1.0;
                painter.drawLine(frame.map(from), frame.map(to));
            }
        }
    }
}

void drawPoints(QPainter& painter, const Frame& frame, const BoxProjection& view,
                const Scatter3DScene& scene) {
    struct Mark {
        double nearness;
        QPointF at;
        int group;
        bool greyed;  ///< unselected while others are selected
    };
    std::vector<Mark> marks;
    marks.reserve(scene.points.size());
    for (std::size_t i = 0; i < scene.points.size(); ++i) {
        Box p;
        bool finite = true;
        for (std::size_t a = 0; a < 3; ++a) {
            finite = finite && std::isfinite(scene.points[i][a]);
            p[a] = unit(scene.axes[a].range, scene.points[i][a]);
        }
        if (!finite) continue;
        const int group = scene.groups.empty() ? 0 : scene.groups[i];
        const bool greyed = !scene.selected.empty() && !scene.selected[i];
        marks.push_back({view.nearness(p), frame.map(p), group, greyed});
    }
    // The grey points beneath the selection, as in the 2-D scatters; within each, far points
    // first, so nearer ones cover them as they would in the scene.
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
        if (a.greyed != b.greyed) return a.greyed;
        return a.nearness < b.nearness;
    });
    painter.setPen(Qt::NoPen);
    const QColor grey = ScatterSelection::greyFor(Qt::white);
    int brushGroup = -2;  ///< -1: grey
    for (const Mark& mark : marks) {
        const int brush = mark.greyed ? -1 : mark.group;
        if (brush != brushGroup) {
            painter.setBrush(mark.greyed ? grey : Palette::color(mark.group));
            brushGroup = brush;
        }
        report::Marker::draw(painter, Palette::shape(mark.group), mark.at, scene.pointSize);
    }
}

/// Tick labels and the title of axis `axis` along the box edge through `edge` (whose
/// coordinate `axis` varies). Labels that would overlap one drawn before are left out.
void drawAxis(QPainter& painter, const Frame& frame, const Scatter3DScene& scene, int axis,
              Box edge, std::vector<QRectF>& taken) {
    const NiceRange& range = scene.axes[std::size_t(axis)].range;
    QFont font = painter.font();
    font.setPixelSize(kTickPixels);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(kTickText);
    const QFontMetricsF metrics(font);
    double reach = 0.0;
    for (int t = 0; t < range.ticks; ++t) {
        const double value = range.min + t * range.step;
        edge[std::size_t(axis)] = unit(range, value);
        const QString text = NiceScale::label(value, range.decimals);
        const QPointF direction = frame.outward(edge, axis);
        const QSizeF size(metrics.horizontalAdvance(text) + 2, metrics.height());
        const QRectF rect = placed(frame.map(edge), direction, size, kLabelGap);
        reach = std::max(reach, std::abs(direction.x()) * size.width() +
                                    std::abs(direction.y()) * size.height());
        const QRectF room = rect.adjusted(-kLabelPadding, 0, kLabelPadding, 0);
        if (std::any_of(taken.begin(), taken.end(),
                        [&](const QRectF& other) { return other.intersects(room); }))
            continue;
        taken.push_back(rect);
        painter.drawText(rect, Qt::AlignCenter, text);
    }
    const QString& title = scene.axes[std::size_t(axis)].title;
    if (title.isEmpty()) return;
    font.setPixelSize(kTitlePixels);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QFontMetricsF titleMetrics(font);
    edge[std::size_t(axis)] = 0.0;
    const QPointF direction = frame.outward(edge, axis);
    const bool upright = axis == 2;  // the vertical axis's title reads upwards
    QSizeF size(titleMetrics.horizontalAdvance(title) + 2, titleMetrics.height());
    if (upright) size.transpose();
    const QRectF rect = placed(frame.map(edge), direction, size, kLabelGap + reach + 4);
    taken.push_back(rect);
    painter.save();
    painter.translate(rect.center());
    if (upright) painter.rotate(-90);
    const QSizeF text = upright ? size.transposed() : size;
    painter.drawText(QRectF(QPointF(-text.width() / 2, -text.height() / 2), text), Qt::AlignCenter,
                     title);
    painter.restore();
}

}  // namespace

void Scatter3DPainter::paint(QPainter& painter, const QRectF& graph, const Scatter3DScene& scene) {
    const BoxProjection view(scene.azimuth, scene.elevation);
    const Frame frame(view, graph);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawWalls(painter, frame, view, scene);
    drawPoints(painter, frame, view, scene);
    // Labels on the front edges: x and y along the floor's near edges, z up the edge on the
    // left of the picture (Data Visualization draws it there too).
    const double floor = view.backSide(2);
    const double frontX = -view.backSide(0), frontY = -view.backSide(1);
    std::vector<QRectF> taken;
    drawAxis(painter, frame, scene, 0, {0.0, frontY, floor}, taken);
    drawAxis(painter, frame, scene, 1, {frontX, 0.0, floor}, taken);
    const Box left{-frontX, frontY, 0.0}, right{frontX, -frontY, 0.0};
    drawAxis(painter, frame, scene, 2, frame.map(left).x() <= frame.map(right).x() ? left : right,
             taken);
    painter.restore();
}

}  // namespace latentlab::gui
