#include "ClusteringPanel.h"

#include "ui_ClusteringPanel.h"

#include <QSignalBlocker>

namespace latentlab::gui {

ClusteringPanel::ClusteringPanel(QWidget* parent)
    : ConfigPanel(parent), m_ui(std::make_unique<Ui::ClusteringPanel>()) {
    m_ui->setupUi(this);
    m_ui->k->setRange(1, 30);
    m_ui->k->setDecimals(0);
    m_ui->nInit->setRange(1, 50);
    m_ui->nInit->setDecimals(0);
    m_ui->silhouetteSample->setRange(100, 50'000, SliderSpinBox::Scale::Logarithmic);
    m_ui->silhouetteSample->setDecimals(0);
    for (SliderSpinBox* box : {m_ui->k, m_ui->nInit, m_ui->silhouetteSample}) {
        box->setToolTipText(box->toolTip());
        connect(box, &SliderSpinBox::valueChanged, this, &ConfigPanel::changed);
    }
    connect(m_ui->kFromLabels, &QCheckBox::toggled, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_ui->silhouette, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit changed();
    });
    updateRows();
}

ClusteringPanel::~ClusteringPanel() = default;

void ClusteringPanel::showConfig(const Config& config) {
    const QSignalBlocker block(this);
    m_ui->kFromLabels->setChecked(config.kmeans.k == 0);
    m_ui->k->setValue(config.kmeans.k == 0 ? config.data.centers : config.kmeans.k);
    m_ui->nInit->setValue(config.kmeans.nInit);
    m_ui->silhouette->setCurrentIndex(config.metrics.silhouette == SilhouetteMode::Exact ? 0 : 1);
    m_ui->silhouetteSample->setValue(config.metrics.silhouetteSample);
    updateRows();
}

void ClusteringPanel::applyTo(Config& config) const {
    config.kmeans.k = m_ui->kFromLabels->isChecked() ? 0 : m_ui->k->intValue();
    config.kmeans.nInit = m_ui->nInit->intValue();
    config.metrics.silhouette =
        m_ui->silhouette->currentIndex() == 0 ? SilhouetteMode::Exact : SilhouetteMode::Sampled;
    config.metrics.silhouetteSample = m_ui->silhouetteSample->intValue();
}

void ClusteringPanel::showAutomaticK(int k) {
    if (!m_ui->kFromLabels->isChecked()) return;
    const QSignalBlocker block(this);
    if (k > 0) m_ui->k->setValue(k);
    m_ui->k->setToolTipText(
        k > 0 ? tr("k-means uses k = %1, the number of true classes in the data").arg(k)
              : tr("k follows the number of true classes, known once the file is read"));
}

void ClusteringPanel::updateRows() {
    m_ui->k->setEnabled(!m_ui->kFromLabels->isChecked());
    const bool sampled = m_ui->silhouette->currentIndex() == 1;
    m_ui->silhouetteSample->setEnabled(sampled);
    m_ui->silhouetteSampleLabel->setEnabled(sampled);
}

}  // namespace latentlab::gui
