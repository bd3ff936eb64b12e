#include "SelectionDock.h"

#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "RowSelection.h"
#include "RunDisplay.h"
#include "SelectionCsv.h"
#include "SelectionPanel.h"
#include "SessionDocument.h"
#include "SettingsHistory.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QScrollArea>
#include <QTimer>
#include <memory>

namespace latentlab::gui {

QDockWidget* installSelectionDock(MainWindow* window) {
    RowSelection* selection = window->latentSpaces()->selection();
    auto* panel = new SelectionPanel(selection);
    panel->setObjectName(QStringLiteral("selectionPanel"));
    auto* dock = new QDockWidget(MainWindow::tr("Selection"));
    dock->setObjectName(QStringLiteral("selectionDock"));
    // Scrolls rather than making the window taller than a laptop screen.
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    // Beside the settings, not beside the scatters: on a laptop screen they need the width.
    auto* settings = window->findChild<QDockWidget*>(QStringLiteral("settingsDock"));
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    if (settings) {
        window->tabifyDockWidget(settings, dock);
        // The settings on top; a tab raised before the window is shown does not stay raised.
        QTimer::singleShot(0, settings, [settings] { settings->raise(); });
    }

    QObject::connect(window->display(), &RunDisplay::resultChanged, panel,
                     [window, panel] { panel->setResult(window->result()); });
    // Shown when rows become selected; the settings come back when the selection that
    // brought the panel up is cleared.
    // A tab behind another is still isVisible(); visibilityChanged() says which is on top.
    auto onTop = std::make_shared<bool>(false);
    QObject::connect(dock, &QDockWidget::visibilityChanged, dock,
                     [onTop](bool visible) { *onTop = visible; });
    auto raisedBySelection = std::make_shared<bool>(false);
    auto wasEmpty = std::make_shared<bool>(true);
    QObject::connect(selection, &RowSelection::changed, dock,
                     [dock, settings, selection, onTop, raisedBySelection, wasEmpty] {
                         const bool empty = selection->isEmpty();
                         if (*wasEmpty && !empty && !*onTop) {
                             dock->show();
                             dock->raise();
                             *raisedBySelection = true;
                         } else if (empty && *raisedBySelection) {
                             if (settings && *onTop && !dock->isFloating()) settings->raise();
                             *raisedBySelection = false;
                         }
                         *wasEmpty = empty;
                     });
    QObject::connect(
        panel, &SelectionPanel::useAsTruthRequested, window, [window, panel](const QString& path) {
            if (!panel->result()) return;
            Config next = window->config();
            next.data = io::selectionAsTruth(*panel->result(), path.toStdString());
            window->history()->change(
                next, MainWindow::tr("Use %1 as truth").arg(QFileInfo(path).fileName()));
            window->display()->refresh();
            window->document()->update();
            window->showStatus(MainWindow::tr("The next run reads its true labels from %1")
                                   .arg(QFileInfo(path).fileName()));
        });
    return dock;
}

}  // namespace latentlab::gui
