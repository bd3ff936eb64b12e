#include "ConfusionMatrixView.h"

#include "ChartStyle.h"
#include "NumberFormat.h"
#include "Palette.h"

#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace latentlab::gui {

namespace {

constexpr double kSwatch = 9.0;

void drawSwatch(QPainter& painter, int style, const QColor& background, const QRectF& box) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::color(style, background));
    report::Marker::draw(painter, Palette::shape(style), box.center(), box.width());
}

}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : PaintedView(parent) {
    setAutoFillBackground(false);
    setMinimumSize(minimumSizeHint());
}

void ConfusionMatrixView::setMatrix(const Eigen::MatrixXi& counts,
                                    const std::vector<std::string>& labelNames,
                                    const QString& title) {
    m_counts = counts;
    m_title = title;
    m_rowNames.clear();
    for (Eigen::Index row = 0; row < counts.rows(); ++row)
        m_rowNames << (std::size_t(row) < labelNames.size()
                           ? QString::fromStdString(labelNames[std::size_t(row)])
                           : QString::number(row));
    // Each cluster under the label it is matched to (the diagonal), see displayOrder().
    m_matching = ClusterMatching(counts);
    m_columnOrder = m_matching.displayOrder();
    setToolTip(
        tr("Rows: true labels. Columns: k-means clusters. Shade: share of the row's "
           "points in that cluster."));
    updateGeometry();
    update();
}

void ConfusionMatrixView::clear() { setMatrix(Eigen::MatrixXi(), {}, QString()); }

QSize ConfusionMatrixView::sizeHint() const {
    const int rows = std::max<int>(4, int(m_counts.rows()));
    const int columns = std::max<int>(4, int(m_counts.cols()));
    return QSize(140 + columns * 62, 90 + rows * 30);
}

QSize ConfusionMatrixView::minimumSizeHint() const { return QSize(260, 200); }

QSize ConfusionMatrixView::exportSize() const {
    return width() >= 200 && height() >= 150 ? size() : sizeHint();
}

QColor ConfusionMatrixView::cellColour(double share) const {
    const QColor background = ChartStyle::background(palette());
    const QColor full =
        Palette::isDark(background) ? QColor(0x4D, 0xA3, 0xE0) : QColor(0x08, 0x45, 0x94);
    // A square-root ramp keeps small but non-zero shares visible.
    return ChartStyle::mix(background, full, 0.06 + 0.94 * std::sqrt(std::clamp(share, 0.0, 1.0)));
}

bool ConfusionMatrixView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip || m_counts.size() == 0 || m_grid.isEmpty())
        return QWidget::event(event);
    const QPoint at = static_cast<QHelpEvent*>(event)->pos();
    if (!m_grid.contains(at)) return QWidget::event(event);
    const int c = std::clamp(int((at.x() - m_grid.left()) / m_grid.width() * m_counts.cols()), 0,
                             int(m_counts.cols()) - 1);
    const int r = std::clamp(int((at.y() - m_grid.top()) / m_grid.height() * m_counts.rows()), 0,
                             int(m_counts.rows()) - 1);
    const int cluster = m_columnOrder[std::size_t(c)];
    const int count = m_counts(r, cluster);
    const int rowTotal = std::max(1, m_counts.row(r).sum());
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                       tr("true label %1, cluster %2: %3 points (%4 % of the label)")
                           .arg(m_rowNames.value(r))
                           .arg(cluster)
                           .arg(report::NumberFormat::count(count),
                                report::NumberFormat::fixed(100.0 * count / rowTotal, 1)),
                       this);
    return true;
}

void ConfusionMatrixView::renderTo(QPainter& painter, const QRectF& target) {
    const QRectF widgetGrid = m_grid;  // an export must not move the tooltip areas
    PaintedView::renderTo(painter, target);
    m_grid = widgetGrid;
}

