// k-means and silhouette controls: k (or "as many as there are classes"), restarts, and
// exact or sampled silhouette with its sample size.
#pragma once

#include "ConfigPanel.h"

#include <memory>

namespace Ui {
class ClusteringPanel;
}

namespace latentlab::gui {

class ClusteringPanel : public ConfigPanel {
    Q_OBJECT
public:
    explicit ClusteringPanel(QWidget* parent = nullptr);
    ~ClusteringPanel() override;

    void showConfig(const Config& config) override;
    void applyTo(Config& config) const override;

    /// The k a run will use while "k = number of true classes" is ticked (0: not known
    /// yet, e.g. a file not read so far); the greyed k box shows it.
    void showAutomaticK(int k);

private:
    void updateRows();

    std::unique_ptr<Ui::ClusteringPanel> m_ui;
};

}  // namespace latentlab::gui
