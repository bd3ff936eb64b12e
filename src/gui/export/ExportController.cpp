#include "ExportController.h"

#include "Animation.h"
#include "AnimationJob.h"
#include "ChartExport.h"
#include "ClustersTab.h"
#include "ConfusionMatrixView.h"
#include "DataTab.h"
#include "Errors.h"
#include "GenesView.h"
#include "LatentSpacesTab.h"
#include "LossChartView.h"
#include "MethodRegistry.h"
#include "MetricsTableView.h"
#include "Scatter3DView.h"
#include "ScatterView.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"

#include "FileDialogs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace latentlab::gui {

ExportController::ExportController(QWidget* window)
    : QObject(window), m_window(window), m_progressRow(new ProgressRow(window)) {
    m_progressRow->setObjectName(QStringLiteral("exportProgress"));
    m_progressRow->cancelButton()->setToolTip(
        tr("Stop after the file being written; the files written so far stay"));
    m_progressRow->hide();
    connect(m_progressRow, &ProgressRow::cancelRequested, this, &ExportController::cancel);
}

void ExportController::addView(QWidget* view, const QString& baseName,
                               std::function<bool()> include) {
    m_charts.push_back({view, baseName, std::move(include), {}});
    addMenu(view, baseName);
}

void ExportController::addViews(std::function<std::vector<NamedView>()> views) {
    m_charts.push_back({nullptr, QString(), {}, std::move(views)});
    refreshMenus();
}

void ExportController::refreshMenus() {
    for (const Chart& chart : expanded())
        if (chart.view && !chart.view->property("exportMenu").toBool())
            addMenu(chart.view, chart.baseName);
}

std::vector<ExportController::Chart> ExportController::expanded() const {
    std::vector<Chart> charts;
    for (const Chart& chart : m_charts) {
        if (!chart.group) {
            charts.push_back(chart);
            continue;
        }
        for (const NamedView& named : chart.group())
            charts.push_back({named.view, named.baseName, {}, {}});
    }
    return charts;
}

void ExportController::addMenu(QWidget* view, const QString& baseName) {
    view->setProperty("exportMenu", true);
    const Chart chart{view, baseName, {}, {}};
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* png = new QAction(tr("Save as &PNG…"), view);
    connect(png, &QAction::triggered, this, [this, chart] { saveChartAs(chart, "png"); });
    view->addAction(png);
    auto* vector = new QAction(tr("Save as &SVG…"), view);
    connect(vector, &QAction::triggered, this, [this, chart] { saveChartAs(chart, "svg"); });
    view->addAction(vector);
    auto* copy = new QAction(tr("&Copy image"), view);
    connect(copy, &QAction::triggered, view, [view] { ChartExport::copyToClipboard(view); });
    view->addAction(copy);
}

void ExportController::addWindowCharts(LatentSpacesTab* latent, ClustersTab* clusters,
                                       DataTab* data) {
    // Per-method files are named by the run folder's suffixes: pca_scatter, ae_scatter, ...
    const auto suffix = [](const std::string& method) {
        const MethodInfo* info = findMethod(method);
        return QString::fromUtf8(info ? info->fileSuffix : method.c_str());
    };
    addView(latent->lossChart(), QStringLiteral("loss"));
    addViews([latent, suffix] {
        std::vector<NamedView> views;
        for (const std::string& method : latent->methods())
            views.push_back({latent->scatter(method), suffix(method) + QStringLiteral("_scatter")});
        return views;
    });
    addView(latent->metricsTable(), QStringLiteral("metrics_table"));
    setMetricsTable(latent->metricsTable());
    addViews([clusters, suffix] {
        std::vector<NamedView> views;
        for (const std::string& method : clusters->methods())
            views.push_back(
                {clusters->confusion(method), QStringLiteral("confusion_") + suffix(method)});
        for (const std::string& method : clusters->methods())
            views.push_back(
                {clusters->silhouette(method), QStringLiteral("silhouette_") + suffix(method)});
        return views;
    });
    connect(latent, &LatentSpacesTab::methodsChanged, this, &ExportController::refreshMenus);
    connect(clusters, &ClustersTab::methodsChanged, this, &ExportController::refreshMenus);
    addView(clusters->varianceBars(), QStringLiteral("pca_explained_variance"));
    addView(data->scatter3d(), QStringLiteral("data_3d"));
    // Only expression data has genes to plot (a table's Export all is as it was).
    addView(data->genesView(), QStringLiteral("highly_variable_genes"),
            [data] { return data->genesView()->summary() != nullptr; });
}

