#include "DataDrop.h"

#include "DataPanel.h"
#include "MainWindow.h"
#include "SettingsPanel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace latentlab::gui {

DataDrop::DataDrop(MainWindow* window) : QObject(window), m_window(window) {}

DataDrop* DataDrop::install(MainWindow* window) {
    auto* drop = new DataDrop(window);
    window->setAcceptDrops(true);
    window->installEventFilter(drop);
    return drop;
}

QString DataDrop::droppedPath(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QUrl url = mime->urls().front();
    if (!url.isLocalFile()) return {};
    const QFileInfo info(url.toLocalFile());
    if (!info.exists() || (!info.isFile() && !info.isDir())) return {};
    return info.absoluteFilePath();
}

bool DataDrop::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_window) return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!droppedPath(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QString path = droppedPath(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            openDataFile(m_window, path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool openDataFile(MainWindow* window, const QString& path) {
    if (path.isEmpty()) return false;
    const bool recipe = window->settings()->dataPanel()->useFile(path);
    window->run();
    if (recipe)
        window->showStatus(MainWindow::tr("%1 opened with scanpy's usual recipe (min genes 200, "
                                          "min cells 3, normalize total 10,000, log1p, 2,000 "
                                          "genes): change it in the Data panel")
                               .arg(QFileInfo(path).fileName()));
    return true;
}

}  // namespace latentlab::gui
