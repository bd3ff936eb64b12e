// The settings panel's controls, found by the names the .ui forms give them, and set the way
// a user does (so they emit their change), for the GUI tests that drive the real window.
#pragma once

#include "MainWindow.h"
#include "SettingsPanel.h"
#include "SliderSpinBox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace paneltest {

/// A slider-and-spin-box control of the panel ("samples", "centers", "k", "learningRate").
inline latentlab::gui::SliderSpinBox* control(latentlab::gui::MainWindow& window,
                                              const char* name) {
    return window.settings()->findChild<latentlab::gui::SliderSpinBox*>(QLatin1String(name));
}

/// Types a value into such a control, as a user does: it emits its change.
inline void userSet(latentlab::gui::SliderSpinBox* box, double value) {
    box->findChild<QDoubleSpinBox*>()->setValue(value);
}

/// The data seed (a plain spin box).
inline QSpinBox* seedBox(latentlab::gui::MainWindow& window) {
    return window.settings()->findChild<QSpinBox*>(QStringLiteral("seed"));
}

/// The Pace combo: 0 as fast as possible, 1 watch (20 epochs/s), 2 slow motion (4/s).
inline QComboBox* paceBox(latentlab::gui::MainWindow& window) {
    return window.settings()->findChild<QComboBox*>(QStringLiteral("pace"));
}

}  // namespace paneltest