QStringList ExportController::chartNames() const {
    QStringList names;
    for (const Chart& chart : expanded()) names << chart.baseName;
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

bool ExportController::start(const QString& folder, std::shared_ptr<const Result> result,
                             std::function<bool()> resultShown, std::function<bool()> runBegun,
                             QString* error, std::shared_ptr<const Replay> replay) {
    if (isBusy()) {
        if (error)
            *error =
                tr("an export to %1 is still running").arg(QDir::toNativeSeparators(busyTarget()));
        return false;
    }
    ExportJob::Plan plan;
    plan.folder = folder;
    plan.result = std::move(result);
    for (const Chart& chart : expanded()) {
        if (!chart.view || (chart.include && !chart.include())) continue;
        plan.charts.push_back({chart.view, chart.baseName});
    }
    if (m_metricsTable) plan.metricsTableCsv = m_metricsTable->toCsv();
    plan.fileWriters = m_fileWriters;
    plan.replay = std::move(replay);
    plan.resultShown = std::move(resultShown);
    plan.runBegun = std::move(runBegun);
    m_job = new ExportJob(std::move(plan), this);
    connect(m_job, &ExportJob::progressChanged, this, &ExportController::showProgress);
    connect(m_job, &ExportJob::finished, this, [this](const ExportOutcome& outcome) {
        m_job->deleteLater();
        m_job = nullptr;
        m_progressRow->hide();
        emit finished(outcome);
    });
    m_progressRow->begin(tr("Exporting to %1…").arg(QDir::toNativeSeparators(folder)));
    m_progressRow->show();
    m_job->start();
    return true;
}

bool ExportController::startAnimation(const QString& path, std::shared_ptr<const Result> result,
                                      std::shared_ptr<const Replay> replay, QString* error) {
    QString problem;
    if (isBusy()) {
        problem =
            tr("an export to %1 is still running").arg(QDir::toNativeSeparators(busyTarget()));
    } else if (!result || !replay || replay->empty()) {
        problem =
            tr("nothing to animate: the result on screen has no training replay (run "
               "the autoencoder, UMAP or t-SNE in this window)");
    } else {
        try {
            report::checkAnimationPath(path);
        } catch (const latentlab::Error& failure) {
            problem = QString::fromUtf8(failure.what());
        }
    }
    if (!problem.isEmpty()) {
        if (error) *error = problem;
        return false;
    }
    m_animation = new AnimationJob(path, std::move(result), std::move(replay), this);
    const QString name = QFileInfo(path).fileName();
    connect(m_animation, &AnimationJob::progressChanged, this, [this, name](int done, int total) {
        m_progressRow->setProgress(double(done) / std::max(1, total),
                                   tr("Writing %1: frame %2 of %3").arg(name).arg(done).arg(total));
    });
    connect(m_animation, &AnimationJob::finished, this, [this](const ExportOutcome& outcome) {
        m_animation->deleteLater();
        m_animation = nullptr;
        m_progressRow->hide();
        emit animationFinished(outcome);
    });
    m_progressRow->begin(tr("Writing %1…").arg(name));
    m_progressRow->show();
    m_animation->start();
    return true;
}

QString ExportController::busyTarget() const {
    if (m_job) return m_job->folder();
    return m_animation ? m_animation->path() : QString();
}

void ExportController::cancel() {
    if (m_job) m_job->cancel();
    if (m_animation) m_animation->cancel();
}

void ExportController::showProgress(int written, int total, const QString& file) {
    emit progressChanged(written, total, file);
    if (file.isEmpty() || total <= 0) return;
    m_progressRow->setProgress(
        double(written) / total,
        tr("Exporting %1 (%2 of %3 files done)").arg(file).arg(written).arg(total));
}

}  // namespace latentlab::gui
