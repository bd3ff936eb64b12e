// GUI tests keep their settings and autosaves apart from the user's (QStandardPaths' test
// mode) and start without leftovers: an autosave that an earlier, crashed run of the same test
// left behind would put the recovery bar on every window and change its layout.
#pragma once

#include "Autosaver.h"

#include <QDir>
#include <QStandardPaths>

namespace testmode {

inline void enter() {
    QStandardPaths::setTestModeEnabled(true);
    QDir(latentlab::gui::Autosaver::folder()).removeRecursively();
}

}  // namespace testmode
