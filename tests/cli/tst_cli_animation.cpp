// latentlab-cli run --animation: the training replayed as a looping GIF and as an H.264 MP4,
// read back by independent tools (ImageMagick's identify and convert, FFmpeg's ffprobe): the
// frame count the run reports, a frame per epoch, first and last frames that differ, and a
// last frame that is the final embedding of embedding_ae.csv — its labels' palette colours
// where its points are. Bad file names and runs with nothing to animate are one clear error.
#include "CliProcess.h"
#include "CsvTokenizer.h"
#include "Palette.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <map>
#include <set>

namespace io = latentlab::io;
using latentlab::report::Palette;

namespace {

/// A program's stdout, or a null string when it cannot be run or fails.
QString toolOutput(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool toolSucceeds(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

bool haveTool(const char* name) { return !QStandardPaths::findExecutable(name).isEmpty(); }

/// Each row's (x, y, label code) of an embedding CSV with z1, z2 and label columns.
struct EmbeddingRows {
    std::vector<double> x, y;
    std::vector<int> label;
};

EmbeddingRows readEmbedding(const QString& path) {
    QFile file(path);
    EmbeddingRows rows;
    if (!file.open(QIODevice::ReadOnly)) return rows;
    const QByteArray bytes = file.readAll();
    io::CsvTokenizer tokens(bytes, ',', path.toStdString());
    std::vector<std::string> fields;
    tokens.next(fields);
    const auto column = [&](const char* name) {
        return std::size_t(std::find(fields.begin(), fields.end(), name) - fields.begin());
    };
    const std::size_t z1 = column("z1"), z2 = column("z2"), label = column("label");
    while (tokens.next(fields)) {
        rows.x.push_back(std::stod(fields[z1]));
        rows.y.push_back(std::stod(fields[z2]));
        rows.label.push_back(std::stoi(fields[label]));  // the blobs' labels are 0, 1, ...
    }
    return rows;
}

double median(std::vector<double> values) {
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

/// Largest residual of the least-squares line through (from, to), and its slope.
std::pair<double, double> lineFit(const std::vector<double>& from, const std::vector<double>& to) {
    const double n = double(from.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < from.size(); ++i)
        sx += from[i], sy += to[i], sxx += from[i] * from[i], sxy += from[i] * to[i];
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double offset = (sy - slope * sx) / n;
    double worst = 0.0;
    for (std::size_t i = 0; i < from.size(); ++i)
        worst = std::max(worst, std::abs(slope * from[i] + offset - to[i]));
    return {worst, slope};
}

QJsonObject probeVideo(const QString& path) {
    const QString json = toolOutput(
        "ffprobe", {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                    "stream=nb_read_frames,codec_name,pix_fmt,width,height,avg_frame_rate", "-of",
                    "json", path});
    return QJsonDocument::fromJson(json.toUtf8())["streams"][0].toObject();
}

/// The frame count from "[animation] N frames" on stderr, or -1.
int reportedFrames(const CliRun& run) {
    for (const QString& line : run.errLines)
        if (line.startsWith("[animation] ")) return line.section(' ', 1, 1).toInt();
    return -1;
}

QStringList aeRun() {
    return {"--set", "data.samples=400",       "--set", "autoencoder.epochs=12",
            "--set", "methods=pca,autoencoder"};
}

}  // namespace

class TestCliAnimation : public QObject {
    Q_OBJECT
private slots:
    void gifReplaysTheAutoencoder();
    void mp4ShowsEveryAnimatingMethod();
    void badRequestsAreOneClearError_data();
    void badRequestsAreOneClearError();

private:
    QTemporaryDir m_dir;
};

void TestCliAnimation::gifReplaysTheAutoencoder() {
    const QString out = m_dir.filePath("ae"), gif = m_dir.filePath("ae.gif");
    const CliRun run = runCli(QStringList{"run", "--out", out, "--animation", gif} + aeRun());
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    QCOMPARE(reportedFrames(run), 12);  // one per epoch; PCA has none
    QVERIFY(run.errLines.contains("wrote animation " + gif));
    QVERIFY(QFileInfo(gif).permissions() & QFile::ReadOther);  // not the temporary file's 0600

    // Loops for ever: NETSCAPE2.0, sub-block of 3 bytes, 1, loop count 0.
    QFile file(gif);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QByteArray("NETSCAPE2.0\x03\x01\x00\x00", 15)));

    if (!haveTool("identify") || !haveTool("convert")) QSKIP("ImageMagick is not installed");
    const QStringList frames =
        toolOutput("identify", {"-format", "%T %w %h\n", gif}).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(frames.size(), 12);
    QCOMPARE(frames.front().section(' ', 0, 0), QString("10"));  // 1/10 s at 10 fps
    QCOMPARE(frames.back().section(' ', 0, 0), QString("150"));  // rests on the final frame
    const QString first = m_dir.filePath("first.png"), last = m_dir.filePath("last.png");
    QVERIFY(toolSucceeds("convert", {gif + "[0]", first}));
    QVERIFY(toolSucceeds("convert", {gif + "[11]", last}));
    const QImage firstImage(first), lastImage(last);
    QVERIFY(!lastImage.isNull());
    QCOMPARE(lastImage.size(), firstImage.size());
    QVERIFY(lastImage.width() % 2 == 0 && lastImage.height() % 2 == 0);
    QVERIFY(firstImage.convertToFormat(QImage::Format_RGB32) !=
            lastImage.convertToFormat(QImage::Format_RGB32));

    // Where the palette colours are in the last frame: each label's pixels sit where its
    // points of the final embedding do, on axes that map the CSV's z1 and z2 linearly.
    const EmbeddingRows rows = readEmbedding(QDir(out).filePath("embedding_ae.csv"));
    QCOMPARE(rows.x.size(), std::size_t(400));
    std::map<int, std::vector<double>> pixelX, pixelY, dataX, dataY;
    for (std::size_t i = 0; i < rows.x.size(); ++i) {
        dataX[rows.label[i]].push_back(rows.x[i]);
        dataY[rows.label[i]].push_back(rows.y[i]);
    }
    std::map<QRgb, int> labelOf;
    for (const auto& [label, values] : dataX) labelOf[Palette::color(label).rgb()] = label;
    const QImage pixels = lastImage.convertToFormat(QImage::Format_RGB32);
    std::set<QRgb> paletteColours;
    for (int y = 0; y < pixels.height(); ++y) {
        for (int x = 0; x < pixels.width(); ++x) {
            const QRgb colour = pixels.pixel(x, y);
            for (int g = 0; g < Palette::size(); ++g)
                if (Palette::color(g).rgb() == colour) paletteColours.insert(colour);
            const auto label = labelOf.find(colour);
            if (label == labelOf.end()) continue;
            pixelX[label->second].push_back(x);
            pixelY[label->second].push_back(y);
        }
    }
    QCOMPARE(paletteColours.size(), labelOf.size());  // the labels present, no other
    std::vector<double> medianX, medianY, medianPixelX, medianPixelY;
    for (const auto& [label, values] : dataX) {
        QVERIFY2(pixelX[label].size() > 100, qPrintable(QString("label %1").arg(label)));
        medianX.push_back(median(values));
        medianY.push_back(median(dataY[label]));
        medianPixelX.push_back(median(pixelX[label]));
        medianPixelY.push_back(median(pixelY[label]));
    }
    const auto [worstX, slopeX] = lineFit(medianX, medianPixelX);
    const auto [worstY, slopeY] = lineFit(medianY, medianPixelY);
    QVERIFY2(slopeX > 0 && slopeY < 0, qPrintable(QString("%1 %2").arg(slopeX).arg(slopeY)));
    // Within a few dots: the legend's marks pull the medians a little.
    QVERIFY2(worstX < 0.03 * pixels.width(), qPrintable(QString::number(worstX)));
    QVERIFY2(worstY < 0.03 * pixels.height(), qPrintable(QString::number(worstY)));
}

void TestCliAnimation::mp4ShowsEveryAnimatingMethod() {
    const QString mp4 = m_dir.filePath("two.mp4");
    const CliRun run = runCli({"run", "--animation", mp4, "--animation-fps", "12", "--set",
                               "data.samples=400", "--set", "autoencoder.epochs=12", "--set",
                               "methods=autoencoder,umap", "--set", "umap.epochs=30"});
    QVERIFY2(run.exitCode == 0, qPrintable(commandFailure(run)));
    // The longer replay sets the length; the autoencoder's panel holds its final frame.
    QCOMPARE(reportedFrames(run), 30);
    if (!haveTool("ffprobe")) QSKIP("ffmpeg (ffprobe) is not installed");
    const QJsonObject stream = probeVideo(mp4);
    QCOMPARE(stream["codec_name"].toString(), QString("h264"));
    QCOMPARE(stream["pix_fmt"].toString(), QString("yuv420p"));
    QCOMPARE(stream["nb_read_frames"].toString(), QString("30"));
    QCOMPARE(stream["avg_frame_rate"].toString(), QString("12/1"));
    const int width = stream["width"].toInt(), height = stream["height"].toInt();
    QVERIFY(width % 2 == 0 && height % 2 == 0);
    QVERIFY2(width > height && width >= 2 * 480,
             qPrintable(QString("%1x%2").arg(width).arg(height)));
}

void TestCliAnimation::badRequestsAreOneClearError_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("avi") << QStringList{"--animation", "out.avi"}
                         << "cannot write the animation out.avi: the file name must end in .gif "
                            "or .mp4";
    QTest::newRow("no folder") << QStringList{"--animation", "/nonexistent/folder/a.gif"}
                               << "the folder /nonexistent/folder does not exist";
    QTest::newRow("only pca") << QStringList{"--animation", "a.gif", "--set", "methods=pca"}
                              << "--animation: none of the methods (pca) trains step by step";
    QTest::newRow("fps") << QStringList{"--animation", "a.mp4", "--animation-fps", "0"}
                         << "--animation-fps must be an integer from 1 to 60, got '0'";
    QTest::newRow("fps alone") << QStringList{"--out", "x", "--animation-fps", "5"}
                               << "--animation-fps applies to --animation FILE only";
}

void TestCliAnimation::badRequestsAreOneClearError() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{"run"} + arguments, m_dir.path());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines[0].contains(message), qPrintable(run.errLines[0]));
    QVERIFY(!QFile::exists(m_dir.filePath("out.avi")));
}

QTEST_GUILESS_MAIN(TestCliAnimation)
#include "tst_cli_animation.moc"
