// The left-hand side of the window: a preset chooser over the data, methods, network and
// clustering panels. Holds no state of its own beyond the widgets: config() reads them all.
#pragma once

#include "Config.h"

#include <QWidget>

class QComboBox;
class QGroupBox;

namespace latentlab::gui {

class ClusteringPanel;
class DataPanel;
class MethodsPanel;
class NetworkPanel;

class SettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPanel(QWidget* parent = nullptr);

    Config config() const;
    /// Shows `config` in every panel without emitting changed().
    void setConfig(const Config& config);
    /// Applies a preset's keys to the shown config (emits presetApplied(), then changed()).
    void applyPreset(const QString& name);
    /// Everything the panel shows, for sessions and the autosave: the config as set (k = 0
    /// when it follows the classes, the file path) and the pace, which is not a config key.
    QJsonObject state() const;
    /// Shows a state() again without emitting changed(). Throws latentlab::Error (ConfigError)
    /// when its settings cannot be read; the panel is then unchanged.
    void setState(const QJsonObject& state);

    DataPanel* dataPanel() const { return m_data; }
    MethodsPanel* methodsPanel() const { return m_methods; }
    NetworkPanel* networkPanel() const { return m_network; }
    ClusteringPanel* clusteringPanel() const { return m_clustering; }
    double epochsPerSecond() const;
    /// Tells the network drawing how wide the input is.
    void setInputWidth(int width);
    /// The number of classes in the data last read (0: no labels), for the k box while k
    /// follows the classes; it applies while the import settings stay those of `data`.
    void setClassCount(int classes, const DataConfig& data);

signals:
    void changed();
    /// Before the changed() of a preset the user picked, with its name.
    void presetApplied(const QString& name);

private:
    /// Network drawing and preset name follow the controls.
    void updateDerivedViews();

    Config m_base;               ///< the last config shown; supplies the keys no panel edits
    int m_fileClasses = 0;       ///< classes of the file last read ...
    DataConfig m_fileClassesOf;  ///< ... with these import settings
    QComboBox* m_presets;
    DataPanel* m_data;
    MethodsPanel* m_methods;
    NetworkPanel* m_network;
    QGroupBox* m_networkGroup = nullptr;  ///< shown while the autoencoder is among the methods
    ClusteringPanel* m_clustering;
};

}  // namespace latentlab::gui
