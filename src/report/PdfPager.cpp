#include "PdfPager.h"

#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace latentlab::report {

namespace {

constexpr double kMarginX = 54.0;
constexpr double kMarginTop = 58.0;
constexpr double kMarginBottom = 58.0;
constexpr double kCellPadX = 5.0;
constexpr double kCellPadY = 2.6;
constexpr double kFigureGap = 16.0;
constexpr double kMinimumTableFont = 4.5;
constexpr std::size_t kKeepTogetherRows = 25;

}  // namespace

PdfPager::PdfPager(const ReportDocument& document, QPagedPaintDevice& device, QPainter* painter,
                   int totalPages)
    : m_document(document), m_device(device), m_painter(painter), m_totalPages(totalPages) {
    m_paper = QRectF(0, 0, device.width(), device.height());
    m_content = m_paper.adjusted(kMarginX, kMarginTop, -kMarginX, -kMarginBottom);
}

void PdfPager::run() {
    startPage();
    titleBlock();
    const auto& blocks = m_document.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const ReportBlock& block = blocks[i];
        const double next = leadHeight(i + 1);
        switch (block.kind) {
            case ReportBlock::Kind::Heading:
                heading(block.text, ReportStyle::kHeading, 16.0, next);
                break;
            case ReportBlock::Kind::Subheading:
                heading(block.text, ReportStyle::kBody + 0.5, 8.0, next);
                break;
            case ReportBlock::Kind::Paragraph:
                text(block.text, ReportStyle::font(ReportStyle::kBody), ReportStyle::text(), 6.0);
                break;
            case ReportBlock::Kind::Note:
                text(block.text, ReportStyle::font(ReportStyle::kSmall), ReportStyle::muted(), 6.0);
                break;
            case ReportBlock::Kind::Table:
                table(block.table);
                break;
            case ReportBlock::Kind::Figures:
                figures(block.figures);
                break;
        }
    }
    pageFurniture();
}

void PdfPager::startPage() {
    if (m_page > 0) {
        pageFurniture();
        if (m_painter) m_device.newPage();
    }
    ++m_page;
    m_y = m_content.top();
}

void PdfPager::ensureRoom(double height) {
    if (m_y + height > m_content.bottom() && m_y > m_content.top() + 1.0) startPage();
}

void PdfPager::pageFurniture() {
    if (!m_painter) return;
    QPainter& p = *m_painter;
    p.save();
    const QFont font = ReportStyle::font(ReportStyle::kSmall);
    const double line = QFontMetricsF(font, &m_device).height();
    p.setFont(font);
    p.setPen(ReportStyle::muted());
    const double footerY = m_paper.bottom() - kMarginBottom + 22.0;
    p.drawText(QRectF(m_content.left(), footerY, m_content.width(), line), Qt::AlignCenter,
               QStringLiteral("Page %1 of %2").arg(m_page).arg(m_totalPages));
    if (m_page > 1) {
        const double headY = kMarginTop - 26.0;
        p.drawText(QRectF(m_content.left(), headY, m_content.width(), line),
                   Qt::AlignLeft | Qt::AlignVCenter, m_document.runningHead);
        p.setPen(QPen(ReportStyle::grid(), 0.6));
        p.drawLine(QPointF(m_content.left(), headY + line + 3.0),
                   QPointF(m_content.right(), headY + line + 3.0));
    }
    p.restore();
}

double PdfPager::textHeight(const QString& text, const QFont& font, double width) const {
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PdfPager::text(const QString& text, const QFont& font, const QColor& colour, double after) {
    const double height = textHeight(text, font, m_content.width());
    ensureRoom(height);
    if (m_painter) {
        m_painter->save();
        m_painter->setFont(font);
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(m_content.left(), m_y, m_content.width(), height),
                            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        m_painter->restore();
    }
    m_y += height + after;
}

void PdfPager::titleBlock() {
    text(m_document.title, ReportStyle::font(ReportStyle::kTitle, true), ReportStyle::accent(),
         2.0);
    text(m_document.subtitle, ReportStyle::font(ReportStyle::kBody), ReportStyle::muted(), 6.0);
    if (m_painter) {
        m_painter->setPen(QPen(ReportStyle::accent(), 1.2));
        m_painter->drawLine(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y));
    }
    m_y += 4.0;
}

void PdfPager::heading(const QString& text, double size, double before, double keepWithNext) {
    const QFont font = ReportStyle::font(size, true);
    const double height = textHeight(text, font, m_content.width());
    if (m_y > m_content.top() + 1.0) m_y += before;
    ensureRoom(height + 4.0 + keepWithNext);
    this->text(text, font,
               size > ReportStyle::kBody + 1.0 ? ReportStyle::accent() : ReportStyle::text(), 4.0);
}

