#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace latentlab::gui {
namespace {

QString key(FileKind kind) {
    switch (kind) {
        case FileKind::Data:
            return QStringLiteral("folders/data");
        case FileKind::Session:
            return QStringLiteral("folders/session");
        case FileKind::Export:
            return QStringLiteral("folders/export");
        case FileKind::Report:
            return QStringLiteral("folders/report");
        case FileKind::Chart:
            return QStringLiteral("folders/chart");
        case FileKind::Model:
            return QStringLiteral("folders/model");
    }
    return QStringLiteral("folders/other");
}

}  // namespace

QString FileDialogs::dataFilter() {
    return QFileDialog::tr(
        "Data (*.csv *.tsv *.txt *.h5ad matrix.mtx matrix.mtx.gz);;Tables (*.csv *.tsv *.txt);;"
        "AnnData (*.h5ad);;10x matrix (matrix.mtx matrix.mtx.gz);;All files (*)");
}

QString FileDialogs::lastFolder(FileKind kind) {
    const QString folder = QSettings().value(key(kind)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void FileDialogs::remember(FileKind kind, const QString& path) {
    if (path.isEmpty()) return;
    const QFileInfo info(path);
    const QString folder =
        kind == FileKind::Export && info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QSettings().setValue(key(kind), folder);
}

QString FileDialogs::open(QWidget* parent, FileKind kind, const QString& title,
                          const QString& filter, const QString& current) {
    const QString start = current.isEmpty() ? lastFolder(kind) : current;
    const QString path = QFileDialog::getOpenFileName(parent, title, start, filter);
    remember(kind, path);
    return path;
}

QString FileDialogs::save(QWidget* parent, FileKind kind, const QString& title,
                          const QString& filter, const QString& suggestedName) {
    const QString start = QFileInfo(suggestedName).isAbsolute()
                              ? suggestedName
                              : QDir(lastFolder(kind)).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    remember(kind, path);
    return path;
}

QString FileDialogs::folder(QWidget* parent, FileKind kind, const QString& title) {
    const QString path = QFileDialog::getExistingDirectory(parent, title, lastFolder(kind));
    if (!path.isEmpty()) QSettings().setValue(key(kind), path);
    return path;
}

}  // namespace latentlab::gui
