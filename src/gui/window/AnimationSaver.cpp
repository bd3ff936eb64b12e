#include "AnimationSaver.h"

#include "ExportController.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "RunDisplay.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace latentlab::gui {

void AnimationSaver::saveWithDialog(MainWindow* window) {
    const QString gifFilter = MainWindow::tr("Animated GIF (*.gif)");
    const QString mp4Filter = MainWindow::tr("MP4 video, H.264 (*.mp4)");
    QString chosenFilter = gifFilter;
    QString path = QFileDialog::getSaveFileName(
        window, MainWindow::tr("Export animation"),
        QDir(FileDialogs::lastFolder(FileKind::Chart)).filePath("training.gif"),
        gifFilter + QStringLiteral(";;") + mp4Filter, &chosenFilter);
    if (path.isEmpty()) return;
    // A name typed without a known suffix gets the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("gif") && suffix != QLatin1String("mp4"))
        path += chosenFilter == mp4Filter ? QStringLiteral(".mp4") : QStringLiteral(".gif");
    FileDialogs::remember(FileKind::Chart, path);
    QString error;
    if (!start(window, path, &error))
        window->reportError(MainWindow::tr("Cannot export the animation"), error);
}

bool AnimationSaver::start(MainWindow* window, const QString& path, QString* error) {
    ExportController* exports = window->exports();
    const auto replay = window->display()->replay();
    if (!exports->startAnimation(path, window->result(), replay, error)) return false;
    window->showStatus(MainWindow::tr("Writing the animation (%1 frames) to %2…")
                           .arg(replay->frameCount())
                           .arg(QDir::toNativeSeparators(path)));
    QObject::connect(
        exports, &ExportController::animationFinished, window,
        [window](const ExportOutcome& outcome) {
            const QString where = QDir::toNativeSeparators(outcome.folder);
            switch (outcome.status) {
                case ExportOutcome::Status::Done:
                    window->showStatus(MainWindow::tr("Saved animation %1").arg(where));
                    break;
                case ExportOutcome::Status::Cancelled:
                    window->showStatus(
                        MainWindow::tr("Animation cancelled: %1 not written").arg(where));
                    break;
                case ExportOutcome::Status::Failed:
                    window->showStatus(MainWindow::tr("Animation failed"));
                    window->reportError(MainWindow::tr("Export animation failed"), outcome.error);
                    break;
            }
        },
        Qt::SingleShotConnection);
    return true;
}

}  // namespace latentlab::gui
