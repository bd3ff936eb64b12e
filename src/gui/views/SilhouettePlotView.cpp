#include "SilhouettePlotView.h"

#include "ChartStyle.h"
#include "NiceScale.h"
#include "NumberFormat.h"
#include "Palette.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>

namespace latentlab::gui {

SilhouettePlotView::SilhouettePlotView(QWidget* parent) : PaintedView(parent) {
    setMinimumSize(260, 240);
}

void SilhouettePlotView::setSilhouettes(const Eigen::VectorXd& values,
                                        const std::vector<int>& clusters, const QString& title,
                                        const ClusterMatching& matching) {
    m_title = title;
    m_matching = matching;
    m_sorted.clear();
    m_sampleCount = 0;
    m_rowCount = int(values.size());
    m_mean = 0.0;
    m_low = 0.0;
    const Eigen::Index n = std::min<Eigen::Index>(values.size(), Eigen::Index(clusters.size()));
    int k = 0;
    for (Eigen::Index i = 0; i < n; ++i) k = std::max(k, clusters[std::size_t(i)] + 1);
    m_sorted.resize(std::size_t(k));
    double sum = 0.0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double v = values(i);
        const int cluster = clusters[std::size_t(i)];
        if (!std::isfinite(v) || cluster < 0) continue;
        m_sorted[std::size_t(cluster)].push_back(v);
        sum += v;
        m_low = std::min(m_low, v);
        ++m_sampleCount;
    }
    for (auto& block : m_sorted) std::sort(block.begin(), block.end(), std::greater<double>());
    // Matched clusters in their labels' order, then any the matching did not cover.
    m_order.clear();
    for (int c : m_matching.displayOrder())
        if (c < k) m_order.push_back(c);
    for (int c = 0; c < k; ++c)
        if (std::find(m_order.begin(), m_order.end(), c) == m_order.end()) m_order.push_back(c);
    m_mean = m_sampleCount > 0 ? sum / m_sampleCount : 0.0;
    update();
}

void SilhouettePlotView::clear() { setSilhouettes(Eigen::VectorXd(), {}, QString(), {}); }

QSize SilhouettePlotView::sizeHint() const { return QSize(520, 460); }

QSize SilhouettePlotView::exportSize() const {
    return width() >= 200 && height() >= 150 ? size() : sizeHint();
}

