// Puts the Selection panel in the window: a dock tabbed with the settings, raised when rows
// become selected (and the settings raised again when the selection is cleared), following
// the result on screen; its "Use as truth" sets the data settings as one undoable step.
//
//   installSelectionDock(window);   // after the settings dock exists, before restoreState
#pragma once

class QDockWidget;

namespace latentlab::gui {

class MainWindow;

/// The dock (objectName "selectionDock") holding a SelectionPanel.
QDockWidget* installSelectionDock(MainWindow* window);

}  // namespace latentlab::gui
