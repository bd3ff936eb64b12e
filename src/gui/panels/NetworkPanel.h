// Autoencoder controls: encoder layers as an editable list, latent width, activation,
// optimizer and its settings, epochs, seed, and the training pace; with a live drawing of
// the resulting layer widths.
#pragma once

#include "ConfigPanel.h"

#include <memory>

namespace Ui {
class NetworkPanel;
}

namespace latentlab::gui {

class NetworkPanel : public ConfigPanel {
    Q_OBJECT
public:
    explicit NetworkPanel(QWidget* parent = nullptr);
    ~NetworkPanel() override;

    void showConfig(const Config& config) override;
    void applyTo(Config& config) const override;

    /// Input width the diagram starts from (the data's column count).
    void setInputWidth(int width);
    /// Epochs per second chosen under "Pace" (0 = as fast as possible).
    double epochsPerSecond() const;
    /// The Pace choice: 0 as fast as possible, 1 watch, 2 slow motion.
    int pace() const;
    void setPace(int choice);
    /// The diagram's text, e.g. "10 → 8 → 6 → 2 → 6 → 8 → 10".
    QString diagramText() const;

private:
    std::vector<int> encoderWidths() const;
    void addLayer();
    void removeLayer();
    void updateDiagram();
    void updateOptimizerRows();

    std::unique_ptr<Ui::NetworkPanel> m_ui;
    int m_inputWidth = 10;
};

}  // namespace latentlab::gui
