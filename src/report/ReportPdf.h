// Lays a ReportDocument out on numbered A4 pages and writes it as PDF with Qt's own writer:
// text stays text (searchable, copyable), plots are vectors, tables never break inside a row
// and repeat their header on the next page, figures and headings are never split from what
// follows them.
//
//   QSaveFile file(path); file.open(QIODevice::WriteOnly);
//   writePdfReport(document, &file);   // false if painting could not start
#pragma once

#include "ReportDocument.h"

class QIODevice;

namespace latentlab::report {

/// Returns false when no painter could be opened on `device`.
bool writePdfReport(const ReportDocument& document, QIODevice* device);

}  // namespace latentlab::report
