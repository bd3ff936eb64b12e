// A ScatterView's legend as an item of the chart's scene: per group its marker shape in its
// colour and its name, flowing in rows under the plot or in columns beside it, so names are
// shown whole however many groups there are. Only names longer than kMaxNameLength are cut,
// with the full name as the entry's tooltip; entries that do not fit end in "+N more", whose
// tooltip lists them. Each entry says how many points it has ("B (3,750)"); a click on an
// entry (or a double-click) goes to the activation handler, and hidden groups are drawn
// faded. Exports render it with the rest of the scene.
//
//   legend->setEntries({{"cluster 3", Palette::color(0), MarkerShape::Circle}, ...});
//   const QSizeF used = legend->layOut(ScatterLegendItem::Below, area);
#pragma once

#include "Marker.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>
#include <functional>
#include <vector>

namespace latentlab::gui {

class ScatterLegendItem : public QGraphicsItem {
public:
    static constexpr int kMaxNameLength = 32;

    struct Entry {
        QString name;
        QColor colour;
        report::MarkerShape shape = report::MarkerShape::Circle;
        bool centre = false;  ///< the k-means centres' mark: a white square outlined in black
        int count = -1;       ///< points in the group, shown after the name; -1: none shown
        bool hidden = false;  ///< drawn faded: the group's points are hidden
    };
    /// Called with the entry's index when it is clicked (`twice`: the second click of a
    /// double-click).
    using Activation = std::function<void(int entry, bool twice)>;
    enum Placement { Below, Beside };

    explicit ScatterLegendItem(QGraphicsItem* parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry>& entries() const { return m_entries; }
    void setStyle(const QFont& font, const QColor& text);
    void setActivationHandler(Activation handler) { m_activate = std::move(handler); }
    /// Clicks entry `entry` as the mouse does (the "+N more" cell has none).
    void activate(int entry, bool twice) const;
    /// Where entry `entry` is shown, in scene coordinates (empty when it is not shown).
    QRectF entryRect(int entry) const;

    /// The extent the legend needs: its height for rows `width` wide (Below), or its width
    /// for columns `height` tall (Beside), all entries shown when they fit.
    double extentFor(Placement placement, double available) const;
    /// Places the entries inside `area` (parent coordinates); returns the size used.
    QSizeF layOut(Placement placement, const QRectF& area);

    /// The texts shown, in order (cut names end in "…"; "+N more" when entries overflow).
    QStringList shownTexts() const;
    /// Tooltip of each shown entry (empty when its text is the whole name).
    QStringList shownToolTips() const;

    QRectF boundingRect() const override;
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}

private:
    class EntryItem;
    struct Cell {
        QString text;
        QString toolTip;
        int entry = -1;  ///< -1: the "+N more" cell
        QPointF at;
        double width = 0.0;
    };

    QString textOf(const Entry& entry) const;
    double cellWidth(const QString& text) const;
    double rowHeight() const;
    /// Cells laid out in rows (Below) or columns (Beside) within `area`.
    std::vector<Cell> cellsFor(Placement placement, const QRectF& area, QSizeF* used) const;

    std::vector<Entry> m_entries;
    QFont m_font;
    QColor m_text;
    std::vector<Cell> m_cells;
    std::vector<EntryItem*> m_items;
    QRectF m_bounds;
    Activation m_activate;
};

}  // namespace latentlab::gui
