// The window's file dialogs, each opening in the folder last used for its kind of file
// (data tables, sessions, exports, reports, charts), remembered between launches.
//
//   QString path = FileDialogs::open(this, FileKind::Data, tr("Open data table"), filter);
#pragma once

#include <QString>

class QWidget;

namespace latentlab::gui {

enum class FileKind { Data, Session, Export, Report, Chart, Model };

class FileDialogs {
public:
    /// An existing file; empty if cancelled. `current`, if given, is where to start instead.
    static QString open(QWidget* parent, FileKind kind, const QString& title, const QString& filter,
                        const QString& current = QString());
    /// A file to write; `suggestedName` (no folder) is put in the remembered folder.
    static QString save(QWidget* parent, FileKind kind, const QString& title, const QString& filter,
                        const QString& suggestedName = QString());
    static QString folder(QWidget* parent, FileKind kind, const QString& title);

    /// The open dialog's filter for data: tables, .h5ad files and 10x matrices first.
    static QString dataFilter();

    /// The folder a dialog of `kind` opens in (the last one used, else the home folder).
    static QString lastFolder(FileKind kind);
    /// Remembers the folder of `path` (a file, or a folder for FileKind::Export).
    static void remember(FileKind kind, const QString& path);
};

}  // namespace latentlab::gui
