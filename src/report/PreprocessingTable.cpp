#include "PreprocessingTable.h"

#include "ExpressionSummary.h"
#include "NumberFormat.h"

namespace latentlab::report {
namespace {

QString cells(int count) { return NumberFormat::count(count) + QStringLiteral(" cells"); }
QString genes(int count) { return NumberFormat::count(count) + QStringLiteral(" genes"); }
QString offOr(bool on, const QString& setting) { return on ? setting : QStringLiteral("off"); }

}  // namespace

ReportTable preprocessingTable(const Result& result) {
    ReportTable table;
    table.header = {QStringLiteral("Step"), QStringLiteral("Setting"), QStringLiteral("Left")};
    table.numericColumns = {2};
    if (!result.data.expression) return table;
    const PreprocessingCounts& n = result.data.expression->counts;
    const DataConfig& data = result.config.data;
    table.rows = {
        {QStringLiteral("Read"), QString(),
         cells(n.cellsIn) + QStringLiteral(" \u00d7 ") + genes(n.genesIn)},
        {QStringLiteral("Filter cells"),
         offOr(data.minGenes > 0, QStringLiteral("\u2265 %1 genes").arg(data.minGenes)),
         cells(n.cellsKept)},
        {QStringLiteral("Filter genes"),
         offOr(data.minCells > 0, QStringLiteral("in \u2265 %1 cells").arg(data.minCells)),
         genes(n.genesKept)},
        {QStringLiteral("Normalise"),
         offOr(data.normalizeTotal > 0.0,
               QStringLiteral("%1 counts per cell").arg(NumberFormat::data(data.normalizeTotal))),
         QString()},
        {QStringLiteral("log(1 + x)"), offOr(data.log1p, QStringLiteral("on")), QString()},
        {QStringLiteral("Select genes"),
         offOr(data.topGenes > 0, QStringLiteral("%1 most variable (%2)")
                                      .arg(NumberFormat::count(data.topGenes))
                                      .arg(QString::fromLatin1(toString(data.geneSelection)))),
         genes(n.genesSelected)},
        {QStringLiteral("Scale"),
         QString::fromLatin1(toString(data.scaling)) +
             (data.clip > 0.0
                  ? QStringLiteral(", clipped at \u00b1%1").arg(NumberFormat::data(data.clip))
                  : QString()),
         QString()},
    };
    table.note = QStringLiteral(
        "In this order, on the sparse counts until the genes are chosen; 'seurat' is scanpy's "
        "highly_variable_genes(flavor=\"seurat\"), 'variance' ranks the values as they are.");
    return table;
}

}  // namespace latentlab::report
