#include "ReportHtml.h"

#include "ReportStyle.h"

#include <QBuffer>
#include <QPainter>
#include <cmath>

namespace latentlab::report {

namespace {

// Figures keep the PDF's sizes in points; CSS shows a point as 4/3 px, the PNG has twice that.
constexpr double kContentWidthPoints = 487.0;
constexpr double kFigureGapPoints = 16.0;
constexpr double kCssPixelsPerPoint = 4.0 / 3.0;
constexpr double kImageScale = 2.0;

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString cssColour(const QColor& colour) { return colour.name(QColor::HexRgb); }

QString styleSheet() {
    return QStringLiteral(
               "body{margin:0;background:#f3f5f7;color:%1;font:14px/1.45 'DejaVu Sans','Segoe "
               "UI',Helvetica,Arial,sans-serif}"
               "main{max-width:%2px;margin:24px auto;background:#fff;padding:36px 44px;"
               "box-shadow:0 1px 4px rgba(0,0,0,.12)}"
               "h1{color:%3;font-size:26px;margin:0 0 4px}"
               ".subtitle{color:%4;margin:0 0 10px;padding-bottom:10px;border-bottom:2px solid %3}"
               "h2{color:%3;font-size:18px;margin:26px 0 8px}"
               "h3{font-size:14px;margin:16px 0 6px}"
               ".note{color:%4;font-size:12px;margin:4px 0 10px}"
               ".scroll{overflow-x:auto}"
               "table{border-collapse:collapse;font-size:12.5px;margin:4px 0 2px;"
               "font-variant-numeric:tabular-nums}"
               "table.small{font-size:11.5px}"
               "table.wide{width:100%}"
               "th{background:%5;text-align:left;border-bottom:1px solid %6;padding:3px 7px;"
               "white-space:nowrap}"
               "td{padding:3px 7px;border-bottom:1px solid %7;vertical-align:top}"
               "tbody tr:nth-child(even) td{background:%8}"
               ".num{text-align:right;white-space:nowrap}"
               ".nowrap{white-space:nowrap}"
               ".figures{display:flex;gap:%9px;justify-content:center;margin:6px 0 14px}"
               "figure{margin:0}"
               "figure img{display:block;max-width:100%;height:auto}"
               "figcaption{color:%4;font-size:12px;margin-top:4px}"
               "@media print{body{background:#fff}main{box-shadow:none;margin:0;padding:0}"
               "tr,figure{break-inside:avoid}}")
        .arg(cssColour(ReportStyle::text()))
        .arg(int(std::lround(kContentWidthPoints * kCssPixelsPerPoint)))
        .arg(cssColour(ReportStyle::accent()), cssColour(ReportStyle::muted()),
             cssColour(ReportStyle::tableHeader()), cssColour(ReportStyle::axis()),
             cssColour(ReportStyle::grid()), cssColour(ReportStyle::tableStripe()))
        .arg(int(std::lround(kFigureGapPoints * kCssPixelsPerPoint)));
}

QString tableHtml(const ReportTable& table) {
    QString html = QStringLiteral("<div class=\"scroll\"><table class=\"%1%2\">")
                       .arg(table.small ? QStringLiteral("small") : QString(),
                            table.wrappingColumns.empty() ? QString() : QStringLiteral(" wide"));
    if (!table.header.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (int c = 0; c < table.header.size(); ++c)
            html += QStringLiteral("<th%1>%2</th>")
                        .arg(table.isNumeric(c) ? QStringLiteral(" class=\"num\"") : QString(),
                             escaped(table.header[c]));
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>");
    for (const auto& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (std::size_t c = 0; c < row.size(); ++c) {
            const ReportCell& cell = row[c];
            QString style;
            if (cell.background.isValid())
                style += QStringLiteral("background:%1;").arg(cssColour(cell.background));
            if (cell.foreground.isValid())
                style += QStringLiteral("color:%1;").arg(cssColour(cell.foreground));
            if (cell.bold) style += QStringLiteral("font-weight:bold;");
            const QString cls = table.isNumeric(int(c)) ? QStringLiteral("num")
                                : table.wraps(int(c))   ? QString()
                                                        : QStringLiteral("nowrap");
            html +=
                QStringLiteral("<td%1%2>%3</td>")
                    .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls),
                         style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style),
                         escaped(cell.text));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table></div>");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(table.note));
    return html;
}

QString figuresHtml(const std::vector<ReportFigure>& figures) {
    const double count = double(figures.size());
    const double width = (kContentWidthPoints - kFigureGapPoints * (count - 1.0)) / count;
    QString html = QStringLiteral("<div class=\"figures\">");
    for (const ReportFigure& figure : figures) {
        const QImage image = renderFigure(figure, width, kCssPixelsPerPoint * kImageScale);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const int cssWidth = int(std::lround(width * kCssPixelsPerPoint));
        const int cssHeight = int(std::lround(width * figure.aspect * kCssPixelsPerPoint));
        html += QStringLiteral(
                    "<figure style=\"width:%1px\"><img src=\"data:image/png;base64,%2\" "
                    "width=\"%1\" height=\"%3\" alt=\"%4\">")
                    .arg(cssWidth)
                    .arg(QString::fromLatin1(png.toBase64()))
                    .arg(cssHeight)
                    .arg(escaped(figure.caption));
        if (!figure.caption.isEmpty())
            html += QStringLiteral("<figcaption>%1</figcaption>").arg(escaped(figure.caption));
        html += QStringLiteral("</figure>");
    }
    return html + QStringLiteral("</div>");
}

}  // namespace

QImage renderFigure(const ReportFigure& figure, double widthPoints, double pixelsPerPoint) {
    const double heightPoints = widthPoints * figure.aspect;
    QImage image(int(std::ceil(widthPoints * pixelsPerPoint)),
                 int(std::ceil(heightPoints * pixelsPerPoint)),
                 QImage::Format_ARGB32_Premultiplied);
    // 72 dpi before scaling, as in the PDF: font sizes in points come out the same.
    const int dotsPerMeter = int(std::lround(72.0 / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(pixelsPerPoint, pixelsPerPoint);
    figure.paint(painter, QRectF(0, 0, widthPoints, heightPoints), false);
    painter.end();
    return image;
}

QByteArray htmlReport(const ReportDocument& document) {
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"LatentLab %1\">\n<title>%2</title>\n"
            "<style>%3</style>\n</head>\n<body>\n<main>\n")
            .arg(QStringLiteral(LATENTLAB_VERSION), escaped(document.title), styleSheet());
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n")
                .arg(escaped(document.title), escaped(document.subtitle));
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
            case ReportBlock::Kind::Heading:
                html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Subheading:
                html += QStringLiteral("<h3>%1</h3>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Paragraph:
                html += QStringLiteral("<p>%1</p>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Note:
                html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Table:
                html += tableHtml(block.table) + QLatin1Char('\n');
                break;
            case ReportBlock::Kind::Figures:
                html += figuresHtml(block.figures) + QLatin1Char('\n');
                break;
        }
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

}  // namespace latentlab::report
