// Whether the tabs that wait for a run's end (Clusters, Data, Robustness) and the run's name
// in the tab corner belong to the finished result on screen, at every moment, runs in
// progress included: confusion matrices, silhouettes and variance bars of its clusterings,
// the table of its rows, a k sweep computed on it and repeats of its settings.
#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <memory>

namespace latentlab::gui {
class MainWindow;
}

class ResultAudit : public QObject {
    Q_OBJECT
public:
    explicit ResultAudit(latentlab::gui::MainWindow& window, QObject* parent = nullptr);

    /// What is wrong now; empty when every tab shows the result on screen.
    QString check() const;
    /// k sweeps and repeats that finished while the audit watched.
    int sweeps() const { return m_sweeps; }
    int repeats() const { return m_repeats; }

private:
    QString checkStamp(const latentlab::Result* result) const;
    QString checkClusters(const latentlab::Result* result) const;
    QString checkData(const latentlab::Result* result) const;
    QString checkSweep(const latentlab::Result* result) const;
    QString checkRepeats(const latentlab::Result* result) const;

    latentlab::gui::MainWindow& m_window;
    /// The result on screen when the last repeats finished: the repeats may stay beside
    /// another result only if its settings are theirs.
    std::shared_ptr<const latentlab::Result> m_resultAtRepeats;
    int m_sweeps = 0;
    int m_repeats = 0;
};
