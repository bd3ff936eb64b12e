#include "ExportController.h"

#include "ChartExport.h"
#include "ClustersTab.h"
#include "ConfusionMatrixView.h"
#include "DataTab.h"
#include "IoErrors.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MetricsTableView.h"
#include "RunFolder.h"
#include "Scatter3DView.h"
#include "ScatterView.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"

#include "FileDialogs.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QWidget>

namespace latentlab::gui {

ExportController::ExportController(QWidget* window) : QObject(window), m_window(window) {}

void ExportController::addView(QWidget* view, const QString& baseName, bool svg,
                               std::function<bool()> include) {
    m_charts.push_back({view, baseName, svg, std::move(include)});
    const Chart chart = m_charts.back();
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* png = new QAction(tr("Save as &PNG…"), view);
    connect(png, &QAction::triggered, this, [this, chart] { saveChartAs(chart, "png"); });
    view->addAction(png);
    if (svg) {
        auto* vector = new QAction(tr("Save as &SVG…"), view);
        connect(vector, &QAction::triggered, this, [this, chart] { saveChartAs(chart, "svg"); });
        view->addAction(vector);
    }
    auto* copy = new QAction(tr("&Copy image"), view);
    connect(copy, &QAction::triggered, view, [view] { ChartExport::copyToClipboard(view); });
    view->addAction(copy);
}

void ExportController::addWindowCharts(LatentSpacesTab* latent, ClustersTab* clusters,
                                       DataTab* data) {
    addView(latent->lossChart(), QStringLiteral("loss"));
    addView(latent->pcaScatter(), QStringLiteral("pca_scatter"));
    addView(latent->aeScatter(), QStringLiteral("ae_scatter"));
    addView(latent->metricsTable(), QStringLiteral("metrics_table"));
    setMetricsTable(latent->metricsTable());
    addView(clusters->pcaConfusion(), QStringLiteral("confusion_pca"));
    addView(clusters->aeConfusion(), QStringLiteral("confusion_ae"));
    addView(clusters->pcaSilhouette(), QStringLiteral("silhouette_pca"));
    addView(clusters->aeSilhouette(), QStringLiteral("silhouette_ae"));
    addView(clusters->varianceBars(), QStringLiteral("pca_explained_variance"));
    addView(data->scatter3d(), QStringLiteral("data_3d"), false);
}

QStringList ExportController::chartNames() const {
    QStringList names;
    for (const Chart& chart : m_charts) names << chart.baseName;
    return names;
}

void ExportController::saveChartAs(const Chart& chart, const QString& format) {
    if (!chart.view) return;
    const QString filter = format == "png" ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)");
    const QString path = FileDialogs::save(m_window, FileKind::Chart, tr("Save chart"), filter,
                                           chart.baseName + QLatin1Char('.') + format);
    if (path.isEmpty()) return;
    QString error;
    const bool ok = format == "png" ? ChartExport::savePng(chart.view, path, 2.0, &error)
                                    : ChartExport::saveSvg(chart.view, path, &error);
    if (!ok) QMessageBox::warning(m_window, tr("Save chart"), error);
}

QStringList ExportController::exportAll(const QString& folder, const Result& result) const {
    io::RunFolder(folder).write(result);
    QStringList written = io::RunFolder::fileNames();
    const QDir dir(folder);
    for (const Chart& chart : m_charts) {
        if (!chart.view || (chart.include && !chart.include())) continue;
        QString error;
        const QString png = chart.baseName + ".png";
        if (!ChartExport::savePng(chart.view, dir.filePath(png), 2.0, &error))
            throw io::WriteError(error.toStdString());
        written << png;
        if (chart.svg) {
            const QString svg = chart.baseName + ".svg";
            if (!ChartExport::saveSvg(chart.view, dir.filePath(svg), &error))
                throw io::WriteError(error.toStdString());
            written << svg;
        }
    }
    if (m_metricsTable) {
        QSaveFile file(dir.filePath("metrics_table.csv"));
        if (!file.open(QIODevice::WriteOnly) || file.write(m_metricsTable->toCsv().toUtf8()) < 0 ||
            !file.commit()) {
            throw io::WriteError("cannot write " + file.fileName().toStdString() + ": " +
                                 file.errorString().toStdString());
        }
        written << "metrics_table.csv";
    }
    for (const auto& writer : m_fileWriters) written << writer(folder);
    return written;
}

}  // namespace latentlab::gui
