#include "DataPanel.h"

#include "DatasetLoader.h"
#include "ExpressionForm.h"
#include "ExpressionLoader.h"
#include "TableNames.h"
#include "ui_DataPanel.h"

#include "FileDialogs.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalBlocker>
#include <algorithm>

namespace latentlab::gui {
namespace {

// Indices of the label combo's two fixed entries; the file's names follow them.
constexpr int kAutomaticLabel = 0;
constexpr int kNoLabel = 1;

int missingIndex(MissingPolicy policy) {
    switch (policy) {
        case MissingPolicy::Error:
            return 0;
        case MissingPolicy::DropRows:
            return 1;
        case MissingPolicy::ImputeMean:
            return 2;
    }
    return 0;
}

// Source combo entries, in the form's order.
constexpr int kBlobsSource = 0;
constexpr int kFileSource = 1;
constexpr int kCountsSource = 2;

int sourceIndex(DataSource source) {
    switch (source) {
        case DataSource::Blobs:
            return kBlobsSource;
        case DataSource::Csv:
            return kFileSource;
        case DataSource::Counts:
            return kCountsSource;
    }
    return kBlobsSource;
}

QStringList toQStrings(const std::vector<std::string>& texts) {
    QStringList list;
    list.reserve(qsizetype(texts.size()));
    for (const std::string& text : texts) list << QString::fromStdString(text);
    return list;
}

}  // namespace

DataPanel::DataPanel(QWidget* parent)
    : ConfigPanel(parent),
      m_ui(std::make_unique<Ui::DataPanel>()),
      m_expression(new ExpressionForm),
      m_clip(new QDoubleSpinBox) {
    m_ui->setupUi(this);
    m_expression->setObjectName(QStringLiteral("expressionForm"));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->scalingForm), m_expression);
    connect(m_expression, &ExpressionForm::changed, this, &ConfigPanel::changed);
    m_clip->setObjectName(QStringLiteral("clip"));
    m_clip->setRange(0.0, 1e6);
    m_clip->setDecimals(1);
    m_clip->setSpecialValueText(tr("off"));
    m_clip->setToolTip(
        tr("After scaling, clip every value to [-clip, clip], as scanpy's "
           "pp.scale(max_value=10) (data.clip)"));
    m_ui->scalingFormLayout->addRow(tr("Cli&p at ±"), m_clip);
    connect(m_clip, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::changed);
    using Scale = SliderSpinBox::Scale;
    m_ui->samples->setRange(100, 1'000'000, Scale::Logarithmic);
    m_ui->samples->setDecimals(0);
    m_ui->features->setRange(2, 100);
    m_ui->features->setDecimals(0);
    m_ui->centers->setRange(1, 20);
    m_ui->centers->setDecimals(0);
    m_ui->clusterStd->setRange(0.1, 10.0);
    m_ui->clusterStd->setDecimals(2);
    m_ui->noiseColumns->setRange(0, 20);
    m_ui->noiseColumns->setDecimals(0);
    for (SliderSpinBox* box :
         {m_ui->samples, m_ui->features, m_ui->centers, m_ui->clusterStd, m_ui->noiseColumns}) {
        box->setToolTipText(box->toolTip());
        connect(box, &SliderSpinBox::valueChanged, this, &ConfigPanel::changed);
    }
    connect(m_ui->seed, &QSpinBox::valueChanged, this, &ConfigPanel::changed);
    connect(m_ui->scaling, &QComboBox::currentIndexChanged, this, &ConfigPanel::changed);
    connect(m_ui->source, &QComboBox::currentIndexChanged, this, [this] {
        updateSourceRows();
        emit changed();
    });
    connect(m_ui->browse, &QPushButton::clicked, this, &DataPanel::chooseFile);
    connect(m_ui->path, &QLineEdit::editingFinished, this, [this] {
        showImportSummary(QString());
        fillColumnCandidates();
        updateSourceRows();
        emit changed();
    });
    // A column name in a combo of 5000 genes must not widen the settings dock.
    m_ui->labelColumn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->labelColumn->setMinimumContentsLength(12);
    m_ui->labelColumn->addItems({tr("(automatic)"), tr("(none)")});
    m_ui->labelColumn->setItemData(kAutomaticLabel, tr("A column named label or class, if any"),
                                   Qt::ToolTipRole);
    m_ui->labelColumn->setItemData(kNoLabel, tr("The table has no labels"), Qt::ToolTipRole);
    connect(m_ui->labelColumn, &QComboBox::currentTextChanged, this, &ConfigPanel::changed);
    connect(m_ui->ignoreColumns, &NameListEdit::namesChanged, this, &ConfigPanel::changed);
    for (QCheckBox* box : {m_ui->rowNames, m_ui->transpose}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            fillColumnCandidates();  // the names come from the header or the first column
            emit changed();
        });
    }
    connect(m_ui->log1p, &QCheckBox::toggled, this, &ConfigPanel::changed);
    connect(m_ui->uniqueNames, &QCheckBox::toggled, this, &ConfigPanel::changed);
    connect(m_ui->missing, &QComboBox::currentIndexChanged, this, &ConfigPanel::changed);
    m_ui->importSummary->setForegroundRole(QPalette::PlaceholderText);
    m_ui->importSummary->hide();
    updateSourceRows();
}

