#include "HistoryPanel.h"

#include "HistoryThumbnail.h"
#include "MethodRegistry.h"
#include "MethodStyle.h"
#include "MetricFormat.h"
#include "RunHistory.h"
#include "SettingsDiff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {
namespace {

enum Column { RunColumn, FinishedColumn, DataColumn, ChangesColumn, FirstMethodColumn };

/// Sorts by a number kept beside the text (NaN last), not by the text.
class SortedItem : public QTableWidgetItem {
public:
    SortedItem(const QString& text, double key) : QTableWidgetItem(text) {
        setData(Qt::UserRole + 1, std::isfinite(key) ? key : HUGE_VAL);
    }
    bool operator<(const QTableWidgetItem& other) const override {
        const QVariant mine = data(Qt::UserRole + 1), theirs = other.data(Qt::UserRole + 1);
        if (mine.isValid() && theirs.isValid()) return mine.toDouble() < theirs.toDouble();
        return QTableWidgetItem::operator<(other);
    }
};

QString finishedText(const QDateTime& finished) {
    if (!finished.isValid()) return QStringLiteral("\u2014");
    const QLocale locale;
    const QDateTime local = finished.toLocalTime();
    return local.date() == QDate::currentDate()
               ? locale.toString(local.time(), QStringLiteral("HH:mm:ss"))
               : locale.toString(local, QLocale::ShortFormat);
}

const MetricInfo* metricNamed(const QString& key) {
    for (const MetricInfo& info : metricCatalog())
        if (key == QLatin1String(info.key)) return &info;
    return nullptr;
}

}  // namespace

HistoryPanel::HistoryPanel(RunHistory* history, QWidget* parent)
    : QWidget(parent),
      m_history(history),
      m_table(new QTableWidget(this)),
      m_compare(new QPushButton(tr("&Compare"))),
      m_restore(new QPushButton(tr("Res&tore"))),
      m_pin(new QPushButton(tr("&Pin as reference"))),
      m_metric(new QComboBox),
      m_message(new QLabel),
      m_bar(new QWidget) {
    setObjectName(QStringLiteral("historyPanel"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_restore->setObjectName(QStringLiteral("historyRestore"));
    m_pin->setObjectName(QStringLiteral("historyPin"));
    m_metric->setObjectName(QStringLiteral("historyMetric"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_compare->setToolTip(tr("Select two runs to see their settings and metrics side by side"));
    m_restore->setToolTip(
        tr("Put the run's settings back in the panel (Undo takes them back) "
           "and show its result again if it is still kept"));
    m_pin->setToolTip(
        tr("Make the run the reference the metrics table compares with "
           "(\"+0.12 vs run 3\")"));
    m_metric->setToolTip(tr("The metric the method columns show"));
    // As wide as its longest metric when there is room, narrower on a laptop's window.
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metric->setMinimumWidth(140);
    for (const MetricInfo& info : metricCatalog())
        m_metric->addItem(QString::fromUtf8(info.label), QString::fromUtf8(info.key));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(0);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_compare);
    bar->addWidget(m_restore);
    bar->addWidget(m_pin);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Metric:")));
    bar->addWidget(m_metric);
    bar->addSpacing(12);
    bar->addWidget(m_message, 1);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(RunColumn, Qt::AscendingOrder);
    m_table->setIconSize(QSize(4 * (HistoryThumbnail::kSize + 3), HistoryThumbnail::kSize));
    m_table->verticalHeader()->setDefaultSectionSize(HistoryThumbnail::kSize + 4);
    m_table->setSortingEnabled(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);

    connect(m_history, &RunHistory::changed, this, &HistoryPanel::refresh);
    connect(m_history, &RunHistory::pinnedChanged, this, &HistoryPanel::refresh);
    connect(m_metric, &QComboBox::activated, this, [this] {
        m_metricChosen = true;
        refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (auto* item = m_table->item(row, RunColumn))
            emit restoreRequested(item->data(Qt::UserRole).toInt());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const std::vector<int> runs = selectedNumbers();
        if (runs.size() == 2)
            emit compareRequested(std::min(runs[0], runs[1]), std::max(runs[0], runs[1]));
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const std::vector<int> runs = selectedNumbers();
        if (runs.size() == 1) emit restoreRequested(runs.front());
    });
    connect(m_pin, &QPushButton::clicked, this, [this] {
        const std::vector<int> runs = selectedNumbers();
        if (runs.size() != 1) return;
        emit pinRequested(runs.front() == m_history->pinned() ? 0 : runs.front());
    });
    refresh();
}

void HistoryPanel::addFileActions(const QList<QAction*>& actions) {
    // One button with a menu: the bar stays narrow enough for a laptop's window.
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("historyCsvButton"));
    button->setText(tr("CSV"));
    button->setToolTip(
        tr("Open a history.csv of latentlab-cli grid or merge, or export this "
           "History as one"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    menu->addActions(actions);
    button->setMenu(menu);
    static_cast<QHBoxLayout*>(m_bar->layout())->addWidget(button);
}

void HistoryPanel::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setToolTip(text);
}

std::vector<int> HistoryPanel::selectedNumbers() const {
    std::vector<int> numbers;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows(RunColumn))
        numbers.push_back(index.data(Qt::UserRole).toInt());
    return numbers;
}

int HistoryPanel::rowOf(int number) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, RunColumn)->data(Qt::UserRole).toInt() == number) return row;
    return -1;
}

