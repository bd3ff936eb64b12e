// Saves what the window shows: each registered view as PNG (2x) and SVG or to the
// clipboard from its context menu, and "Export all" into a folder: the CLI's run files
// (same code, io::RunFolder) plus every chart, named for what it shows.
#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QWidget;

namespace latentlab::gui {

class ClustersTab;
class DataTab;
class LatentSpacesTab;
class MetricsTableView;

class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QWidget* window);

    /// Registers a chart under a file base name ("pca_scatter") and gives it a context menu
    /// with Save PNG…, Save SVG… and Copy. `svg` false for views that are raster only (3-D).
    /// `include`, if given, says whether Export all writes the view (e.g. only once an
    /// analysis has been run).
    void addView(QWidget* view, const QString& baseName, bool svg = true,
                 std::function<bool()> include = {});
    /// Export all also calls `writer(folder)`, which writes its files and returns their names.
    void addFileWriter(std::function<QStringList(const QString&)> writer) {
        m_fileWriters.push_back(std::move(writer));
    }
    void setMetricsTable(MetricsTableView* table) { m_metricsTable = table; }
    /// Registers every chart of the window's tabs under the names Export all uses.
    void addWindowCharts(LatentSpacesTab* latent, ClustersTab* clusters, DataTab* data);

    /// Writes the run files and every chart into `folder`; returns the file names written.
    /// Throws latentlab::Error (io::WriteError) with a message naming the file on failure.
    QStringList exportAll(const QString& folder, const Result& result) const;
    /// The base names of the registered charts, in registration order.
    QStringList chartNames() const;

private:
    struct Chart {
        QPointer<QWidget> view;
        QString baseName;
        bool svg;
        std::function<bool()> include;
    };
    void saveChartAs(const Chart& chart, const QString& format);

    QWidget* m_window;
    std::vector<Chart> m_charts;
    MetricsTableView* m_metricsTable = nullptr;
    std::vector<std::function<QStringList(const QString&)>> m_fileWriters;
};

}  // namespace latentlab::gui