DataPanel::~DataPanel() = default;

void DataPanel::showConfig(const Config& config) {
    const QSignalBlocker block(this);
    const DataConfig& data = config.data;
    m_ui->source->setCurrentIndex(sourceIndex(data.source));
    m_expression->showConfig(data);
    {
        const QSignalBlocker blockClip(m_clip);
        m_clip->setValue(data.clip);
    }
    m_ui->samples->setValue(data.samples);
    m_ui->features->setValue(data.features);
    m_ui->centers->setValue(data.centers);
    m_ui->clusterStd->setValue(data.clusterStd);
    m_ui->noiseColumns->setValue(data.noiseColumns);
    {
        const QSignalBlocker blockSeed(m_ui->seed);
        m_ui->seed->setValue(int(data.seed));
    }
    {
        const QSignalBlocker blockScaling(m_ui->scaling);
        m_ui->scaling->setCurrentText(QString::fromLatin1(toString(data.scaling)));
    }
    {
        const QSignalBlocker blockPath(m_ui->path);
        const QSignalBlocker blockRowNames(m_ui->rowNames);
        const QSignalBlocker blockTranspose(m_ui->transpose);
        const QSignalBlocker blockLog(m_ui->log1p);
        const QSignalBlocker blockUnique(m_ui->uniqueNames);
        const QSignalBlocker blockMissing(m_ui->missing);
        const QSignalBlocker blockIgnore(m_ui->ignoreColumns);
        const QString path = QString::fromStdString(data.path);
        if (path != m_ui->path->text()) showImportSummary(QString());
        m_ui->path->setText(path);
        m_ui->rowNames->setChecked(data.rowNames);
        m_ui->transpose->setChecked(data.transpose);
        m_ui->log1p->setChecked(data.log1p);
        m_ui->uniqueNames->setChecked(data.uniqueNames);
        m_ui->missing->setCurrentIndex(missingIndex(data.missing));
        m_ui->ignoreColumns->setNames(toQStrings(data.ignoreColumns));
    }
    {
        const QSignalBlocker blockLabel(m_ui->labelColumn);
        fillColumnCandidates();
        selectLabelColumn(QString::fromStdString(data.labelColumn));
    }
    updateSourceRows();
}

void DataPanel::applyTo(Config& config) const {
    DataConfig& data = config.data;
    constexpr DataSource sources[] = {DataSource::Blobs, DataSource::Csv, DataSource::Counts};
    data.source = sources[std::clamp(m_ui->source->currentIndex(), 0, 2)];
    m_expression->applyTo(data);
    data.clip = m_clip->value();
    data.samples = m_ui->samples->intValue();
    data.features = m_ui->features->intValue();
    data.centers = m_ui->centers->intValue();
    data.clusterStd = m_ui->clusterStd->value();
    data.noiseColumns = m_ui->noiseColumns->intValue();
    data.seed = std::uint64_t(m_ui->seed->value());
    parse(m_ui->scaling->currentText().toStdString(), data.scaling);
    data.path = m_ui->path->text().toStdString();
    data.labelColumn = labelColumnOption().toStdString();
    data.ignoreColumns.clear();
    for (const QString& name : m_ui->ignoreColumns->names())
        data.ignoreColumns.push_back(name.toStdString());
    data.rowNames = m_ui->rowNames->isChecked();
    data.transpose = m_ui->transpose->isChecked();
    data.log1p = m_ui->log1p->isChecked();
    data.uniqueNames = m_ui->uniqueNames->isChecked();
    constexpr MissingPolicy policies[] = {MissingPolicy::Error, MissingPolicy::DropRows,
                                          MissingPolicy::ImputeMean};
    data.missing = policies[std::clamp(m_ui->missing->currentIndex(), 0, 2)];
}

void DataPanel::showImportSummary(const QString& summary) {
    m_ui->importSummary->setText(summary);
    m_ui->importSummary->setVisible(!summary.isEmpty());
}

