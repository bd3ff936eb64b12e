#include "SelectionPanel.h"

#include "MethodStyle.h"
#include "NumberFormat.h"
#include "RowSelection.h"
#include "SelectionSummary.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace latentlab::gui {
namespace {

using report::NumberFormat;

QTableWidget* makeTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 4);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

/// Replaces the rows of `table`: a name, then right-aligned numbers.
void fill(QTableWidget* table, const std::vector<QStringList>& rows) {
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < int(rows[std::size_t(r)].size()); ++c) {
            auto* item = new QTableWidgetItem(rows[std::size_t(r)][c]);
            if (c > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
}

/// As tall as its rows, up to `most` of them (then it scrolls): the feature table below gets
/// the room that is left.
void fitHeight(QTableWidget* table, int most) {
    // The rows' own heights: the style may make them taller than the default section.
    const int rows = std::clamp(table->rowCount(), 1, most);
    int body = 0;
    for (int r = 0; r < rows; ++r)
        body += r < table->rowCount()
                    ? std::max(table->rowHeight(r), table->verticalHeader()->sectionSizeHint(r))
                    : table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + body +
                          2 * table->frameWidth() + 2);
    // The group box around it must be laid out anew too: left to itself, it kept the height
    // of the table's first fill (two of iris's three label rows shown, the third clipped).
    for (QWidget* up = table->parentWidget(); up; up = up->parentWidget()) {
        if (up->layout()) up->layout()->invalidate();
        if (up->inherits("QScrollArea")) break;
    }
}

std::vector<QStringList> countRows(const std::vector<GroupCount>& counts,
                                   const std::function<QString(int)>& name) {
    std::vector<QStringList> rows;
    for (int g = 0; g < int(counts.size()); ++g)
        if (counts[std::size_t(g)].total > 0)
            rows.push_back({name(g), NumberFormat::count(counts[std::size_t(g)].selected),
                            NumberFormat::count(counts[std::size_t(g)].total)});
    return rows;
}

}  // namespace

SelectionPanel::SelectionPanel(RowSelection* selection, QWidget* parent)
    : QWidget(parent),
      m_selection(selection),
      m_caption(new QLabel),
      m_labelBox(new QGroupBox(tr("True labels"))),
      m_labels(makeTable({tr("Label"), tr("Selected"), tr("Total")})),
      m_method(new QComboBox),
      m_clusters(makeTable({tr("Cluster"), tr("Selected"), tr("Total")})),
      m_featureBox(new QGroupBox),
      m_features(makeTable({tr("Feature"), tr("Selection"), tr("Rest")})),
      m_export(new QPushButton(tr("E&xport selection…"))),
      m_saveLabels(new QPushButton(tr("Save as label colum&n…"))),
      m_savedNote(new QLabel),
      m_useAsTruth(new QPushButton(tr("&Use as truth in the next run"))) {
    m_caption->setObjectName(QStringLiteral("selectionCaption"));
    m_caption->setWordWrap(true);
    m_labels->setObjectName(QStringLiteral("selectionLabels"));
    m_clusters->setObjectName(QStringLiteral("selectionClusters"));
    m_features->setObjectName(QStringLiteral("selectionFeatures"));
    m_method->setObjectName(QStringLiteral("selectionClusterMethod"));
    m_method->setToolTip(tr("The method whose clusters are counted"));
    m_export->setObjectName(QStringLiteral("exportSelection"));
    m_export->setToolTip(
        tr("Write the selected rows to a CSV file: row, name, true label, "
           "each method's cluster and coordinates"));
    m_saveLabels->setObjectName(QStringLiteral("saveSelectionLabels"));
    m_saveLabels->setToolTip(
        tr("Write a labels file marking every row \"selected\" or "
           "\"not\", which a run can read as its true labels"));
    m_useAsTruth->setObjectName(QStringLiteral("useSelectionAsTruth"));
    m_useAsTruth->setToolTip(
        tr("Set the Data panel's labels file to the saved file, so the "
           "next run (F5) measures ARI and NMI against the selection"));
    m_savedNote->setWordWrap(true);
    m_features->setMinimumHeight(m_features->horizontalHeader()->sizeHint().height() +
                                 4 * m_features->verticalHeader()->defaultSectionSize());

    auto* labels = new QVBoxLayout(m_labelBox);
    labels->addWidget(m_labels);
    auto* clusterBox = new QGroupBox(tr("Clusters"));
    auto* clusters = new QVBoxLayout(clusterBox);
    clusters->addWidget(m_method);
    clusters->addWidget(m_clusters);
    auto* features = new QVBoxLayout(m_featureBox);
    features->addWidget(m_features);
    // One above the other: side by side they would widen the dock at a large font.
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_saveLabels);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_labelBox);
    layout->addWidget(clusterBox);
    layout->addWidget(m_featureBox, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_savedNote);
    layout->addWidget(m_useAsTruth);
    m_savedNote->hide();
    m_useAsTruth->hide();

    connect(m_selection, &RowSelection::changed, this, &SelectionPanel::refreshSoon);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SelectionPanel::fillClusters);
    connect(m_export, &QPushButton::clicked, this, &SelectionPanel::chooseExportFile);
    connect(m_saveLabels, &QPushButton::clicked, this, &SelectionPanel::chooseLabelsFile);
    connect(m_useAsTruth, &QPushButton::clicked, this, [this] {
        emit useAsTruthRequested(m_savedPath);
        m_savedNote->setText(tr("The next run (F5) reads its true labels from %1.")
                                 .arg(QFileInfo(m_savedPath).fileName()));
        m_useAsTruth->hide();
    });
    refresh();
}

