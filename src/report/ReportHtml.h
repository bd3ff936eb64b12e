// The report as one self-contained HTML file: styles inline in the head, every figure a PNG
// at twice the display resolution embedded as a data: URI, no external references, so it
// can be mailed or archived as a single file and prints cleanly.
//
//   QByteArray html = htmlReport(buildReportDocument(input));
#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QImage>

namespace latentlab::report {

QByteArray htmlReport(const ReportDocument& document);

/// The figure painted into an image `widthPoints` wide (height from its aspect) at
/// `pixelsPerPoint` pixels per point, on white.
QImage renderFigure(const ReportFigure& figure, double widthPoints, double pixelsPerPoint);

}  // namespace latentlab::report
