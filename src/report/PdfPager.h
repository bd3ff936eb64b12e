// The PDF report's page layout: walks a ReportDocument top to bottom on A4 pages in points,
// breaking pages between blocks and between table rows. Run it once without a painter to
// count the pages, then with one to draw ("Page 3 of 7" needs the count first).
//
//   PdfPager measure(document, writer, nullptr);   measure.run();
//   PdfPager draw(document, writer, &painter, measure.pages());   draw.run();
#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QPagedPaintDevice>

namespace latentlab::report {

class PdfPager {
public:
    /// `painter` null: measure only. `totalPages`: for the footers (0 while measuring).
    PdfPager(const ReportDocument& document, QPagedPaintDevice& device, QPainter* painter,
             int totalPages = 0);

    void run();
    int pages() const { return m_page; }

private:
    struct TableLayout {
        double fontSize = 0.0;
        std::vector<double> widths;
        std::vector<double> rowHeights;  ///< per row of the table
        double headerHeight = 0.0;
        double noteHeight = 0.0;  ///< the small print under the table, with its gap
    };

    void startPage();
    /// A new page unless `height` more points fit on this one.
    void ensureRoom(double height);
    double textHeight(const QString& text, const QFont& font, double width) const;
    void text(const QString& text, const QFont& font, const QColor& colour, double after);
    void titleBlock();
    void heading(const QString& text, double size, double before, double keepWithNext);
    void table(const ReportTable& table);
    TableLayout layoutTable(const ReportTable& table) const;
    double rowHeight(const std::vector<ReportCell>& cells, const ReportTable& table,
                     const TableLayout& layout, bool header) const;
    void drawRow(const std::vector<ReportCell>& cells, const ReportTable& table,
                 const TableLayout& layout, double height, bool header, bool stripe);
    /// What the table needs on the page it starts on.
    double tableLead(const TableLayout& layout) const;
    void figures(const std::vector<ReportFigure>& figures);
    /// Height of a row of figures with captions; `width` receives each figure's width.
    double figuresHeight(const std::vector<ReportFigure>& figures, double* width = nullptr) const;
    void pageFurniture();
    /// Height of the first piece of block `index`, which a heading before it must stay with.
    double leadHeight(std::size_t index) const;

    const ReportDocument& m_document;
    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    int m_totalPages;
    int m_page = 0;
    QRectF m_paper;
    QRectF m_content;
    double m_y = 0.0;
};

}  // namespace latentlab::report
