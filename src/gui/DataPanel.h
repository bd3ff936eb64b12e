// Data source controls: generated blobs (samples, features, centers, spread, noise, seed)
// or a CSV/TSV file with its import options (label column, ignored columns, row names,
// transpose, log1p, missing values), plus the scaling applied before PCA and training.
#pragma once

#include "ConfigPanel.h"

#include <memory>

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

    /// Switches to file input and lists the file's columns as label candidates.
    void useFile(const QString& path);
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

    std::unique_ptr<Ui::DataPanel> m_ui;
};

}  // namespace latentlab::gui
