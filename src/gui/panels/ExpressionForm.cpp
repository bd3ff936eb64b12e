#include "ExpressionForm.h"

#include "FileDialogs.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <limits>

namespace latentlab::gui {
namespace {

QSpinBox* spin(int low, int high, const QString& tip, const QString& off = QString()) {
    auto* box = new QSpinBox;
    box->setRange(low, high);
    box->setGroupSeparatorShown(true);
    box->setToolTip(tip);
    if (!off.isEmpty()) box->setSpecialValueText(off);  // shown at the minimum, 0
    return box;
}

QDoubleSpinBox* decimal(double low, double high, int decimals, const QString& tip,
                        const QString& off = QString()) {
    auto* box = new QDoubleSpinBox;
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setGroupSeparatorShown(true);
    box->setToolTip(tip);
    if (!off.isEmpty()) box->setSpecialValueText(off);
    return box;
}

/// A row of widgets for one form field.
QWidget* row(std::initializer_list<QWidget*> widgets) {
    auto* holder = new QWidget;
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets) layout->addWidget(widget, widget == *widgets.begin() ? 1 : 0);
    return holder;
}

}  // namespace

ExpressionForm::ExpressionForm(QWidget* parent) : QWidget(parent), m_form(new QFormLayout(this)) {
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildCounts();
    buildRecipe();
    for (QSpinBox* box :
         {m_cells, m_genes, m_types, m_countsSeed, m_minGenes, m_minCells, m_topGenes})
        connect(box, &QSpinBox::valueChanged, this, &ExpressionForm::changed);
    for (QDoubleSpinBox* box : {m_markerShare, m_foldChange, m_depth, m_normalizeTotal})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExpressionForm::changed);
    for (QComboBox* box : {m_geneSelection, m_geneNames})
        connect(box, &QComboBox::currentIndexChanged, this, &ExpressionForm::changed);
    connect(m_layer, &QComboBox::currentTextChanged, this, &ExpressionForm::changed);
    connect(m_labelsPath, &QLineEdit::editingFinished, this, &ExpressionForm::changed);
    setInput(Input::Table);
}