double PdfPager::leadHeight(std::size_t index) const {
    const auto& blocks = m_document.blocks;
    if (index >= blocks.size()) return 0.0;
    const ReportBlock& block = blocks[index];
    const double line = QFontMetricsF(ReportStyle::font(ReportStyle::kBody), &m_device).height();
    switch (block.kind) {
        case ReportBlock::Kind::Table:
            return tableLead(layoutTable(block.table));
        case ReportBlock::Kind::Figures:
            return figuresHeight(block.figures);
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::Subheading:
            // A heading followed by a subheading stays with what the subheading introduces.
            return 2.0 * line + leadHeight(index + 1);
        default:
            return std::min(
                textHeight(block.text, ReportStyle::font(ReportStyle::kBody), m_content.width()),
                3.0 * line);
    }
}

double PdfPager::tableLead(const TableLayout& layout) const {
    // A short table stays on one page; a long one starts with at least a few rows.
    const double whole = layout.headerHeight +
                         std::accumulate(layout.rowHeights.begin(), layout.rowHeights.end(), 0.0) +
                         layout.noteHeight;
    if (layout.rowHeights.size() <= kKeepTogetherRows && whole <= m_content.height()) return whole;
    const std::size_t lead = std::min<std::size_t>(3, layout.rowHeights.size());
    return layout.headerHeight +
           std::accumulate(layout.rowHeights.begin(), layout.rowHeights.begin() + long(lead), 0.0);
}

PdfPager::TableLayout PdfPager::layoutTable(const ReportTable& table) const {
    const std::size_t columns = std::max<std::size_t>(
        std::size_t(table.header.size()), table.rows.empty() ? 0 : table.rows.front().size());
    TableLayout layout;
    const double available = m_content.width();
    for (double size = table.small ? ReportStyle::kSmall : ReportStyle::kTable;;
         size = std::max(kMinimumTableFont, size - 0.5)) {
        layout.fontSize = size;
        const QFontMetricsF plain(ReportStyle::font(size), &m_device);
        const QFontMetricsF bold(ReportStyle::font(size, true), &m_device);
        std::vector<double> natural(columns, 0.0);
        for (std::size_t c = 0; c < columns && c < std::size_t(table.header.size()); ++c)
            natural[c] = bold.horizontalAdvance(table.header[int(c)]);
        for (const auto& row : table.rows)
            for (std::size_t c = 0; c < columns && c < row.size(); ++c)
                natural[c] = std::max(natural[c],
                                      (row[c].bold ? bold : plain).horizontalAdvance(row[c].text));
        for (double& width : natural) width += 2.0 * kCellPadX;
        double wrappingNatural = 0.0;
        for (std::size_t c = 0; c < columns; ++c)
            if (table.wraps(int(c))) wrappingNatural += natural[c];
        const double fixed = std::accumulate(natural.begin(), natural.end(), 0.0) - wrappingNatural;
        const double room = available - fixed;
        const bool hasWrapping = wrappingNatural > 0.0;
        if (!hasWrapping && fixed <= available) {
            layout.widths = natural;
        } else if (hasWrapping && room >= 70.0 * double(table.wrappingColumns.size())) {
            // Wrapping columns share the rest of the width, in proportion to their text.
            layout.widths = natural;
            for (std::size_t c = 0; c < columns; ++c)
                if (table.wraps(int(c))) layout.widths[c] = room * natural[c] / wrappingNatural;
        } else if (size > kMinimumTableFont) {
            continue;
        } else {
            // Still too wide at the smallest size: squeeze every column evenly.
            layout.widths = natural;
            const double total = fixed + wrappingNatural;
            for (double& width : layout.widths) width *= available / total;
        }
        break;
    }
    layout.headerHeight =
        table.header.isEmpty()
            ? 0.0
            : rowHeight(std::vector<ReportCell>(table.header.begin(), table.header.end()), table,
                        layout, true);
    for (const auto& row : table.rows)
        layout.rowHeights.push_back(rowHeight(row, table, layout, false));
    if (!table.note.isEmpty())
        layout.noteHeight =
            3.0 + textHeight(table.note, ReportStyle::font(ReportStyle::kSmall), m_content.width());
    return layout;
}

double PdfPager::rowHeight(const std::vector<ReportCell>& cells, const ReportTable& table,
                           const TableLayout& layout, bool header) const {
    double height = 0.0;
    for (std::size_t c = 0; c < cells.size() && c < layout.widths.size(); ++c) {
        const QFont font = ReportStyle::font(layout.fontSize, header || cells[c].bold);
        const double width = layout.widths[c] - 2.0 * kCellPadX;
        const bool wraps = table.wraps(int(c)) && !header;
        const double textHeightValue = wraps ? textHeight(cells[c].text, font, width)
                                             : QFontMetricsF(font, &m_device).height();
        height = std::max(height, textHeightValue);
    }
    return height + 2.0 * kCellPadY;
}

