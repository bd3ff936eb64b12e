// Saving never loses work: when the disk fills up half-way through a session save or an
// export, the error names the file and the previous file is still there, whole. A full disk
// is simulated with RLIMIT_FSIZE (writes past the limit fail with EFBIG, as with ENOSPC).
#include "FileSizeLimit.h"
#include "IoErrors.h"
#include "Pipeline.h"
#include "RunFolder.h"
#include "SessionFile.h"
#include "TestData.h"

#include <sys/resource.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace latentlab;

namespace {

Result smallRun(int epochs) {
    Config config;
    config.autoencoder.epochs = epochs;
    Dataset data = testdata::referenceCsv("small_blobs.csv");
    return runPipeline(config, data);
}

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestFullDisk : public QObject {
    Q_OBJECT
private slots:
    void sessionSaveKeepsThePreviousFile();
    void exportKeepsThePreviousFolder();
    void unwritableFolderIsNamed();
};

void TestFullDisk::sessionSaveKeepsThePreviousFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("work.latentlab");
    const Result first = smallRun(2);
    io::SessionFile::save(path, first);
    const QByteArray saved = contents(path);
    QVERIFY(saved.size() > 8192);
    {
        const FileSizeLimit diskFull(4096);
        try {
            io::SessionFile::save(path, smallRun(3));
            QFAIL("a save onto a full disk reported success");
        } catch (const io::WriteError& error) {
            QVERIFY2(QString(error.what()).contains(path), error.what());
        }
    }
    QCOMPARE(contents(path), saved);
    QCOMPARE(io::SessionFile::load(path).loss, first.loss);
    // No half-written temporary file is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"work.latentlab"});
}

void TestFullDisk::exportKeepsThePreviousFolder() {
    QTemporaryDir dir;
    io::RunFolder(dir.path()).write(smallRun(2));
    const QByteArray metrics = contents(dir.filePath("metrics.json"));
    const QByteArray data = contents(dir.filePath("data.csv"));
    QVERIFY(data.size() > 4096);
    {
        const FileSizeLimit diskFull(4096);
        QVERIFY_THROWS_EXCEPTION(io::WriteError, io::RunFolder(dir.path()).write(smallRun(3)));
    }
    // data.csv did not fit: the old one is intact and, as nothing was complete, neither is
    // any metrics.json claiming the folder is a finished run of the new config.
    QCOMPARE(contents(dir.filePath("data.csv")), data);
    QVERIFY(!QFile::exists(dir.filePath("metrics.json")) ||
            contents(dir.filePath("metrics.json")) == metrics);
}

void TestFullDisk::unwritableFolderIsNamed() {
    QTemporaryDir dir;
    const QString blocker = dir.filePath("not-a-folder");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + "/work.latentlab";
    try {
        io::SessionFile::save(path, smallRun(1));
        QFAIL("saving into a file as if it were a folder succeeded");
    } catch (const io::WriteError& error) {
        QVERIFY2(QString(error.what()).contains(path), error.what());
    }
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
