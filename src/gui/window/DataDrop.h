// Lets the user drop a data file on the window: a CSV/TSV table, an .h5ad file, a 10x folder
// or its matrix.mtx[.gz]. A drop does what File → Open data file… does with the same path
// (openDataFile): the Data panel switches to it and the run starts.
//
//   DataDrop::install(window);   // the filter is the window's child
#pragma once

#include <QObject>
#include <QString>

class QMimeData;

namespace latentlab::gui {

class MainWindow;

class DataDrop : public QObject {
    Q_OBJECT
public:
    static DataDrop* install(MainWindow* window);

    /// The one local file or folder `mime` carries, if it is one LatentLab can open; else empty.
    static QString droppedPath(const QMimeData* mime);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DataDrop(MainWindow* window);
    MainWindow* m_window;
};

/// Opens `path` (a table, .h5ad, 10x folder or matrix.mtx[.gz]) as the data and runs it: the
/// File menu's and a drop's common path. Returns false (nothing changed) if `path` is empty.
bool openDataFile(MainWindow* window, const QString& path);

}  // namespace latentlab::gui
