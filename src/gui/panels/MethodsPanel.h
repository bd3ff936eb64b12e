// Which dimensionality-reduction methods a run compares and how: a check box per method of
// methodCatalog(), the baseline the differences are taken against (compare.baseline), the
// clustering every space gets (k-means, or Leiden with its graph's neighbours and
// resolution), and the parameters of UMAP and t-SNE, shown while the method is ticked.
// The autoencoder's own parameters stay in their panel.
//
//   auto* methods = new MethodsPanel;
//   methods->showConfig(config);          // then, when changed(): methods->applyTo(config)
#pragma once

#include "ConfigPanel.h"

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;

namespace latentlab::gui {

class MethodsPanel : public ConfigPanel {
    Q_OBJECT
public:
    explicit MethodsPanel(QWidget* parent = nullptr);

    void showConfig(const Config& config) override;
    void applyTo(Config& config) const override;

    /// The ticked methods in catalog order.
    std::vector<std::string> methods() const;
    /// The check box of `method` (objectName "method_<name>"), null for an unknown name.
    QCheckBox* methodBox(const std::string& method) const;

private:
    QGroupBox* buildUmap();
    QGroupBox* buildTsne();
    QWidget* buildClustering();
    /// Baseline choices follow the ticked methods; parameter groups show with their method.
    void updateRows();
    void connectChanged(QWidget* control);

    std::vector<QCheckBox*> m_methodBoxes;  ///< in methodCatalog() order
    QComboBox* m_baseline = nullptr;
    std::string m_baselineWanted = "pca";  ///< kept while its method is unticked
    QComboBox* m_clustering = nullptr;
    QSpinBox* m_leidenNeighbors = nullptr;
    QDoubleSpinBox* m_leidenResolution = nullptr;
    QWidget* m_leidenRows = nullptr;
    QGroupBox* m_umap = nullptr;
    QSpinBox* m_umapNeighbors = nullptr;
    QDoubleSpinBox* m_umapMinDist = nullptr;
    QDoubleSpinBox* m_umapSpread = nullptr;
    QSpinBox* m_umapEpochs = nullptr;
    QSpinBox* m_umapNegativeRate = nullptr;
    QComboBox* m_umapInit = nullptr;
    QSpinBox* m_umapSeed = nullptr;
    QGroupBox* m_tsne = nullptr;
    QDoubleSpinBox* m_tsnePerplexity = nullptr;
    QDoubleSpinBox* m_tsneExaggeration = nullptr;
    QDoubleSpinBox* m_tsneLearningRate = nullptr;
    QSpinBox* m_tsneIterations = nullptr;
    QDoubleSpinBox* m_tsneTheta = nullptr;
    QComboBox* m_tsneInit = nullptr;
    QSpinBox* m_tsneSeed = nullptr;
};

}  // namespace latentlab::gui