void PdfPager::drawRow(const std::vector<ReportCell>& cells, const ReportTable& table,
                       const TableLayout& layout, double height, bool header, bool stripe) {
    if (!m_painter) return;
    QPainter& p = *m_painter;
    p.save();
    double x = m_content.left();
    const double total = std::accumulate(layout.widths.begin(), layout.widths.end(), 0.0);
    if (header)
        p.fillRect(QRectF(x, m_y, total, height), ReportStyle::tableHeader());
    else if (stripe)
        p.fillRect(QRectF(x, m_y, total, height), ReportStyle::tableStripe());
    for (std::size_t c = 0; c < layout.widths.size(); ++c) {
        const QRectF cell(x, m_y, layout.widths[c], height);
        const ReportCell blank;
        const ReportCell& value = c < cells.size() ? cells[c] : blank;
        if (value.background.isValid())
            p.fillRect(cell.adjusted(0.4, 0.4, -0.4, -0.4), value.background);
        p.setFont(ReportStyle::font(layout.fontSize, header || value.bold));
        p.setPen(value.foreground.isValid() ? value.foreground : ReportStyle::text());
        const Qt::Alignment align =
            (table.isNumeric(int(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        const int flags = int(align) | (table.wraps(int(c)) && !header ? Qt::TextWordWrap : 0);
        p.drawText(cell.adjusted(kCellPadX, kCellPadY, -kCellPadX, -kCellPadY), flags, value.text);
        x += layout.widths[c];
    }
    p.setPen(QPen(header ? ReportStyle::axis() : ReportStyle::grid(), header ? 0.8 : 0.5));
    p.drawLine(QPointF(m_content.left(), m_y + height),
               QPointF(m_content.left() + total, m_y + height));
    p.restore();
}

void PdfPager::table(const ReportTable& table) {
    if (table.rows.empty()) return;
    const TableLayout layout = layoutTable(table);
    const std::vector<ReportCell> header(table.header.begin(), table.header.end());
    ensureRoom(tableLead(layout));
    drawRow(header, table, layout, layout.headerHeight, true, false);
    m_y += layout.headerHeight;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        // The note stays with the last row.
        const bool last = r + 1 == table.rows.size();
        if (m_y + layout.rowHeights[r] + (last ? layout.noteHeight : 0.0) > m_content.bottom()) {
            startPage();  // never inside a row; the header again on the new page
            drawRow(header, table, layout, layout.headerHeight, true, false);
            m_y += layout.headerHeight;
        }
        drawRow(table.rows[r], table, layout, layout.rowHeights[r], false, r % 2 == 1);
        m_y += layout.rowHeights[r];
    }
    m_y += 3.0;
    if (!table.note.isEmpty())
        text(table.note, ReportStyle::font(ReportStyle::kSmall), ReportStyle::muted(), 4.0);
    m_y += 4.0;
}

double PdfPager::figuresHeight(const std::vector<ReportFigure>& figures, double* width) const {
    const double count = double(std::max<std::size_t>(1, figures.size()));
    double each = (m_content.width() - kFigureGap * (count - 1.0)) / count;
    const QFont captionFont = ReportStyle::font(ReportStyle::kSmall);
    auto heightFor = [&](double w) {
        double tallest = 0.0;
        for (const ReportFigure& figure : figures) {
            const double caption =
                figure.caption.isEmpty() ? 0.0 : 4.0 + textHeight(figure.caption, captionFont, w);
            tallest = std::max(tallest, w * figure.aspect + caption);
        }
        return tallest;
    };
    // Never taller than a page: narrower figures (centred) rather than cut ones.
    while (heightFor(each) > m_content.height() && each > 50.0) each *= 0.9;
    if (width) *width = each;
    return heightFor(each);
}

void PdfPager::figures(const std::vector<ReportFigure>& figures) {
    if (figures.empty()) return;
    double width = 0.0;
    const double height = figuresHeight(figures, &width);
    ensureRoom(height);
    if (m_painter) {
        const double count = double(figures.size());
        const double used = width * count + kFigureGap * (count - 1.0);
        double x = m_content.left() + (m_content.width() - used) / 2.0;
        for (const ReportFigure& figure : figures) {
            const QRectF area(x, m_y, width, width * figure.aspect);
            m_painter->save();
            m_painter->setClipRect(area);
            figure.paint(*m_painter, area, true);
            m_painter->restore();
            if (!figure.caption.isEmpty()) {
                m_painter->save();
                m_painter->setFont(ReportStyle::font(ReportStyle::kSmall));
                m_painter->setPen(ReportStyle::muted());
                m_painter->drawText(QRectF(x, area.bottom() + 4.0, width, height),
                                    Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                    figure.caption);
                m_painter->restore();
            }
            x += width + kFigureGap;
        }
    }
    m_y += height + 10.0;
}

}  // namespace latentlab::report
