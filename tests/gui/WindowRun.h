// Drives one run of the real window the way a user's F5 does and waits for its end, for the
// GUI tests that need a finished result.
#pragma once

#include "MainWindow.h"

#include <QSignalSpy>

/// True when the run ended with a result within `timeoutMs`; false if it failed, was
/// stopped or did not end in time.
inline bool runAndWait(latentlab::gui::MainWindow& window, int timeoutMs = 60000) {
    QSignalSpy ended(&window, &latentlab::gui::MainWindow::runEnded);
    window.run();
    if (!ended.wait(timeoutMs)) return false;
    return ended.takeFirst().at(0).toBool();
}