void HistoryPanel::selectRuns(const std::vector<int>& numbers) {
    m_table->clearSelection();
    for (int number : numbers) {
        const int row = rowOf(number);
        if (row < 0) continue;
        m_table->selectionModel()->select(m_table->model()->index(row, RunColumn),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

int HistoryPanel::columnOf(const std::string& method) const {
    const auto at = std::find(m_methods.begin(), m_methods.end(), method);
    return at == m_methods.end() ? -1 : FirstMethodColumn + int(at - m_methods.begin());
}

void HistoryPanel::chooseDefaultMetric() {
    if (m_metricChosen) return;
    // ARI when the runs have true labels to compare with, else the latent silhouette.
    const auto anyValue = [this](const MetricInfo& info) {
        for (const HistoryEntry& entry : m_history->entries())
            for (const MethodMetrics& metrics : entry.metrics)
                if (std::isfinite(metrics.*info.member)) return true;
        return false;
    };
    const MetricInfo* ari = metricNamed(QStringLiteral("ari"));
    const QString key =
        ari && anyValue(*ari) ? QStringLiteral("ari") : QStringLiteral("silhouette_latent");
    m_metric->setCurrentIndex(m_metric->findData(key));
}

void HistoryPanel::refresh() {
    chooseDefaultMetric();
    const std::vector<int> selected = selectedNumbers();
    m_methods.clear();
    for (const MethodInfo& info : methodCatalog()) {
        for (const HistoryEntry& entry : m_history->entries())
            if (entry.metricsOf(info.name)) {
                m_methods.push_back(info.name);
                break;
            }
    }
    const MetricInfo* metric = metricNamed(m_metric->currentData().toString());
    const int timeColumn = FirstMethodColumn + int(m_methods.size());
    const int scattersColumn = timeColumn + 1;
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(scattersColumn + 1);
    QStringList headers{tr("Run"), tr("Finished"), tr("Data"), tr("Changes")};
    for (const std::string& method : m_methods) headers << MethodStyle::shortName(method);
    headers << tr("Time (s)") << tr("Scatters");
    m_table->setHorizontalHeaderLabels(headers);
    for (std::size_t m = 0; m < m_methods.size(); ++m)
        m_table->horizontalHeaderItem(FirstMethodColumn + int(m))
            ->setToolTip(
                tr("%1: %2").arg(MethodStyle::name(m_methods[m]), m_metric->currentText()));

    const auto& entries = m_history->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const HistoryEntry& entry = entries[std::size_t(row)];
        const bool pinned = entry.number == m_history->pinned();
        auto* run = new SortedItem(entry.name() + (pinned ? QStringLiteral(" \u2605") : QString()),
                                   entry.number);
        run->setData(Qt::UserRole, entry.number);
        QString tip =
            pinned ? tr("%1: the reference the metrics table compares with").arg(entry.name())
                   : entry.name();
        if (!entry.result)
            tip += QLatin1Char('\n') +
                   (entry.dropped ? tr("Embeddings dropped to save memory: Restore puts the "
                                       "settings back, F5 reruns them")
                                  : tr("No embeddings here: Restore puts the settings back, F5 "
                                       "runs them"));
        run->setToolTip(tip);
        QFont font = m_table->font();
        font.setBold(pinned);
        font.setItalic(!entry.result);
        run->setFont(font);
        m_table->setItem(row, RunColumn, run);
        m_table->setItem(
            row, FinishedColumn,
            new SortedItem(
                finishedText(entry.finished),
                entry.finished.isValid() ? double(entry.finished.toMSecsSinceEpoch()) : NAN));
        auto* data = new QTableWidgetItem(entry.source.isEmpty() ? entry.data : entry.source);
        data->setToolTip(entry.source.isEmpty() ? entry.data
                                                : entry.source + QLatin1Char('\n') + entry.data);
        m_table->setItem(row, DataColumn, data);
        const HistoryEntry* before = m_history->previous(entry.number);
        const QString changes =
            before ? settingsDiffText(before->config, entry.config) : tr("first run");
        auto* changed = new QTableWidgetItem(changes);
        changed->setToolTip(QString(changes).replace(QStringLiteral("; "), QStringLiteral("\n")));
        m_table->setItem(row, ChangesColumn, changed);
        for (std::size_t m = 0; m < m_methods.size(); ++m) {
            const MethodMetrics* metrics = entry.metricsOf(m_methods[m]);
            const double value = metrics && metric ? metrics->*metric->member : NAN;
            auto* cell = new SortedItem(metrics && metric ? MetricFormat::cell(*metric, *metrics)
                                                          : QStringLiteral("\u2014"),
                                        value);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, FirstMethodColumn + int(m), cell);
        }
        auto* seconds = new SortedItem(MetricFormat::seconds(entry.seconds), entry.seconds);
        seconds->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, timeColumn, seconds);
        auto* scatters = new QTableWidgetItem;
        scatters->setData(Qt::DecorationRole, HistoryThumbnail::strip(entry.thumbnails));
        scatters->setToolTip(entry.thumbnails.empty()
                                 ? tr("No scatters: the run came from a file")
                                 : tr("The run's latent spaces, coloured as the scatters"));
        m_table->setItem(row, scattersColumn, scatters);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    // Long lists of changes stay readable in their tooltip; the column keeps a sane width.
    m_table->setColumnWidth(ChangesColumn, std::min(m_table->columnWidth(ChangesColumn), 460));
    m_table->setColumnWidth(DataColumn, std::min(m_table->columnWidth(DataColumn), 220));
    selectRuns(selected);
    updateButtons();
}

void HistoryPanel::updateButtons() {
    const std::vector<int> runs = selectedNumbers();
    m_compare->setEnabled(runs.size() == 2);
    m_restore->setEnabled(runs.size() == 1);
    m_pin->setEnabled(runs.size() == 1);
    const bool unpin = runs.size() == 1 && runs.front() == m_history->pinned();
    m_pin->setText(unpin ? tr("Un&pin") : tr("&Pin as reference"));
}

}  // namespace latentlab::gui