void ConfusionMatrixView::paint(QPainter& painter, const QRectF& area) const {
    const QColor text = ChartStyle::text(palette());
    const QColor muted = ChartStyle::mutedText(palette());
    const QColor background = ChartStyle::background(palette());
    const QFont titleFont = ChartStyle::titleFont(font());
    const QFont labelFont = ChartStyle::labelFont(font());
    QFontMetricsF titleMetrics(titleFont), labelMetrics(labelFont);

    painter.setFont(titleFont);
    painter.setPen(text);
    const QRectF titleBox(area.left(), area.top() + 6, area.width(), titleMetrics.height());
    painter.drawText(titleBox, Qt::AlignHCenter | Qt::AlignVCenter,
                     m_title.isEmpty() ? tr("Confusion matrix") : m_title);

    const int rows = int(m_counts.rows()), columns = int(m_counts.cols());
    if (rows == 0 || columns == 0) {
        painter.setFont(labelFont);
        painter.setPen(muted);
        painter.drawText(area, Qt::AlignCenter, tr("No clustering with true labels yet"));
        return;
    }
    double rowHeaderWidth = labelMetrics.horizontalAdvance(tr("true label"));
    for (const QString& name : m_rowNames)
        rowHeaderWidth = std::max(rowHeaderWidth, labelMetrics.horizontalAdvance(name));
    rowHeaderWidth += kSwatch + 18;

    const double left = area.left() + 10 + rowHeaderWidth;
    const double gridWidth = std::max(10.0, area.right() - 10 - left);
    const double cellW = gridWidth / columns;
    // Headers: "● cluster 3" when there is room, "● 3" when less, and for many narrow columns
    // the swatch above its number (the number left out where even it does not fit).
    const QString widestNumber = QString::number(std::max(10, columns - 1));
    const bool stacked = cellW < labelMetrics.horizontalAdvance(widestNumber) + kSwatch + 8;
    const double top = titleBox.bottom() + 8 + labelMetrics.height() * (stacked ? 3.1 : 2.2);
    const double gridHeight = std::max(10.0, area.bottom() - 8 - top);
    const double cellH = gridHeight / rows;

    // Column caption and headers.
    painter.setFont(labelFont);
    painter.setPen(muted);
    painter.drawText(QRectF(left, titleBox.bottom() + 4, gridWidth, labelMetrics.height()),
                     Qt::AlignHCenter, tr("k-means cluster"));
    const double headerY = titleBox.bottom() + 6 + labelMetrics.height();
    for (int c = 0; c < columns; ++c) {
        const int cluster = m_columnOrder[std::size_t(c)];
        const int style = m_matching.styleIndex(cluster);
        if (stacked) {
            const double middle = left + (c + 0.5) * cellW;
            drawSwatch(painter, style, background,
                       QRectF(middle - kSwatch / 2, headerY + (labelMetrics.height() - kSwatch) / 2,
                              kSwatch, kSwatch));
            const QString number = QString::number(cluster);
            if (labelMetrics.horizontalAdvance(number) + 1 > cellW) continue;
            painter.setPen(text);
            painter.drawText(QRectF(left + c * cellW, headerY + labelMetrics.height() * 0.9, cellW,
                                    labelMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, number);
            continue;
        }
        const QString name =
            cellW > labelMetrics.horizontalAdvance(QStringLiteral("cluster 00")) + kSwatch + 8
                ? tr("cluster %1").arg(cluster)
                : QString::number(cluster);
        const double textWidth = labelMetrics.horizontalAdvance(name) + kSwatch + 4;
        const double x = left + c * cellW + (cellW - textWidth) / 2;
        drawSwatch(painter, style, background,
                   QRectF(x, headerY + (labelMetrics.height() - kSwatch) / 2, kSwatch, kSwatch));
        painter.setPen(text);
        painter.drawText(QPointF(x + kSwatch + 4, headerY + labelMetrics.ascent()), name);
    }
    // Row caption (rotated) and headers.
    painter.save();
    painter.setPen(muted);
    painter.translate(area.left() + 2 + labelMetrics.ascent(), top + gridHeight / 2);
    painter.rotate(-90);
    painter.drawText(
        QRectF(-gridHeight / 2, -labelMetrics.ascent(), gridHeight, labelMetrics.height()),
        Qt::AlignHCenter, tr("true label"));
    painter.restore();
    for (int r = 0; r < rows; ++r) {
        const double y = top + r * cellH;
        const double x = area.left() + 10 + labelMetrics.height();
        drawSwatch(painter, r, background, QRectF(x, y + (cellH - kSwatch) / 2, kSwatch, kSwatch));
        painter.setPen(text);
        painter.drawText(QRectF(x + kSwatch + 4, y, left - x - kSwatch - 8, cellH),
                         Qt::AlignLeft | Qt::AlignVCenter, m_rowNames.value(r));
    }
    // Cells: the count font shrinks until the largest count fits; past that, "1.3k".
    const QString widest = report::NumberFormat::count(m_counts.maxCoeff());
    QFont countFont = labelFont;
    for (double scale : {1.0, 0.9, 0.8, 0.72}) {
        countFont.setPointSizeF(labelFont.pointSizeF() * scale);
        const QFontMetricsF metrics(countFont);
        if (metrics.horizontalAdvance(widest) + 6 <= cellW && metrics.height() <= cellH) break;
    }
    const QFontMetricsF countMetrics(countFont);
    const bool compact = countMetrics.horizontalAdvance(widest) + 6 > cellW;
    painter.setFont(countFont);
    m_grid = QRectF(left, top, gridWidth, gridHeight);
    for (int r = 0; r < rows; ++r) {
        const double rowTotal = std::max(1, m_counts.row(r).sum());
        for (int c = 0; c < columns; ++c) {
            const int count = m_counts(r, m_columnOrder[std::size_t(c)]);
            const QRectF cell(left + c * cellW, top + r * cellH, cellW, cellH);
            const QColor fill = cellColour(count / rowTotal);
            painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), fill);
            QString label =
                count == 0 ? QStringLiteral("\u00b7") : report::NumberFormat::count(count);
            if (compact && count >= 1000)
                label = report::NumberFormat::fixed(count / 1000.0, count < 10000 ? 1 : 0) +
                        QLatin1Char('k');
            if (countMetrics.horizontalAdvance(label) + 2 > cellW) continue;
            painter.setPen(Palette::contrast(fill, Qt::white) > Palette::contrast(fill, Qt::black)
                               ? Qt::white
                               : Qt::black);
            painter.drawText(cell, Qt::AlignCenter, label);
        }
    }
}

}  // namespace latentlab::gui
