// Base of the side panels that edit part of a Config: each shows a config, writes its
// own keys back, and says when the user changed something (for Live mode and presets).
#pragma once

#include "Config.h"

#include <QWidget>

namespace latentlab::gui {

class ConfigPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows the panel's part of `config` without emitting changed().
    virtual void showConfig(const Config& config) = 0;
    /// Writes the panel's keys into `config`, leaving the others alone.
    virtual void applyTo(Config& config) const = 0;

signals:
    void changed();
};

}  // namespace latentlab::gui