void SilhouettePlotView::paint(QPainter& painter, const QRectF& area) const {
    const QColor text = ChartStyle::text(palette());
    const QColor muted = ChartStyle::mutedText(palette());
    const QColor background = ChartStyle::background(palette());
    const QFont titleFont = ChartStyle::titleFont(font());
    const QFont labelFont = ChartStyle::labelFont(font());
    const QFontMetricsF titleMetrics(titleFont), labelMetrics(labelFont);
    painter.setRenderHint(QPainter::Antialiasing, true);

    painter.setFont(titleFont);
    painter.setPen(text);
    const QRectF titleBox(area.left(), area.top() + 6, area.width(), titleMetrics.height());
    painter.drawText(titleBox, Qt::AlignCenter,
                     m_title.isEmpty() ? tr("Silhouette per sample") : m_title);
    painter.setFont(labelFont);
    if (m_sampleCount == 0) {
        painter.setPen(muted);
        painter.drawText(area, Qt::AlignCenter, tr("No silhouettes yet"));
        return;
    }
    // Subtitle: the mean, and the sample when not every row has a value.
    // The metrics table's digits for the same silhouette.
    QString subtitle = tr("mean silhouette %1").arg(report::NumberFormat::metric(m_mean));
    if (m_sampleCount < m_rowCount)
        subtitle += tr(" · sample of %1 of %2 points")
                        .arg(report::NumberFormat::count(m_sampleCount),
                             report::NumberFormat::count(m_rowCount));
    painter.setPen(muted);
    const QRectF subtitleBox(area.left(), titleBox.bottom() + 2, area.width(),
                             labelMetrics.height());
    painter.drawText(subtitleBox, Qt::AlignCenter, subtitle);

    double nameWidth = 0;
    for (std::size_t c = 0; c < m_sorted.size(); ++c)
        nameWidth = std::max(nameWidth, labelMetrics.horizontalAdvance(tr("cluster %1").arg(c)));
    const double left = area.left() + 12 + nameWidth + 10;
    const double right = area.right() - 16;
    const double top = subtitleBox.bottom() + 10;
    const double bottom = area.bottom() - 8 - 2.4 * labelMetrics.height();
    if (right - left < 40 || bottom - top < 40) return;

    const NiceRange xRange = NiceScale::around(std::min(0.0, m_low), 1.0, 7);
    const double xMin = std::max(-1.0, xRange.min), xMax = 1.0;
    auto xOf = [&](double v) { return left + (v - xMin) / (xMax - xMin) * (right - left); };

    // Vertical grid and x labels.
    painter.setPen(QPen(ChartStyle::grid(palette()), 1.0));
    for (int t = 0; t < xRange.ticks; ++t) {
        const double v = xRange.min + t * xRange.step;
        if (v < xMin - 1e-9 || v > xMax + 1e-9) continue;
        const double x = xOf(v);
        painter.setPen(QPen(ChartStyle::grid(palette()), 1.0));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
        painter.setPen(text);
        const QString label = NiceScale::label(v, xRange.decimals);
        painter.drawText(QRectF(x - 30, bottom + 3, 60, labelMetrics.height()), Qt::AlignHCenter,
                         label);
    }
    painter.setPen(text);
    painter.drawText(
        QRectF(left, bottom + 3 + labelMetrics.height(), right - left, labelMetrics.height() * 1.3),
        Qt::AlignCenter, tr("silhouette coefficient"));

    // Blocks: gaps between clusters, then one pixel row per bucket of sorted values.
    const int k = int(m_sorted.size());
    const double gap = std::min(8.0, (bottom - top) * 0.03);
    const double usable = (bottom - top) - gap * std::max(0, k - 1);
    const double perValue = usable / std::max(1, m_sampleCount);
    double y = top;
    double lastNameBottom = -1e9;
    for (int c : m_order) {
        const std::vector<double>& block = m_sorted[std::size_t(c)];
        const double height = block.size() * perValue;
        if (!block.empty()) {
            QPainterPath path;
            const double zero = xOf(0.0);
            path.moveTo(zero, y);
            const int pixels = std::max(1, int(std::ceil(height)));
            for (int p = 0; p < pixels; ++p) {
                const std::size_t from = std::size_t(double(p) / pixels * block.size());
                const std::size_t to =
                    std::max(from + 1, std::size_t(double(p + 1) / pixels * block.size()));
                double sum = 0.0;
                for (std::size_t i = from; i < std::min(to, block.size()); ++i) sum += block[i];
                const double v = sum / double(std::min(to, block.size()) - from);
                const double rowTop = y + height * p / pixels;
                const double rowBottom = y + height * (p + 1) / pixels;
                path.lineTo(xOf(v), rowTop);
                path.lineTo(xOf(v), rowBottom);
            }
            path.lineTo(zero, y + height);
            path.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(Palette::color(m_matching.styleIndex(c), background));
            painter.drawPath(path);
        }
        // A name where it has room: with many thin blocks, every one that would overlap the
        // name above it is left out (the colours still match the matrix's headers).
        const QRectF nameBox(area.left() + 8, y + height / 2 - labelMetrics.height() / 2,
                             left - area.left() - 16, labelMetrics.height());
        if (nameBox.top() >= lastNameBottom) {
            painter.setPen(text);
            painter.drawText(nameBox, Qt::AlignRight | Qt::AlignVCenter, tr("cluster %1").arg(c));
            lastNameBottom = nameBox.bottom();
        }
        y += height + gap;
    }
    // Axis at 0 and the dashed mean.
    painter.setPen(QPen(muted, 1.0));
    painter.drawLine(QPointF(xOf(0.0), top), QPointF(xOf(0.0), bottom));
    QPen meanPen(QColor(0xCC, 0x33, 0x11), 1.6, Qt::DashLine);
    if (Palette::isDark(background)) meanPen.setColor(QColor(0xFF, 0x80, 0x60));
    painter.setPen(meanPen);
    painter.drawLine(QPointF(xOf(m_mean), top - 4), QPointF(xOf(m_mean), bottom));
}

}  // namespace latentlab::gui
