// No message quotes a file's bytes raw. Every input of the malformed corpus is read the way
// the front ends read it (loadDataset, readConfigFile, then the pipeline), and so are --set
// values, damaged sessions and transform inputs holding control characters, invalid UTF-8
// and bidi overrides; each message, and each import summary, must show as itself. This is
// checked at the source: the CLI escapes its error line once more, the GUI does not.
#include "ColumnMatch.h"
#include "ConfigJson.h"
#include "DatasetLoader.h"
#include "FittedModel.h"
#include "JsonFile.h"
#include "ModelApplication.h"
#include "Pipeline.h"
#include "SessionFile.h"
#include "TestData.h"
#include "TransformInput.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace io = latentlab::io;
using namespace latentlab;

namespace {

Config quick() {
    Config config;
    config.data.samples = 300;
    config.autoencoder.epochs = 1;
    config.kmeans.nInit = 1;
    return config;
}

/// The message a front end would show for this input: the reader's, or the pipeline's if
/// the input reads fine. Empty if the whole run succeeds.
QByteArray messageFor(const QString& corpusFile) {
    const QString path = testdata::path("malformed/" + corpusFile);
    try {
        Config config = quick();
        if (corpusFile.startsWith("config/")) {
            config = io::readConfigFile(path);
            config.validate();
            if (config.data.source == DataSource::Csv) io::loadDataset(config.data);
            return {};  // the CLI refuses the rest (csv without a path) before reading
        }
        config.data.source = DataSource::Csv;
        config.data.path = path.toStdString();
        Dataset data = io::loadDataset(config.data);
        runPipeline(config, std::move(data));
    } catch (const std::exception& error) {
        return QByteArray(error.what());
    }
    return {};
}

void requirePrintable(const std::string& message) {
    const QByteArray bytes = QByteArray::fromStdString(message);
    const QString problem = testdata::nonPrintable(bytes);
    QVERIFY2(
        problem.isEmpty(),
        qPrintable(problem + " in: " + QString::fromUtf8(bytes.toPercentEncoding(" ,:;'()=.\"/"))));
}

}  // namespace

class TestPrintableMessages : public QObject {
    Q_OBJECT
private slots:
    void corpusMessages_data();
    void corpusMessages();
    void setValues_data();
    void setValues();
    void importSummaries();
    void sessionAndTransformNames();

private:
    QTemporaryDir m_dir;
};

void TestPrintableMessages::corpusMessages_data() {
    QTest::addColumn<QString>("file");
    QFile list(testdata::path("malformed/expected.tsv"));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).chopped(1);
        if (line.startsWith('#') || line.isEmpty()) continue;
        QTest::newRow(qPrintable(line.section('\t', 0, 0))) << line.section('\t', 0, 0);
    }
}

void TestPrintableMessages::corpusMessages() {
    QFETCH(QString, file);
    const QByteArray message = messageFor(file);
    if (message.isEmpty()) {
        // Only a config the CLI refuses itself (data.source = csv without data.path).
        QVERIFY2(file == "config/csv-without-path.json", "the input was accepted");
        return;
    }
    requirePrintable(message.toStdString());
}

void TestPrintableMessages::setValues_data() {
    QTest::addColumn<QByteArray>("assignment");
    QTest::newRow("escape in a value") << QByteArray("data.scaling=\x1B[2J");
    QTest::newRow("latin-1 value") << QByteArray("kmeans.k=\xE9");
    QTest::newRow("nul in a number") << QByteArray("autoencoder.epochs=1\0", 21);
    QTest::newRow("bidi in a key") << QByteArray("data.samp\xE2\x80\xAEles=5");
    QTest::newRow("control key") << QByteArray("\x01=1");
    QTest::newRow("no equals sign") << QByteArray("data.scaling\x7F\xC2\x85");
    QTest::newRow("bad list") << QByteArray("data.center_box=\x1B");
    QTest::newRow("bad bool") << QByteArray("data.transpose=\xFF");
    QTest::newRow("bad widths") << QByteArray("autoencoder.encoder=8,\xE2\x80\x8B");
    // Text settings are stored as given and refused by Config::validate (found by fuzz_set).
    QTest::newRow("bad layer") << QByteArray("data.layer==\x01\0\0", 15);
}

