// Saves what the window shows: each registered view as PNG (2x) and SVG or to the
// clipboard from its context menu, and "Export all" into a folder: the CLI's run files
// (same code, io::RunFolder) plus every chart, named for what it shows. Export all runs as an
// ExportJob (files written on a worker thread) with a progress row and Cancel; so does
// File → Export animation… (an AnimationJob). One export at a time.
#pragma once

#include "ExportJob.h"
#include "ProgressRow.h"
#include "Replay.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace latentlab::gui {

class AnimationJob;
class ClustersTab;
class DataTab;
class LatentSpacesTab;
class MetricsTableView;

class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QWidget* window);

    /// Registers a chart under a file base name ("pca_scatter") and gives it a context menu
    /// with Save PNG…, Save SVG… and Copy. `include`, if given, says whether Export all writes the
    /// view (e.g. only once an analysis has been run).
    void addView(QWidget* view, const QString& baseName, std::function<bool()> include = {});
    /// A view and the file base name it is exported under.
    struct NamedView {
        QWidget* view;
        QString baseName;
    };
    /// Registers views that come and go with the run's methods (one scatter per method):
    /// `views()` lists them in order whenever Export all starts or names its charts; call
    /// refreshMenus() when new ones appear, so they get their context menus too.
    void addViews(std::function<std::vector<NamedView>()> views);
    void refreshMenus();
    /// Export all also calls `writer(folder)`, which writes its files and returns their names.
    void addFileWriter(std::function<QStringList(const QString&)> writer) {
        m_fileWriters.push_back(std::move(writer));
    }
    void setMetricsTable(MetricsTableView* table) { m_metricsTable = table; }
    /// Registers every chart of the window's tabs under the names Export all uses.
    void addWindowCharts(LatentSpacesTab* latent, ClustersTab* clusters, DataTab* data);

    /// Starts Export all of `result` into `folder`: the run files, every chart, the metrics
    /// table and the file writers' files; finished() says how it went. `resultShown` tells
    /// whether the window still shows `result`, `runBegun` whether a run has started since
    /// (checked before each chart is drawn); `replay`, the result's training replay, adds
    /// animation.gif. False, with `error`, while another export runs.
    bool start(const QString& folder, std::shared_ptr<const Result> result,
               std::function<bool()> resultShown, std::function<bool()> runBegun,
               QString* error = nullptr, std::shared_ptr<const Replay> replay = nullptr);
    /// Starts File → Export animation… of `replay` (coloured as `result`'s scatters) into
    /// `path`, .gif or .mp4; animationFinished() says how it went. False, with `error`, if
    /// the path cannot take it or another export runs.
    bool startAnimation(const QString& path, std::shared_ptr<const Result> result,
                        std::shared_ptr<const Replay> replay, QString* error = nullptr);
    /// Stops the running export after the file being written (an animation: its next frame).
    void cancel();
    bool isBusy() const { return m_job != nullptr || m_animation != nullptr; }
    /// The folder or file the running export writes (empty when idle).
    QString busyTarget() const;
    /// The running export (null when idle).
    ExportJob* job() const { return m_job; }
    /// The status bar's row: the file being written, a progress bar and Cancel; shown only
    /// while an export runs.
    ProgressRow* progressRow() const { return m_progressRow; }
    /// The base names of the registered charts, in registration order.
    QStringList chartNames() const;

signals:
    void progressChanged(int written, int total, const QString& file);
    void finished(const latentlab::gui::ExportOutcome& outcome);
    /// An animation export ended; `outcome.folder` is the file's path.
    void animationFinished(const latentlab::gui::ExportOutcome& outcome);

private:
    struct Chart {
        QPointer<QWidget> view;
        QString baseName;
        std::function<bool()> include;
        std::function<std::vector<NamedView>()> group;  ///< set: a group of views, no view
    };
    /// Every chart as of now, groups expanded, in registration order.
    std::vector<Chart> expanded() const;
    void addMenu(QWidget* view, const QString& baseName);
    void saveChartAs(const Chart& chart, const QString& format);
    void showProgress(int written, int total, const QString& file);

    QWidget* m_window;
    std::vector<Chart> m_charts;
    MetricsTableView* m_metricsTable = nullptr;
    std::vector<std::function<QStringList(const QString&)>> m_fileWriters;
    ExportJob* m_job = nullptr;
    AnimationJob* m_animation = nullptr;
    ProgressRow* m_progressRow;
};

}  // namespace latentlab::gui
