#include "ReportPdf.h"

#include "PdfPager.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace latentlab::report {

bool writePdfReport(const ReportDocument& document, QIODevice* device) {
    QPdfWriter writer(device);
    // 72 dpi: one device unit is one point, so layout, fonts and figures share one unit.
    // Qt positions text with fractional advances, so this costs no precision.
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("LatentLab " LATENTLAB_VERSION));

    PdfPager measure(document, writer, nullptr);
    measure.run();
    QPainter painter;
    if (!painter.begin(&writer)) return false;
    PdfPager pager(document, writer, &painter, measure.pages());
    pager.run();
    return painter.end();
}

}  // namespace latentlab::report
