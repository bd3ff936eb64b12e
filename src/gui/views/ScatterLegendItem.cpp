#include "ScatterLegendItem.h"

#include "NumberFormat.h"
#include "Palette.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

constexpr double kMark = 10.0;        // marker size (a disc's diameter)
constexpr double kMarkGap = 5.0;      // marker to text
constexpr double kEntryGap = 14.0;    // between entries in a row, between columns
constexpr double kRowPadding = 2.0;   // above and below each line of text
constexpr double kCentreMark = 10.0;  // the centres' square

}  // namespace

/// One entry: its mark and its text, with its tooltip for the scene's help events.
class ScatterLegendItem::EntryItem : public QGraphicsItem {
public:
    EntryItem(ScatterLegendItem* legend) : QGraphicsItem(legend), m_legend(legend) {
        setAcceptedMouseButtons(Qt::LeftButton);
    }

    void set(int index, const Entry* entry, const QString& text, const QString& toolTip,
             double width) {
        prepareGeometryChange();
        m_index = index;
        m_entry = entry;
        setCursor(QCursor(entry && !entry->centre ? Qt::PointingHandCursor : Qt::ArrowCursor));
        m_text = text;
        m_width = width;
        // The "+N more" cell lists the rest; a group's entry also says what a click does.
        const QString hint = entry && !entry->centre
                                 ? QCoreApplication::translate(
                                       "ScatterView",
                                       "Click: hide or show in every scatter · double-click: "
                                       "show only this group (again: show all)")
                                 : QString();
        setToolTip(toolTip.isEmpty() ? hint
                   : hint.isEmpty()  ? toolTip
                                     : toolTip + QLatin1Char('\n') + hint);
    }
    QRectF boundingRect() const override { return QRectF(0, 0, m_width, m_legend->rowHeight()); }
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override { event->accept(); }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override {
        if (m_entry && boundingRect().contains(event->pos())) m_legend->activate(m_index, false);
    }
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override {
        event->accept();
        if (m_entry) m_legend->activate(m_index, true);
    }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override {
        const double height = m_legend->rowHeight();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        double textLeft = 0.0;
        // A hidden group's entry: a hollow mark and muted text.
        const bool hidden = m_entry && m_entry->hidden;
        if (hidden) painter->setOpacity(0.45);
        if (m_entry) {
            const QPointF centre(kMark / 2.0, height / 2.0);
            if (m_entry->centre) {
                painter->setPen(QPen(Qt::black, 2.0));
                painter->setBrush(Qt::white);
                painter->drawRect(QRectF(centre - QPointF(kCentreMark, kCentreMark) / 2.0,
                                         QSizeF(kCentreMark, kCentreMark)));
            } else {
                painter->setPen(QPen(m_entry->colour.darker(115), hidden ? 1.5 : 0.8));
                painter->setBrush(hidden ? QBrush(Qt::NoBrush) : QBrush(m_entry->colour));
                report::Marker::draw(*painter, m_entry->shape, centre, kMark);
            }
            textLeft = kMark + kMarkGap;
        }
        painter->setFont(m_legend->m_font);
        painter->setPen(m_legend->m_text);
        painter->drawText(QRectF(textLeft, 0, m_width - textLeft + 1.0, height),
                          Qt::AlignLeft | Qt::AlignVCenter, m_text);
        painter->restore();
    }

private:
    ScatterLegendItem* m_legend;
    int m_index = -1;
    const Entry* m_entry = nullptr;
    QString m_text;
    double m_width = 0.0;
};

ScatterLegendItem::ScatterLegendItem(QGraphicsItem* parent) : QGraphicsItem(parent) {
    setAcceptedMouseButtons(Qt::NoButton);  // its entries take the clicks
}

void ScatterLegendItem::setEntries(std::vector<Entry> entries) {
    m_entries = std::move(entries);
    m_cells.clear();
}

void ScatterLegendItem::setStyle(const QFont& font, const QColor& text) {
    m_font = font;
    m_text = text;
    for (EntryItem* item : m_items) item->update();
}

QString ScatterLegendItem::textOf(const Entry& entry) const {
    QString name = entry.name;
    if (name.size() > kMaxNameLength)
        name = name.left(kMaxNameLength - 1).trimmed() + QChar(0x2026);
    if (entry.count >= 0)
        name += QStringLiteral(" (%1)").arg(report::NumberFormat::count(entry.count));
    return name;
}

void ScatterLegendItem::activate(int entry, bool twice) const {
    if (m_activate && entry >= 0 && entry < int(m_entries.size()) &&
        !m_entries[std::size_t(entry)].centre)
        m_activate(entry, twice);
}

QRectF ScatterLegendItem::entryRect(int entry) const {
    for (std::size_t i = 0; i < m_items.size() && i < m_cells.size(); ++i)
        if (m_cells[i].entry == entry && m_items[i]->isVisible())
            return m_items[i]->sceneBoundingRect();
    return QRectF();
}

