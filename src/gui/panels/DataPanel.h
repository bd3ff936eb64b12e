// Data source controls: generated blobs (samples, features, centers, spread, noise, seed),
// a file (a CSV/TSV table with its import options: label column, ignored columns, row names,
// transpose, log1p, missing values; an .h5ad or a 10x folder) or simulated counts, the
// expression recipe where it applies (ExpressionForm), and the scaling and clip applied
// before PCA and training.
#pragma once

#include "ConfigPanel.h"
#include "ExpressionForm.h"

#include <memory>

class QDoubleSpinBox;

namespace Ui {
class DataPanel;
}

namespace latentlab::gui {

class DataPanel : public ConfigPanel {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);
    ~DataPanel() override;

    void showConfig(const Config& config) override;
    void applyTo(Config& config) const override;

    /// Switches to file input and lists the file's columns (a .h5ad's obs columns) as label
    /// candidates. An expression file (.h5ad, 10x) while no recipe option is set gets
    /// scanpy's usual recipe (ExpressionForm::useScanpyRecipe); returns whether it did.
    bool useFile(const QString& path);
    ExpressionForm* expressionForm() const { return m_expression; }
    /// Shows what the last run read from the file (ImportReport::summary()).
    void showImportSummary(const QString& summary);

private:
    void chooseFile();
    /// Lists the names the label and ignore controls can take in the current file, as
    /// row names and transpose say to read it.
    void fillColumnCandidates();
    void selectLabelColumn(const QString& option);
    QString labelColumnOption() const;
    void updateSourceRows();
    /// What the source and the file's content make the input.
    ExpressionForm::Input inputKind() const;

    std::unique_ptr<Ui::DataPanel> m_ui;
    ExpressionForm* m_expression;
    QDoubleSpinBox* m_clip;
};

}  // namespace latentlab::gui
