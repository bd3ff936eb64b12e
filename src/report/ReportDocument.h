// The report as a list of blocks — headings, paragraphs, tables and figures — built once
// from a run (ReportContent) and laid out by the PDF and the HTML writer in their own way,
// so both files say exactly the same thing.
//
//   ReportDocument document = buildReportDocument(input);
//   writePdfReport(document, saveFile);        // or htmlReport(document)
#pragma once

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <vector>

namespace latentlab::report {

/// One table cell: plain text with optional emphasis and shading (confusion matrices).
struct ReportCell {
    QString text;
    bool bold = false;
    QColor background;  ///< invalid: the table's own (striped) background
    QColor foreground;  ///< invalid: normal text colour

    ReportCell(QString cellText = {}, bool isBold = false)  // NOLINT: cells are built from text
        : text(std::move(cellText)), bold(isBold) {}
};

struct ReportTable {
    QStringList header;
    std::vector<std::vector<ReportCell>> rows;
    /// Columns (by index) aligned right: numbers. The others are left-aligned.
    std::vector<int> numericColumns;
    /// Columns whose text may wrap onto several lines when the table is too wide.
    std::vector<int> wrappingColumns;
    QString note;  ///< small print under the table
    bool small = false;

    bool isNumeric(int column) const {
        return std::find(numericColumns.begin(), numericColumns.end(), column) !=
               numericColumns.end();
    }
    bool wraps(int column) const {
        return std::find(wrappingColumns.begin(), wrappingColumns.end(), column) !=
               wrappingColumns.end();
    }
};

/// A drawing that paints itself into any rectangle, in points: the PDF gets vectors, the HTML
/// a PNG of the same drawing.
struct ReportFigure {
    QString caption;
    double aspect = 0.75;  ///< height / width
    /// `vector` is true when painting into the PDF: a large point cloud may then choose to
    /// embed its points as one high-resolution image to keep the file small.
    std::function<void(QPainter& painter, const QRectF& rect, bool vector)> paint;
};

struct ReportBlock {
    enum class Kind { Heading, Subheading, Paragraph, Note, Table, Figures };
    Kind kind = Kind::Paragraph;
    QString text;                       ///< Heading, Subheading, Paragraph, Note
    ReportTable table;                  ///< Table
    std::vector<ReportFigure> figures;  ///< Figures: side by side, equal widths

    static ReportBlock heading(QString text) { return {Kind::Heading, std::move(text), {}, {}}; }
    static ReportBlock subheading(QString text) {
        return {Kind::Subheading, std::move(text), {}, {}};
    }
    static ReportBlock paragraph(QString text) {
        return {Kind::Paragraph, std::move(text), {}, {}};
    }
    /// Small muted text (captions of a section, caveats).
    static ReportBlock note(QString text) { return {Kind::Note, std::move(text), {}, {}}; }
    static ReportBlock ofTable(ReportTable table) {
        return {Kind::Table, {}, std::move(table), {}};
    }
    static ReportBlock ofFigures(std::vector<ReportFigure> figures) {
        return {Kind::Figures, {}, {}, std::move(figures)};
    }
};

struct ReportDocument {
    QString title;
    QString subtitle;     ///< source and date, under the title
    QString runningHead;  ///< top of every page after the first
    std::vector<ReportBlock> blocks;
};

}  // namespace latentlab::report
