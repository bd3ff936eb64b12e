// Drives one run of the real window the way a user's F5 does and waits for its end, for the
// GUI tests that need a finished result.
#pragma once

#include "MainWindow.h"

#include <QSignalSpy>

/// How many times longer a run takes in this build: AddressSanitizer's checks slow the
/// notebook's 30,000-row run from a few seconds to over a minute on two cores.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kRunSlowdown = 8;
#else
constexpr int kRunSlowdown = 1;
#endif

/// Rows for a test at the notebook's size: 30,000, or 10,000 in the sanitizers' build, which
/// checks memory on the same code paths and keeps CI under an hour; the 30,000-row figures
/// (stalls, export times) are the Release build's to assert.
constexpr int kNotebookRows = kRunSlowdown > 1 ? 10000 : 30000;

/// True when the run ended with a result within `timeoutMs` (times kRunSlowdown); false if it
/// failed, was stopped or did not end in time.
inline bool runAndWait(latentlab::gui::MainWindow& window, int timeoutMs = 60000) {
    QSignalSpy ended(&window, &latentlab::gui::MainWindow::runEnded);
    window.run();
    if (!ended.wait(timeoutMs * kRunSlowdown)) return false;
    return ended.takeFirst().at(0).toBool();
}