void TestPrintableMessages::setValues() {
    QFETCH(QByteArray, assignment);
    Config config;
    try {
        io::applyAssignment(config, assignment.toStdString());
        config.validate();
        QFAIL("accepted");
    } catch (const Error& error) {
        requirePrintable(error.what());
    }
}

void TestPrintableMessages::importSummaries() {
    // Names the file is free to use (bidi override, zero-width space), in every summary
    // and in the errors that list names.
    const QString path = m_dir.filePath("names.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "g\xE2\x80\xAE,g\xE2\x80\xAE,h\xE2\x80\x8B,lab\xE2\x80\xAE\n"
        "1,2,,a\n3,4,5,b\n5,6,7,a\n");
    file.close();
    DataConfig data;
    data.source = DataSource::Csv;
    data.path = path.toStdString();
    data.labelColumn = "lab\xE2\x80\xAE";
    try {
        io::loadDataset(data);  // a repeated name is an error listing it
        QFAIL("accepted");
    } catch (const Error& error) {
        requirePrintable(error.what());
    }
    data.uniqueNames = true;
    data.missing = MissingPolicy::ImputeMean;
    io::ImportReport report;
    io::loadDataset(data, &report);
    QVERIFY(!report.renamedSummary().empty());
    QVERIFY(!report.missingSummary().empty());
    requirePrintable(report.summary());
    requirePrintable(report.renamedSummary());
    requirePrintable(report.missingSummary());
    for (const std::string& wanted : {std::string("no\x1B[2J"), std::string("x\xE9")}) {
        DataConfig unknown = data;
        unknown.ignoreColumns = {wanted};
        try {
            io::loadDataset(unknown);
            QFAIL("accepted");
        } catch (const Error& error) {
            requirePrintable(error.what());  // "cannot ignore column ... (columns: g\u202E, ...)"
        }
    }
}

void TestPrintableMessages::sessionAndTransformNames() {
    // A session whose column names and settings hold control characters (JSON's \u escapes
    // allow any), and a table applied to it whose own names do.
    Dataset data;
    data.features = Eigen::MatrixXd::Random(40, 3);
    data.columnNames = {"a\x07", "b\xE2\x80\xAE", "c"};
    Config config = quick();
    config.kmeans.k = 2;
    const Result result = runPipeline(config, data);
    const QString path = m_dir.filePath("odd.latentlab");
    io::SessionFile::save(path, result);
    QJsonObject json = io::readJsonObject(path);
    const Result loaded = io::SessionFile::fromJson(json, path.toStdString());
    QCOMPARE(loaded.data.columnNames, data.columnNames);  // kept as they are, only shown escaped

    QJsonObject settings = json["config"].toObject();
    QJsonObject section = settings["data"].toObject();
    section["scaling"] = QString::fromUtf8("min\x1B[1mmax");
    settings["data"] = section;
    json["config"] = settings;
    try {
        io::SessionFile::fromJson(json, "s\x1B.latentlab");
        QFAIL("accepted");
    } catch (const Error& error) {
        requirePrintable(error.what());
    }

    const QString table = m_dir.filePath("new.csv");
    QFile file(table);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("a\xE2\x80\x8B,b\xE2\x80\xAE,d\xC2\x85\n1,2,3\n4,5,6\n");
    file.close();
    const Dataset fresh = io::readTransformInput(loaded.config.data, table);
    try {
        applyModel(FittedModel::fromResult(loaded), fresh);
        QFAIL("accepted");
    } catch (const ColumnMismatch& error) {
        requirePrintable(error.what());  // both lists: the model's and the table's names
        QVERIFY2(QByteArray(error.what()).contains("'a\\x07'"), error.what());
    }
}

QTEST_GUILESS_MAIN(TestPrintableMessages)
#include "tst_printablemessages.moc"
