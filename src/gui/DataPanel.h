// Data source controls: generated blobs (samples, features, centers, spread, noise, seed)
// or a CSV/TSV file with a label column, plus the scaling applied before PCA and training.
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

private:
    void chooseFile();
    void fillLabelColumns(const QString& path);
    void updateSourceRows();

    std::unique_ptr<Ui::DataPanel> m_ui;
};

}  // namespace latentlab::gui