void ExpressionForm::buildCounts() {
    m_cells = spin(2, 2'000'000, tr("Cells to simulate (data.counts.cells)"));
    m_genes = spin(1, 200'000, tr("Genes to simulate (data.counts.genes)"));
    m_types = spin(1, 100, tr("Cell types, the true labels (data.counts.types)"));
    m_markerShare = decimal(0.0, 1.0, 3,
                            tr("Share of the genes raised in each cell type "
                               "(data.counts.marker_share)"));
    m_markerShare->setSingleStep(0.01);
    m_foldChange = decimal(
        0.01, 100.0, 2, tr("Median factor a marker gene is raised by (data.counts.fold_change)"));
    m_depth = decimal(1.0, 1e7, 0, tr("Median counts per cell (data.counts.depth)"));
    m_depth->setSingleStep(500.0);
    m_countsSeed = spin(0, std::numeric_limits<int>::max(),
                        tr("Seed of the simulation: same seed, same counts (data.counts.seed)"));
    m_cells->setObjectName(QStringLiteral("countsCells"));
    m_genes->setObjectName(QStringLiteral("countsGenes"));
    m_types->setObjectName(QStringLiteral("countsTypes"));
    m_markerShare->setObjectName(QStringLiteral("countsMarkerShare"));
    m_foldChange->setObjectName(QStringLiteral("countsFoldChange"));
    m_depth->setObjectName(QStringLiteral("countsDepth"));
    m_countsSeed->setObjectName(QStringLiteral("countsSeed"));
    m_form->addRow(tr("Ce&lls"), m_cells);
    m_form->addRow(tr("&Genes"), m_genes);
    m_form->addRow(tr("Cell &types"), m_types);
    m_form->addRow(tr("Mar&ker share"), m_markerShare);
    m_form->addRow(tr("&Fold change"), m_foldChange);
    m_form->addRow(tr("&Depth"), m_depth);
    m_form->addRow(tr("Counts s&eed"), m_countsSeed);
}

void ExpressionForm::buildRecipe() {
    m_minGenes =
        spin(0, 1'000'000,
             tr("filter_cells: drop cells with fewer genes detected (data.min_genes)"), tr("off"));
    m_minCells =
        spin(0, 1'000'000, tr("filter_genes: drop genes detected in fewer cells (data.min_cells)"),
             tr("off"));
    m_normalizeTotal =
        decimal(0.0, 1e9, 0,
                tr("normalize_total: scale each cell's counts to this sum, before log1p "
                   "(data.normalize_total; scanpy's tutorials use 10,000)"),
                tr("off"));
    m_normalizeTotal->setSingleStep(1000.0);
    m_topGenes = spin(0, 1'000'000,
                      tr("highly_variable_genes: keep this many genes for PCA and the "
                         "autoencoder (data.top_genes)"),
                      tr("all"));
    m_topGenes->setSingleStep(100);
    m_geneSelection = new QComboBox;
    m_geneSelection->addItems({QStringLiteral("seurat"), QStringLiteral("variance")});
    m_geneSelection->setToolTip(
        tr("seurat: scanpy's dispersion normalised within bins of mean expression; variance: "
           "the plain variance, for data already on its final scale (data.gene_selection)"));
    m_topGenesRow = row({m_topGenes, m_geneSelection});
    m_layer = new QComboBox;
    m_layer->setEditable(true);
    m_layer->addItems({QStringLiteral("X"), QStringLiteral("raw")});
    m_layer->setToolTip(
        tr("The .h5ad matrix to read: X, raw (raw/X) or layers/NAME, e.g. "
           "layers/counts (data.layer)"));
    m_geneNames = new QComboBox;
    m_geneNames->addItems({tr("symbols"), tr("ids")});
    m_geneNames->setToolTip(
        tr("Name a 10x folder's genes by symbol (features.tsv column 2) or "
           "by id (column 1) (data.gene_names)"));
    m_labelsPath = new QLineEdit;
    m_labelsPath->setPlaceholderText(tr("none: the labels come from the data"));
    m_labelsPath->setToolTip(
        tr("A CSV/TSV file of row name (barcode) and label, matched to the "
           "rows by name (data.labels_path)"));
    auto* browse = new QPushButton(tr("Bro&wse…"));
    browse->setToolTip(tr("Choose a labels file"));
    connect(browse, &QPushButton::clicked, this, &ExpressionForm::chooseLabelsFile);
    m_labelsRow = row({m_labelsPath, browse});
    m_minGenes->setObjectName(QStringLiteral("minGenes"));
    m_minCells->setObjectName(QStringLiteral("minCells"));
    m_normalizeTotal->setObjectName(QStringLiteral("normalizeTotal"));
    m_topGenes->setObjectName(QStringLiteral("topGenes"));
    m_geneSelection->setObjectName(QStringLiteral("geneSelection"));
    m_layer->setObjectName(QStringLiteral("layer"));
    m_geneNames->setObjectName(QStringLiteral("geneNames"));
    m_labelsPath->setObjectName(QStringLiteral("labelsPath"));
    m_form->addRow(tr("Min ge&nes / cell"), m_minGenes);
    m_form->addRow(tr("Min &cells / gene"), m_minCells);
    m_form->addRow(tr("&Normalize total"), m_normalizeTotal);
    m_form->addRow(tr("&Top genes"), m_topGenesRow);
    m_form->addRow(tr("&Matrix"), m_layer);
    m_form->addRow(tr("Gene na&mes"), m_geneNames);
    m_form->addRow(tr("Labels &file"), m_labelsRow);
}

void ExpressionForm::setInput(Input input) {
    m_input = input;
    const bool counts = input == Input::Counts;
    const bool recipe = counts || input == Input::H5ad || input == Input::Tenx;
    for (QWidget* field : {static_cast<QWidget*>(m_cells), static_cast<QWidget*>(m_genes),
                           static_cast<QWidget*>(m_types), static_cast<QWidget*>(m_markerShare),
                           static_cast<QWidget*>(m_foldChange), static_cast<QWidget*>(m_depth),
                           static_cast<QWidget*>(m_countsSeed)})
        m_form->setRowVisible(field, counts);
    for (QWidget* field : {static_cast<QWidget*>(m_minGenes), static_cast<QWidget*>(m_minCells),
                           static_cast<QWidget*>(m_normalizeTotal), m_topGenesRow})
        m_form->setRowVisible(field, recipe);
    m_form->setRowVisible(m_layer, input == Input::H5ad);
    m_form->setRowVisible(m_geneNames, input == Input::Tenx);
    m_form->setRowVisible(m_labelsRow, !counts);
}

void ExpressionForm::showConfig(const DataConfig& data) {
    const QSignalBlocker block(this);
    const CountsConfig& counts = data.counts;
    m_cells->setValue(counts.cells);
    m_genes->setValue(counts.genes);
    m_types->setValue(counts.types);
    m_markerShare->setValue(counts.markerShare);
    m_foldChange->setValue(counts.foldChange);
    m_depth->setValue(counts.depth);
    m_countsSeed->setValue(
        int(std::min<std::uint64_t>(counts.seed, std::uint64_t(m_countsSeed->maximum()))));
    m_minGenes->setValue(data.minGenes);
    m_minCells->setValue(data.minCells);
    m_normalizeTotal->setValue(data.normalizeTotal);
    m_topGenes->setValue(data.topGenes);
    m_geneSelection->setCurrentIndex(data.geneSelection == GeneSelectionMethod::Seurat ? 0 : 1);
    m_layer->setCurrentText(QString::fromStdString(data.layer));
    m_geneNames->setCurrentIndex(data.geneNames == GeneNames::Name ? 0 : 1);
    m_labelsPath->setText(QString::fromStdString(data.labelsPath));
}

void ExpressionForm::applyTo(DataConfig& data) const {
    CountsConfig& counts = data.counts;
    counts.cells = m_cells->value();
    counts.genes = m_genes->value();
    counts.types = m_types->value();
    counts.markerShare = m_markerShare->value();
    counts.foldChange = m_foldChange->value();
    counts.depth = m_depth->value();
    counts.seed = std::uint64_t(m_countsSeed->value());
    data.minGenes = m_minGenes->value();
    data.minCells = m_minCells->value();
    data.normalizeTotal = m_normalizeTotal->value();
    data.topGenes = m_topGenes->value();
    data.geneSelection = m_geneSelection->currentIndex() == 0 ? GeneSelectionMethod::Seurat
                                                              : GeneSelectionMethod::Variance;
    const QString layer = m_layer->currentText().trimmed();
    data.layer = layer.isEmpty() ? std::string("X") : layer.toStdString();
    data.geneNames = m_geneNames->currentIndex() == 0 ? GeneNames::Name : GeneNames::Id;
    data.labelsPath = m_labelsPath->text().trimmed().toStdString();
}

void ExpressionForm::useScanpyRecipe(DataConfig& data) {
    data.minGenes = 200;
    data.minCells = 3;
    data.normalizeTotal = 1e4;
    data.log1p = true;
    data.topGenes = 2000;
    data.geneSelection = GeneSelectionMethod::Seurat;
    data.scaling = Scaling::ZScore;
    data.clip = 10.0;
}

void ExpressionForm::chooseLabelsFile() {
    const QString path =
        FileDialogs::open(this, FileKind::Data, tr("Open labels file"),
                          tr("Labels (*.csv *.tsv *.txt);;All files (*)"), m_labelsPath->text());
    if (path.isEmpty()) return;
    m_labelsPath->setText(path);
    emit changed();
}

}  // namespace latentlab::gui
