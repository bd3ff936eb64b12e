#include "DataTab.h"

#include "ColumnSummary.h"
#include "DatasetTableModel.h"
#include "GenesView.h"
#include "NumberFormat.h"
#include "Scatter3DView.h"
#include "TableSelectionLink.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <iterator>

namespace latentlab::gui {
namespace {

const char* const kStatistics[] = {
    QT_TRANSLATE_NOOP("DataTab", "count"), QT_TRANSLATE_NOOP("DataTab", "mean"),
    QT_TRANSLATE_NOOP("DataTab", "std"),   QT_TRANSLATE_NOOP("DataTab", "min"),
    QT_TRANSLATE_NOOP("DataTab", "25%"),   QT_TRANSLATE_NOOP("DataTab", "50%"),
    QT_TRANSLATE_NOOP("DataTab", "75%"),   QT_TRANSLATE_NOOP("DataTab", "max")};

/// The same table (a run's result carries a copy of the data it reported when it started).
bool sameTable(const Dataset* shown, const Dataset& other) {
    if (shown == &other) return true;  // 50,000 cells x 2,000 genes compare in ~100 ms
    return shown && shown->features.rows() == other.features.rows() &&
           shown->features.cols() == other.features.cols() && shown->labels == other.labels &&
           shown->columnNames == other.columnNames && shown->labelNames == other.labelNames &&
           shown->rowNames == other.rowNames && shown->features == other.features;
}

}  // namespace

DataTab::DataTab(QWidget* parent)
    : QWidget(parent),
      m_model(new DatasetTableModel(this)),
      m_table(new QTableView),
      m_summary(new QTableWidget),
      m_scatter3d(new Scatter3DView),
      m_genes(new GenesView),
      m_views(new QTabWidget),
      m_caption(new QLabel) {
    m_table->setModel(m_model);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // O(1) at 1 M rows
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setToolTip(tr("Every row of the data as read or generated, before scaling"));
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read-only tables: arrows move between cells, Tab leaves for the next control.
    m_table->setTabKeyNavigation(false);
    m_summary->setTabKeyNavigation(false);
    m_summary->setToolTip(
        tr("Per-column statistics of the raw data, as pandas' describe(): "
           "std is the sample standard deviation; quartiles interpolate"));

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    // Expression data opens on its genes; a table on the 3-D view of three columns.
    m_genes->setObjectName(QStringLiteral("genesView"));
    m_views->setObjectName(QStringLiteral("dataViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_scatter3d, tr("3-D &scatter"));
    m_views->addTab(m_genes, tr("&Genes"));
    m_views->setTabToolTip(1, tr("Mean expression against normalised dispersion of every "
                                 "kept gene, the selected genes highlighted"));
    split->addWidget(m_views);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);
}

void DataTab::setDataset(std::shared_ptr<const Dataset> data) {
    // Nothing to redo for the same table: at a million rows the statistics and the 3-D view
    // take most of a second.
    if (data && sameTable(m_model->dataset(), *data)) return;
    m_model->setDataset(data);
    m_scatter3d->setDataset(data);
    m_genes->setSummary(data ? data->expression : nullptr);
    m_views->setTabEnabled(m_views->indexOf(m_genes), data && data->expression);
    m_views->setCurrentWidget(data && data->expression ? static_cast<QWidget*>(m_genes)
                                                       : m_scatter3d);
    if (data) {
        using report::NumberFormat;
        const bool cells = data->expression != nullptr;
        m_caption->setText(
            (cells ? tr("%1 cells × %2 selected genes%3") : tr("%1 rows × %2 columns%3"))
                .arg(NumberFormat::count(data->rows()), NumberFormat::count(data->columns()),
                     data->hasLabels()
                         ? tr(", %1 classes").arg(NumberFormat::count(data->classes()))
                         : tr(", no labels")));
    } else {
        m_caption->clear();
    }
    startSummary(std::move(data));
}

const Dataset* DataTab::dataset() const { return m_model->dataset(); }

bool DataTab::summaryReady() const { return m_summaryReady; }

void DataTab::setSelection(RowSelection* selection) {
    new TableSelectionLink(m_table, selection, this);
    m_scatter3d->setSelection(selection);
    m_table->setToolTip(m_table->toolTip() +
                        tr("; select rows to select their points in every scatter"));
}

void DataTab::startSummary(std::shared_ptr<const Dataset> data) {
    const int job = ++m_summaryJob;
    m_summaryReady = false;
    m_summary->clear();
    m_summary->setColumnCount(int(std::size(kStatistics)));
    for (int k = 0; k < int(std::size(kStatistics)); ++k)
        m_summary->setHorizontalHeaderItem(k, new QTableWidgetItem(tr(kStatistics[k])));
    m_summary->setRowCount(data ? data->columns() : 0);
    if (!data) return;
    for (int c = 0; c < data->columns(); ++c)
        m_summary->setVerticalHeaderItem(
            c, new QTableWidgetItem(QString::fromStdString(data->columnNames[std::size_t(c)])));
    // Quartiles sort every column: most of a second at a million rows, so off the GUI thread.
    auto* watcher = new QFutureWatcher<std::vector<ColumnSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job == m_summaryJob) fillSummary(watcher->result());  // else superseded
    });
    watcher->setFuture(QtConcurrent::run([data] { return describeColumns(data->features); }));
}

void DataTab::fillSummary(const std::vector<ColumnSummary>& summaries) {
    for (int c = 0; c < int(summaries.size()); ++c) {
        const ColumnSummary& s = summaries[std::size_t(c)];
        const double values[] = {double(s.count), s.mean,   s.sd,  s.min,
                                 s.q25,           s.median, s.q75, s.max};
        for (int k = 0; k < int(std::size(values)); ++k) {
            // The count is a count; the statistics are written like the data cells.
            auto* item = new QTableWidgetItem(k == 0 ? report::NumberFormat::count(s.count)
                                                     : report::NumberFormat::data(values[k]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(c, k, item);
        }
    }
    m_summary->resizeColumnsToContents();
    m_summaryReady = true;
    emit summaryReadyChanged();
}

}  // namespace latentlab::gui
