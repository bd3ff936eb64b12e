#include "SettingsPanel.h"

#include "ClusteringPanel.h"
#include "ConfigJson.h"
#include "DataPanel.h"
#include "DatasetLoader.h"
#include "MethodsPanel.h"
#include "NetworkPanel.h"
#include "Presets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace latentlab::gui {
namespace {

QGroupBox* group(const QString& title, QWidget* content) {
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

}  // namespace

SettingsPanel::SettingsPanel(QWidget* parent)
    : QWidget(parent),
      m_presets(new QComboBox),
      m_data(new DataPanel),
      m_methods(new MethodsPanel),
      m_network(new NetworkPanel),
      m_clustering(new ClusteringPanel) {
    m_presets->addItems(presetNames());
    m_presets->addItem(tr("Custom"));
    m_presets->setToolTip(tr("Start from a known configuration; any change makes it Custom"));
    for (int i = 0; i < presetNames().size(); ++i)
        m_presets->setItemData(i, presetDescription(m_presets->itemText(i)), Qt::ToolTipRole);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* presetRow = new QFormLayout;
    presetRow->addRow(tr("&Preset"), m_presets);
    column->addLayout(presetRow);
    column->addWidget(group(tr("Data"), m_data));
    column->addWidget(group(tr("Methods"), m_methods));
    column->addWidget(m_networkGroup = group(tr("Autoencoder"), m_network));
    column->addWidget(group(tr("Clustering"), m_clustering));
    column->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // Narrow enough for a 1366-pixel laptop screen: the controls at their smallest, plus the
    // vertical scroll bar (the panel scrolls vertically, never horizontally).
    setMinimumWidth(content->minimumSizeHint().width() +
                    style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);

    for (ConfigPanel* panel :
         std::initializer_list<ConfigPanel*>{m_data, m_methods, m_network, m_clustering}) {
        connect(panel, &ConfigPanel::changed, this, [this] {
            updateDerivedViews();
            emit changed();
        });
    }
    connect(m_presets, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_presets->itemText(index)); });
    setConfig(gui::applyPreset(presetNames().front()));
}

Config SettingsPanel::config() const {
    // Keys without a control (pca.components, kmeans.max_iter, Adam's betas, ...) keep the
    // values of the last config shown, e.g. from --config or a session.
    Config config = m_base;
    m_data->applyTo(config);
    m_methods->applyTo(config);
    m_network->applyTo(config);
    m_clustering->applyTo(config);
    return config;
}

void SettingsPanel::setConfig(const Config& config) {
    m_base = config;
    m_data->showConfig(config);
    m_methods->showConfig(config);
    m_network->showConfig(config);
    m_clustering->showConfig(config);
    updateDerivedViews();
}

void SettingsPanel::applyPreset(const QString& name) {
    setConfig(gui::applyPreset(name, config()));
    emit presetApplied(name);
    emit changed();
}

QJsonObject SettingsPanel::state() const {
    return {{"settings", io::configToJson(config())}, {"pace", m_network->pace()}};
}

void SettingsPanel::setState(const QJsonObject& state) {
    const Config settings = io::configFromJson(state.value("settings").toObject());
    setConfig(settings);
    const QSignalBlocker block(m_network);
    m_network->setPace(state.value("pace").toInt());
}

double SettingsPanel::epochsPerSecond() const { return m_network->epochsPerSecond(); }

void SettingsPanel::setInputWidth(int width) { m_network->setInputWidth(width); }

void SettingsPanel::setClassCount(int classes, const DataConfig& data) {
    m_fileClasses = classes;
    m_fileClassesOf = data;
    updateDerivedViews();
}

void SettingsPanel::updateDerivedViews() {
    const Config current = config();
    // The autoencoder's controls only matter while it runs; hidden, they keep their values.
    m_networkGroup->setVisible(current.runs("autoencoder"));
    if (current.data.source == DataSource::Blobs)
        setInputWidth(current.data.features + current.data.noiseColumns);
    // The k the run will use: the blobs' centers, or the classes of the file once read
    // (as resolveK decides: 8 without labels).
    int automaticK = 0;
    if (current.data.source == DataSource::Blobs)
        automaticK = current.data.centers;
    else if (io::sameImport(m_fileClassesOf, current.data))
        automaticK = m_fileClasses > 0 ? m_fileClasses : 8;
    m_clustering->showAutomaticK(automaticK);
    // The preset shown is the first whose keys all have their values, else "Custom".
    const QSignalBlocker block(m_presets);
    m_presets->setCurrentIndex(m_presets->count() - 1);
    for (const QString& name : presetNames()) {
        if (presetMatches(name, current)) {
            m_presets->setCurrentText(name);
            break;
        }
    }
}

}  // namespace latentlab::gui
