// Keeps the monkey's runs to a few seconds on a 2-core machine: after every action it types
// back any setting that has grown past a cap (rows, features, epochs for the pace, layers,
// k, repeats, the k range) and the methods to PCA and the autoencoder, as a user would, stops a run
// that started too large anyway, and resumes a run left paused for long.
#pragma once

#include <QElapsedTimer>
#include <QStringList>

namespace latentlab::gui {
class MainWindow;
}

class RunSizeGovernor {
public:
    explicit RunSizeGovernor(latentlab::gui::MainWindow& window) : m_window(window) {}

    /// Corrections made, for the log; empty when everything was within the caps.
    QStringList govern();

private:
    bool tooLarge() const;
    /// PCA and the autoencoder with k-means, against PCA: what the audits follow.
    void keepDefaultMethods(QStringList& done);
    void cap(QStringList& done, const char* control, double value, double maximum, double minimum);

    latentlab::gui::MainWindow& m_window;
    QElapsedTimer m_pausedFor;
};
