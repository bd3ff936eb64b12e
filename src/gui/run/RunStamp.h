// Which run a view shows: its number in this window (or the session it was opened from),
// the data it ran on and the settings it was started with, so the window can say which run
// is on screen and tell when the settings panel has moved on from it.
#pragma once

#include "Config.h"
#include "Dataset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace latentlab::gui {

struct RunStamp {
    int number = 0;        ///< 1, 2, ... in this window; 0: no run
    QString session;       ///< file name when the result was opened from a session or restored
    QString data;          ///< "generated blobs, 30,000 × 10", "wine.csv, 178 × 13"
    QJsonObject settings;  ///< io::configToJson of the config as the panel asked for it
    QDateTime finished;    ///< invalid while the run is going

    bool isNull() const { return number == 0; }
    /// "run 6", or "run 6 (demo.latentlab)" for an opened session.
    QString name() const;
    /// "run 6: wine.csv, 178 × 13"
    QString title() const;
};

/// The data a config reads, with its size when known: "generated blobs, 30,000 × 10".
QString describeData(const Config& config, const Dataset* data = nullptr);

}  // namespace latentlab::gui