bool DataPanel::useFile(const QString& path) {
    m_ui->path->setText(path);
    showImportSummary(QString());
    fillColumnCandidates();
    m_ui->source->setCurrentIndex(kFileSource);
    updateSourceRows();
    // Without a recipe an .h5ad of 20,000 genes would become a dense matrix of every gene:
    // an expression file opens with scanpy's usual one, which the controls then show.
    if (io::detectInput(path.toStdString()) == io::InputKind::Table) return false;
    Config shown;
    applyTo(shown);
    if (io::recipeRequested(shown.data)) return false;
    ExpressionForm::useScanpyRecipe(shown.data);
    showConfig(shown);
    return true;
}

void DataPanel::chooseFile() {
    // From the current file's folder, else the one a data table was last opened from.
    const QString current = m_ui->path->text();
    const QString path =
        FileDialogs::open(this, FileKind::Data, tr("Open data"), FileDialogs::dataFilter(),
                          current.isEmpty() ? QString() : current);
    if (!path.isEmpty()) {
        useFile(path);
        emit changed();
    }
}

void DataPanel::fillColumnCandidates() {
    DataConfig probe;
    probe.path = m_ui->path->text().toStdString();
    probe.rowNames = m_ui->rowNames->isChecked();
    probe.transpose = m_ui->transpose->isChecked();
    QStringList names;
    if (!probe.path.empty()) {
        try {
            names = toQStrings(io::columnCandidates(probe));
        } catch (const std::exception&) {
            // An unreadable file is reported properly when the run reads it.
        }
    }
    const QString current = labelColumnOption();
    const QSignalBlocker block(m_ui->labelColumn);
    while (m_ui->labelColumn->count() > kNoLabel + 1) m_ui->labelColumn->removeItem(kNoLabel + 1);
    m_ui->labelColumn->addItems(names);
    selectLabelColumn(current);
    m_ui->ignoreColumns->setCandidates(names);
}

void DataPanel::selectLabelColumn(const QString& option) {
    if (option.isEmpty()) {
        m_ui->labelColumn->setCurrentIndex(kAutomaticLabel);
    } else if (io::meansNoLabels(option.toStdString())) {
        m_ui->labelColumn->setCurrentIndex(kNoLabel);
    } else {
        const int index = m_ui->labelColumn->findText(option, Qt::MatchFixedString);
        if (index > kNoLabel)
            m_ui->labelColumn->setCurrentIndex(index);
        else
            m_ui->labelColumn->setEditText(option);  // not in this file: the run will say so
    }
}

QString DataPanel::labelColumnOption() const {
    const QString text = m_ui->labelColumn->currentText().trimmed();
    if (text.isEmpty() || text == m_ui->labelColumn->itemText(kAutomaticLabel)) return {};
    if (text == m_ui->labelColumn->itemText(kNoLabel))
        return QString::fromLatin1(io::kNoLabelColumn);
    return text;
}

ExpressionForm::Input DataPanel::inputKind() const {
    if (m_ui->source->currentIndex() == kCountsSource) return ExpressionForm::Input::Counts;
    switch (io::detectInput(m_ui->path->text().toStdString())) {
        case io::InputKind::H5ad:
            return ExpressionForm::Input::H5ad;
        case io::InputKind::Tenx:
            return ExpressionForm::Input::Tenx;
        case io::InputKind::Table:
            break;
    }
    return ExpressionForm::Input::Table;
}

void DataPanel::updateSourceRows() {
    const int source = m_ui->source->currentIndex();
    m_ui->blobsForm->setVisible(source == kBlobsSource);
    m_ui->fileForm->setVisible(source != kBlobsSource);
    m_expression->setVisible(source != kBlobsSource);
    const ExpressionForm::Input input = inputKind();
    m_expression->setInput(input);
    // What the file form offers depends on the input: a table's layout options for tables,
    // nothing about a file for simulated counts (log1p applies to every input).
    const bool counts = input == ExpressionForm::Input::Counts;
    const bool table = input == ExpressionForm::Input::Table;
    QFormLayout* form = m_ui->fileFormLayout;
    form->setRowVisible(m_ui->pathRow, !counts);
    form->setRowVisible(m_ui->labelColumn, !counts);
    form->setRowVisible(m_ui->ignoreColumns, table);
    form->setRowVisible(m_ui->rowNames, table);
    form->setRowVisible(m_ui->transpose, table);
    form->setRowVisible(m_ui->uniqueNames, !counts);
    form->setRowVisible(m_ui->missing, !counts);
}

}  // namespace latentlab::gui
