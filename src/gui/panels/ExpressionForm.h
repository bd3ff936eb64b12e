// The Data panel's expression controls: the simulated counts of data.source = counts
// (data.counts.*) and scanpy's recipe (min genes, min cells, normalize total, top genes and
// how they are ranked, the .h5ad matrix, 10x gene names, a labels file). Shows only the rows
// that apply to the input at hand; the Data panel shows and applies them with its own.
//
//   form->setInput(ExpressionForm::Input::H5ad);
//   form->showConfig(config.data);  ...  form->applyTo(config.data);
#pragma once

#include "Config.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace latentlab::gui {

class ExpressionForm : public QWidget {
    Q_OBJECT
public:
    enum class Input { Table, H5ad, Tenx, Counts };

    explicit ExpressionForm(QWidget* parent = nullptr);

    /// Shows the form's keys of `data` without emitting changed().
    void showConfig(const DataConfig& data);
    /// Writes the form's keys (data.counts.*, the recipe, layer, gene names, labels file).
    void applyTo(DataConfig& data) const;
    /// Shows the rows that apply: the counts settings for Counts, the recipe for expression
    /// inputs and Counts, the matrix for .h5ad, gene names for 10x, the labels file for files.
    void setInput(Input input);
    Input input() const { return m_input; }

    /// scanpy's usual recipe, as its tutorials run it: min_genes 200, min_cells 3,
    /// normalize_total 1e4, log1p, 2,000 seurat genes, z-score clipped at 10.
    static void useScanpyRecipe(DataConfig& data);

signals:
    void changed();

private:
    void buildCounts();
    void buildRecipe();
    void chooseLabelsFile();

    Input m_input = Input::Table;
    QFormLayout* m_form;
    QSpinBox* m_cells;
    QSpinBox* m_genes;
    QSpinBox* m_types;
    QDoubleSpinBox* m_markerShare;
    QDoubleSpinBox* m_foldChange;
    QDoubleSpinBox* m_depth;
    QSpinBox* m_countsSeed;
    QSpinBox* m_minGenes;
    QSpinBox* m_minCells;
    QDoubleSpinBox* m_normalizeTotal;
    QSpinBox* m_topGenes;
    QComboBox* m_geneSelection;
    QWidget* m_topGenesRow;
    QComboBox* m_layer;
    QComboBox* m_geneNames;
    QLineEdit* m_labelsPath;
    QWidget* m_labelsRow;
};

}  // namespace latentlab::gui
