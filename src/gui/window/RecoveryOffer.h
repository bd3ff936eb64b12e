// After a crash: the strip at the top of the next window offering the autosaved settings and
// last finished result of the LatentLab that did not close properly (Restore / Discard).
#pragma once

namespace latentlab::gui {

class MainWindow;

/// Shows the window's recovery bar if a previous process left an autosave behind.
void offerRecovery(MainWindow* window);

}  // namespace latentlab::gui
