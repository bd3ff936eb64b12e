// ApplyModelDialog's summary of a finished application: the files written, the methods
// without a transform, and a table of the metrics and cluster sizes per space, in the metrics
// table's number format. Split from ApplyModelDialog.cpp.
#include "ApplyModelDialog.h"

#include "MethodRegistry.h"
#include "MetricFormat.h"
#include "ModelApplication.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

void ApplyModelDialog::showSummary(const ModelApplication& applied) {
    QStringList files;
    for (const AppliedSpace& space : applied.spaces)
        files << QStringLiteral("embedding_%1.csv")
                     .arg(QString::fromUtf8(methodInfo(space.method).fileSuffix));
    files << QStringLiteral("transform.json");
    // UMAP and t-SNE fit a layout of the rows they saw; they have no map for new ones.
    QStringList without;
    for (const std::string& method : applied.withoutTransform)
        without << QString::fromUtf8(methodInfo(method).title);
    const QString untransformed =
        without.isEmpty() ? QString()
                          : tr("; %1 of the run %2 no transform for new rows and %3 left out")
                                .arg(without.join(QStringLiteral(", ")),
                                     without.size() == 1 ? tr("has") : tr("have"),
                                     without.size() == 1 ? tr("is") : tr("are"));
    m_summaryTitle->setText(tr("<b>Wrote %1 rows</b> to %2 (%3)%4%5")
                                .arg(applied.data.rows())
                                .arg(QDir::toNativeSeparators(m_outputPath->text()).toHtmlEscaped())
                                .arg(files.join(QStringLiteral(", ")))
                                .arg(applied.data.hasLabels()
                                         ? QString()
                                         : tr("; the table has no labels, so no ARI or NMI"))
                                .arg(untransformed));
    // One column per space the rows were mapped into, in the run's order.
    QStringList headers;
    for (const AppliedSpace& space : applied.spaces)
        headers << QString::fromUtf8(methodInfo(space.method).title);
    m_summary->setColumnCount(int(headers.size()));
    m_summary->setHorizontalHeaderLabels(headers);
    // The metrics table's text (MetricFormat), so a value reads the same in both places.
    struct Row {
        QString name;
        QStringList cells;
    };
    std::vector<Row> rows;
    for (const MetricInfo& info : metricCatalog()) {
        Row row{info.label, {}};
        bool any = false;
        for (const AppliedSpace& space : applied.spaces) {
            any = any || std::isfinite(space.metrics.*info.member);
            row.cells << MetricFormat::cell(info, space.metrics);
        }
        if (any) rows.push_back(row);
    }
    const std::size_t clusters =
        applied.spaces.empty() ? 0 : applied.spaces.front().clusterSizes.size();
    for (std::size_t c = 0; c < clusters; ++c) {
        Row row{tr("Rows in cluster %1").arg(c), {}};
        for (const AppliedSpace& space : applied.spaces)
            row.cells << (c < space.clusterSizes.size() ? NumberFormat::count(space.clusterSizes[c])
                                                        : QString());
        rows.push_back(row);
    }
    m_summary->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row& row = rows[std::size_t(r)];
        m_summary->setVerticalHeaderItem(r, new QTableWidgetItem(row.name));
        for (int c = 0; c < row.cells.size(); ++c) {
            auto* item = new QTableWidgetItem(row.cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(r, c, item);
        }
    }
    // Tall enough for every row up to a limit; beyond it the table scrolls.
    const int wanted = m_summary->horizontalHeader()->sizeHint().height() +
                       2 * m_summary->frameWidth() +
                       m_summary->verticalHeader()->defaultSectionSize() * m_summary->rowCount();
    m_summary->setMinimumHeight(std::min(wanted, 24 * fontMetrics().height()));
    m_summaryTitle->show();
    m_summary->show();
    growToFit();
}

}  // namespace latentlab::gui
