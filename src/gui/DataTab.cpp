#include "DataTab.h"

#include "ColumnSummary.h"
#include "DatasetTableModel.h"
#include "Scatter3DView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace latentlab::gui {

DataTab::DataTab(QWidget* parent)
    : QWidget(parent),
      m_model(new DatasetTableModel(this)),
      m_table(new QTableView),
      m_summary(new QTableWidget),
      m_scatter3d(new Scatter3DView),
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
    split->addWidget(m_scatter3d);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);
}

void DataTab::setDataset(std::shared_ptr<const Dataset> data) {
    if (data && m_model->dataset() == data.get()) return;
    m_model->setDataset(data);
    m_scatter3d->setDataset(data);
    if (data) {
        const QLocale locale;
        m_caption->setText(tr("%1 rows × %2 columns%3")
                               .arg(locale.toString(data->rows()), locale.toString(data->columns()),
                                    data->hasLabels() ? tr(", %1 classes").arg(data->classes())
                                                      : tr(", no labels")));
    } else {
        m_caption->clear();
    }
    fillSummary();
}

const Dataset* DataTab::dataset() const { return m_model->dataset(); }

void DataTab::fillSummary() {
    const Dataset* data = m_model->dataset();
    m_summary->clear();
    const QStringList statistics{tr("count"), tr("mean"), tr("std"), tr("min"),
                                 tr("25%"),   tr("50%"),  tr("75%"), tr("max")};
    m_summary->setColumnCount(statistics.size());
    m_summary->setHorizontalHeaderLabels(statistics);
    m_summary->setRowCount(data ? data->columns() : 0);
    if (!data) return;
    const std::vector<ColumnSummary> summaries = describeColumns(data->features);
    for (int c = 0; c < data->columns(); ++c) {
        const ColumnSummary& s = summaries[std::size_t(c)];
        m_summary->setVerticalHeaderItem(
            c, new QTableWidgetItem(QString::fromStdString(data->columnNames[std::size_t(c)])));
        const double values[] = {double(s.count), s.mean,   s.sd,  s.min,
                                 s.q25,           s.median, s.q75, s.max};
        for (int k = 0; k < statistics.size(); ++k) {
            auto* item = new QTableWidgetItem(QString::number(values[k], 'g', 6));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(c, k, item);
        }
    }
    m_summary->resizeColumnsToContents();
}

}  // namespace latentlab::gui
