#include "NetworkPanel.h"

#include "ui_NetworkPanel.h"

#include <QSignalBlocker>

namespace latentlab::gui {
namespace {
constexpr int kMaxLayerWidth = 256;
}

NetworkPanel::NetworkPanel(QWidget* parent)
    : ConfigPanel(parent), m_ui(std::make_unique<Ui::NetworkPanel>()) {
    m_ui->setupUi(this);
    using Scale = SliderSpinBox::Scale;
    // Up to 100: a rate that makes training diverge is worth showing, and a config file
    // with one must not be clamped silently.
    m_ui->learningRate->setRange(1e-5, 100.0, Scale::Logarithmic);
    m_ui->learningRate->setDecimals(5);
    m_ui->momentum->setRange(0.0, 0.99);
    m_ui->momentum->setDecimals(2);
    m_ui->batchSize->setRange(1, 4096, Scale::Logarithmic);
    m_ui->batchSize->setDecimals(0);
    m_ui->epochs->setRange(1, 1000, Scale::Logarithmic);
    m_ui->epochs->setDecimals(0);
    for (SliderSpinBox* box : {m_ui->learningRate, m_ui->momentum, m_ui->batchSize, m_ui->epochs}) {
        box->setToolTipText(box->toolTip());
        connect(box, &SliderSpinBox::valueChanged, this, &ConfigPanel::changed);
    }
    for (QComboBox* combo : {m_ui->latent, m_ui->activation, m_ui->optimizer})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConfigPanel::changed);
    connect(m_ui->latent, &QComboBox::currentIndexChanged, this, &NetworkPanel::updateDiagram);
    connect(m_ui->optimizer, &QComboBox::currentIndexChanged, this,
            &NetworkPanel::updateOptimizerRows);
    connect(m_ui->trainingSeed, &QSpinBox::valueChanged, this, &ConfigPanel::changed);
    connect(m_ui->addLayer, &QPushButton::clicked, this, &NetworkPanel::addLayer);
    connect(m_ui->removeLayer, &QPushButton::clicked, this, &NetworkPanel::removeLayer);
    connect(m_ui->layers, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        bool ok = false;
        const int width = item->text().toInt(&ok);
        const int clamped = ok ? qBound(1, width, kMaxLayerWidth) : 8;
        if (!ok || clamped != width) {
            const QSignalBlocker block(m_ui->layers);
            item->setText(QString::number(clamped));
        }
        updateDiagram();
        emit changed();
    });
}

NetworkPanel::~NetworkPanel() = default;

void NetworkPanel::showConfig(const Config& config) {
    const QSignalBlocker block(this);
    const AutoencoderConfig& ae = config.autoencoder;
    {
        const QSignalBlocker blockList(m_ui->layers);
        m_ui->layers->clear();
        for (int width : ae.encoder) {
            auto* item = new QListWidgetItem(QString::number(width), m_ui->layers);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    // A width the list lacks (from a config file) joins it, in order.
    const QString latent = QString::number(ae.latent);
    if (m_ui->latent->findText(latent) < 0) {
        int at = 0;
        while (at < m_ui->latent->count() && m_ui->latent->itemText(at).toInt() < ae.latent) ++at;
        m_ui->latent->insertItem(at, latent);
    }
    m_ui->latent->setCurrentText(latent);
    m_ui->activation->setCurrentText(QString::fromLatin1(toString(ae.activation)));
    m_ui->optimizer->setCurrentText(QString::fromLatin1(toString(ae.optimizer)));
    m_ui->learningRate->setValue(ae.learningRate);
    m_ui->momentum->setValue(ae.momentum);
    m_ui->batchSize->setValue(ae.batchSize);
    m_ui->epochs->setValue(ae.epochs);
    {
        const QSignalBlocker blockSeed(m_ui->trainingSeed);
        m_ui->trainingSeed->setValue(int(ae.seed));
    }
    updateDiagram();
    updateOptimizerRows();
}

void NetworkPanel::applyTo(Config& config) const {
    AutoencoderConfig& ae = config.autoencoder;
    ae.encoder = encoderWidths();
    ae.latent = m_ui->latent->currentText().toInt();
    parse(m_ui->activation->currentText().toStdString(), ae.activation);
    parse(m_ui->optimizer->currentText().toStdString(), ae.optimizer);
    ae.learningRate = m_ui->learningRate->value();
    ae.momentum = m_ui->momentum->value();
    ae.batchSize = m_ui->batchSize->intValue();
    ae.epochs = m_ui->epochs->intValue();
    ae.seed = std::uint64_t(m_ui->trainingSeed->value());
}

void NetworkPanel::setInputWidth(int width) {
    m_inputWidth = width;
    updateDiagram();
}

int NetworkPanel::pace() const { return m_ui->pace->currentIndex(); }

void NetworkPanel::setPace(int choice) {
    m_ui->pace->setCurrentIndex(qBound(0, choice, m_ui->pace->count() - 1));
}

double NetworkPanel::epochsPerSecond() const {
    static const double paces[] = {0.0, 20.0, 4.0};
    return paces[qBound(0, m_ui->pace->currentIndex(), 2)];
}

QString NetworkPanel::diagramText() const { return m_ui->diagram->text(); }

std::vector<int> NetworkPanel::encoderWidths() const {
    std::vector<int> widths;
    for (int row = 0; row < m_ui->layers->count(); ++row)
        widths.push_back(m_ui->layers->item(row)->text().toInt());
    return widths;
}

void NetworkPanel::addLayer() {
    const std::vector<int> widths = encoderWidths();
    const int width =
        widths.empty() ? 8 : std::max(widths.back(), m_ui->latent->currentText().toInt());
    auto* item = new QListWidgetItem(QString::number(width));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker block(m_ui->layers);
        m_ui->layers->addItem(item);
    }
    m_ui->layers->setCurrentItem(item);
    m_ui->layers->editItem(item);
    updateDiagram();
    emit changed();
}

void NetworkPanel::removeLayer() {
    if (m_ui->layers->count() <= 1) return;  // the encoder needs one hidden layer
    const int row =
        m_ui->layers->currentRow() >= 0 ? m_ui->layers->currentRow() : m_ui->layers->count() - 1;
    delete m_ui->layers->takeItem(row);
    updateDiagram();
    emit changed();
}

void NetworkPanel::updateDiagram() {
    std::vector<int> widths{m_inputWidth};
    const std::vector<int> encoder = encoderWidths();
    widths.insert(widths.end(), encoder.begin(), encoder.end());
    widths.push_back(m_ui->latent->currentText().toInt());
    widths.insert(widths.end(), encoder.rbegin(), encoder.rend());
    widths.push_back(m_inputWidth);
    m_ui->diagram->setWidths(widths);
    m_ui->removeLayer->setEnabled(m_ui->layers->count() > 1);
}

void NetworkPanel::updateOptimizerRows() {
    const bool sgd = m_ui->optimizer->currentIndex() == 0;
    m_ui->momentum->setEnabled(sgd);
    m_ui->momentumLabel->setEnabled(sgd);
}

}  // namespace latentlab::gui