void SelectionPanel::setResult(std::shared_ptr<const Result> result) {
    if (result == m_result) return;
    m_result = std::move(result);
    m_savedNote->hide();  // an offer for the previous result's rows
    m_useAsTruth->hide();
    const QString method = m_method->currentData().toString();
    {
        const QSignalBlocker block(m_method);
        m_method->clear();
        if (m_result)
            for (const SpaceResult& space : m_result->spaces)
                m_method->addItem(MethodStyle::name(space.method),
                                  QString::fromStdString(space.method));
        m_method->setCurrentIndex(std::max(0, m_method->findData(method)));
    }
    m_stale = true;
    refreshSoon();
}

bool SelectionPanel::hasSelection() const {
    return m_result && !m_selection->isEmpty() && m_selection->rowCount() == m_result->data.rows();
}

QString SelectionPanel::caption() const { return m_caption->text(); }

void SelectionPanel::refreshSoon() {
    m_stale = true;
    if (m_refreshQueued || !isVisible()) return;
    m_refreshQueued = true;
    // A lasso changes the selection once, the table may change it row by row: one update.
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_stale) refresh();
    });
}

void SelectionPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) refresh();
}

void SelectionPanel::refresh() {
    m_stale = false;
    const bool selected = hasSelection();
    if (selected)
        m_caption->setText(tr("%1 of %2 rows selected")
                               .arg(NumberFormat::count(m_selection->count()),
                                    NumberFormat::count(m_result->data.rows())));
    else if (!m_result)
        m_caption->setText(tr("Nothing to select yet: run first."));
    else
        m_caption->setText(
            tr("No rows selected. Select (Lasso or Box) in a scatter, or rows in "
               "the Data tab's table."));
    m_export->setEnabled(selected);
    m_saveLabels->setEnabled(selected);
    const Dataset* data = m_result ? &m_result->data : nullptr;
    m_labelBox->setVisible(data && data->hasLabels());
    if (data && data->hasLabels() && selected)
        fill(m_labels,
             countRows(countGroups(m_selection->mask(), data->labels, data->classes()),
                       [data](int g) {
                           return QString::fromStdString(data->labelNames[std::size_t(g)]);
                       }));
    else
        m_labels->setRowCount(0);
    fitHeight(m_labels, kMostGroupRows);
    fillClusters();
    fillFeatures();
}

void SelectionPanel::fillClusters() {
    const int index = m_method->currentIndex();
    if (!hasSelection() || index < 0 || index >= int(m_result->spaces.size())) {
        m_clusters->setRowCount(0);
        fitHeight(m_clusters, kMostGroupRows);
        return;
    }
    const std::vector<int>& clusters = m_result->spaces[std::size_t(index)].clustering.labels;
    const int count =
        clusters.empty() ? 0 : *std::max_element(clusters.begin(), clusters.end()) + 1;
    fill(m_clusters, countRows(countGroups(m_selection->mask(), clusters, count),
                               [](int g) { return tr("cluster %1").arg(g); }));
    fitHeight(m_clusters, kMostGroupRows);
}

void SelectionPanel::fillFeatures() {
    const bool genes = m_result && m_result->data.expression;
    m_featureBox->setTitle(genes ? tr("Top genes (by Welch's t)")
                                 : tr("Features (by mean difference)"));
    m_features->horizontalHeaderItem(0)->setText(genes ? tr("Gene") : tr("Feature"));
    m_featureBox->setToolTip(
        genes ? tr("Mean expression in the selection and in the rest, the genes with the "
                   "largest |t| (Welch's t test) first")
              : tr("Mean of each column in the selection and in the rest (raw values, before "
                   "scaling), the largest difference first"));
    if (!hasSelection()) {
        m_features->setRowCount(0);
        return;
    }
    const Dataset& data = m_result->data;
    const std::vector<FeatureContrast> contrasts =
        contrastFeatures(data.features, m_selection->mask(),
                         genes ? FeatureRanking::WelchT : FeatureRanking::Difference);
    std::vector<QStringList> rows;
    for (const FeatureContrast& c : contrasts) {
        if (int(rows.size()) == kTopFeatures) break;
        rows.push_back({QString::fromStdString(data.columnNames[std::size_t(c.feature)]),
                        NumberFormat::data(c.meanSelected), NumberFormat::data(c.meanRest)});
    }
    fill(m_features, rows);
    for (int r = 0; r < int(rows.size()); ++r)
        m_features->item(r, 0)->setToolTip(
            tr("difference %1, Welch's t %2")
                .arg(NumberFormat::data(contrasts[std::size_t(r)].difference),
                     NumberFormat::metric(contrasts[std::size_t(r)].tScore)));
}

}  // namespace latentlab::gui
