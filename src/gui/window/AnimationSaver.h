// File → "Export animation…": asks for a .gif or .mp4 name and writes the training replay of
// the result on screen there (ExportController's AnimationJob: a worker thread, the status
// bar's progress row and Cancel); the status bar says when it is done, a message why it failed.
//
//   AnimationSaver::saveWithDialog(window);
//   AnimationSaver::start(window, "/tmp/training.gif");   // as the dialog's answer does
#pragma once

#include <QString>

namespace latentlab::gui {

class MainWindow;

class AnimationSaver {
public:
    /// Asks where (GIF or MP4 by the chosen filter if the name has no suffix), then start().
    static void saveWithDialog(MainWindow* window);
    /// Starts writing `path`; false, with the reason in `error`, when it cannot start (no
    /// replay, a bad path, another export running).
    static bool start(MainWindow* window, const QString& path, QString* error = nullptr);
};

}  // namespace latentlab::gui