double ScatterLegendItem::cellWidth(const QString& text) const {
    return kMark + kMarkGap + std::ceil(QFontMetricsF(m_font).horizontalAdvance(text)) + 1.0;
}

double ScatterLegendItem::rowHeight() const {
    return std::ceil(QFontMetricsF(m_font).height()) + 2 * kRowPadding;
}

std::vector<ScatterLegendItem::Cell> ScatterLegendItem::cellsFor(Placement placement,
                                                                 const QRectF& area,
                                                                 QSizeF* used) const {
    std::vector<Cell> cells;
    const double line = rowHeight();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const QString text = textOf(m_entries[i]);
        const bool cut = m_entries[i].name.size() > kMaxNameLength;
        cells.push_back(
            {text, cut ? m_entries[i].name : QString(), int(i), QPointF(), cellWidth(text)});
    }
    // Rows across the width (Below) or columns down the height (Beside); when the lines
    // needed exceed the room, the last cell that fits becomes "+N more".
    auto place = [&](std::vector<Cell>& laid, int maxLines) {
        int lines = 1;
        double x = 0.0, y = 0.0, columnWidth = 0.0, widest = 0.0;
        for (std::size_t i = 0; i < laid.size(); ++i) {
            Cell& cell = laid[i];
            if (placement == Below) {
                if (x > 0.0 && x + cell.width > area.width()) {
                    x = 0.0;
                    y += line;
                    ++lines;
                }
                cell.at = QPointF(x, y);
                x += cell.width + kEntryGap;
                widest = std::max(widest, x - kEntryGap);
            } else {
                if (y > 0.0 && y + line > area.height()) {
                    y = 0.0;
                    x += columnWidth + kEntryGap;
                    columnWidth = 0.0;
                    ++lines;
                }
                cell.at = QPointF(x, y);
                y += line;
                columnWidth = std::max(columnWidth, cell.width);
                widest = std::max(widest, x + columnWidth);
            }
            if (lines > maxLines) return std::pair<bool, QSizeF>(false, QSizeF());
        }
        const QSizeF size = placement == Below ? QSizeF(widest, lines * line)
                                               : QSizeF(widest, lines == 1 ? y : area.height());
        return std::pair<bool, QSizeF>(true, size);
    };
    const int maxLines = placement == Below
                             ? std::max(1, int(std::floor(area.height() / line)))
                             : std::max(1, int(std::floor(area.width() / (4 * kMark + kEntryGap))));
    auto [fits, size] = place(cells, maxLines);
    while (!fits && cells.size() > 1) {
        // Drop entries from the end until they and a "+N more" cell fit.
        std::vector<Cell> shown = cells;
        if (shown.back().entry < 0) shown.pop_back();  // the last round's "+N more"
        if (!shown.empty()) shown.pop_back();
        const int hidden = int(m_entries.size()) - int(shown.size());
        QStringList rest;
        for (std::size_t i = shown.size(); i < m_entries.size(); ++i) rest << m_entries[i].name;
        const QString more = QStringLiteral("+%1 more").arg(hidden);
        shown.push_back({more, rest.join(QLatin1Char('\n')), -1, QPointF(),
                         cellWidth(more) - kMark - kMarkGap});
        cells = shown;
        std::tie(fits, size) = place(cells, maxLines);
    }
    *used = size;
    return cells;
}

double ScatterLegendItem::extentFor(Placement placement, double available) const {
    if (m_entries.empty()) return 0.0;
    QSizeF used;
    const QRectF unbounded =
        placement == Below ? QRectF(0, 0, available, 1e9) : QRectF(0, 0, 1e9, available);
    cellsFor(placement, unbounded, &used);
    return placement == Below ? used.height() : used.width();
}

QSizeF ScatterLegendItem::layOut(Placement placement, const QRectF& area) {
    prepareGeometryChange();
    QSizeF used;
    m_cells = m_entries.empty() ? std::vector<Cell>() : cellsFor(placement, area, &used);
    setPos(area.topLeft());
    while (m_items.size() < m_cells.size()) m_items.push_back(new EntryItem(this));
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        EntryItem* item = m_items[i];
        item->setVisible(i < m_cells.size());
        if (i >= m_cells.size()) continue;
        const Cell& cell = m_cells[i];
        item->set(cell.entry, cell.entry >= 0 ? &m_entries[std::size_t(cell.entry)] : nullptr,
                  cell.text, cell.toolTip, cell.width);
        item->setPos(cell.at);
        item->update();
    }
    m_bounds = QRectF(QPointF(0, 0), used);
    return used;
}

QStringList ScatterLegendItem::shownTexts() const {
    QStringList texts;
    for (const Cell& cell : m_cells) texts << cell.text;
    return texts;
}

QStringList ScatterLegendItem::shownToolTips() const {
    QStringList tips;
    for (const Cell& cell : m_cells) tips << cell.toolTip;
    return tips;
}

QRectF ScatterLegendItem::boundingRect() const { return m_bounds; }

}  // namespace latentlab::gui
