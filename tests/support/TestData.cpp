#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringDecoder>
#include <QTextStream>
#include <cmath>

namespace testdata {

bool anndataAvailable() {
    static const bool available = [] {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {"-c", "import anndata"});
        return python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit &&
               python.exitCode() == 0;
    }();
    return available;
}

QString path(const QString& name) { return QStringLiteral(LATENTLAB_TEST_DATA "/") + name; }

QJsonObject json(const QString& name) {
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open test data %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

latentlab::Dataset referenceCsv(const QString& name) {
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot open test data %s", qPrintable(name));
    QTextStream in(&file);
    const QStringList header = in.readLine().split(',');
    std::vector<std::vector<double>> rows;
    std::vector<int> labels;
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(',');
        if (cells.size() != header.size()) continue;
        std::vector<double> row;
        for (int c = 0; c + 1 < cells.size(); ++c) row.push_back(cells[c].toDouble());
        rows.push_back(row);
        labels.push_back(cells.back().toInt());
    }
    latentlab::Dataset data;
    const int columns = header.size() - 1;
    data.features.resize(static_cast<Eigen::Index>(rows.size()), columns);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns; ++c) data.features(Eigen::Index(r), c) = rows[r][c];
    for (int c = 0; c < columns; ++c) data.columnNames.push_back(header[c].toStdString());
    data.labels = labels;
    int classes = 0;
    for (int label : labels) classes = std::max(classes, label + 1);
    for (int k = 0; k < classes; ++k) data.labelNames.push_back(std::to_string(k));
    return data;
}

QString nonPrintable(const QByteArray& text) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder(text);
    if (decoder.hasError()) return QStringLiteral("invalid UTF-8");
    const QList<uint> characters = decoded.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const uint c = characters[i];
        // Controls, format characters (bidi, zero width), surrogates, private use, line and
        // paragraph separators, noncharacters. Unassigned code points pass: they do nothing
        // to a terminal and a font shows them as a box.
        const QChar::Category category = QChar::category(c);
        const bool unassigned = category == QChar::Other_NotAssigned && !QChar::isNonCharacter(c);
        if (!unassigned && (!QChar::isPrint(c) || category == QChar::Separator_Line ||
                            category == QChar::Separator_Paragraph)) {
            const QString hex = QString::number(c, 16).toUpper();
            return QStringLiteral("U+%1 at character %2")
                .arg(hex.rightJustified(4, '0'))
                .arg(i + 1);
        }
    }
    return {};
}

Eigen::VectorXd vector(const QJsonValue& value) {
    const QJsonArray array = value.toArray();
    Eigen::VectorXd out(array.size());
    for (int i = 0; i < array.size(); ++i) out(i) = array[i].toDouble();
    return out;
}

Eigen::MatrixXd matrix(const QJsonValue& value) {
    const QJsonArray rows = value.toArray();
    const int columns = rows.isEmpty() ? 0 : rows[0].toArray().size();
    Eigen::MatrixXd out(rows.size(), columns);
    for (int r = 0; r < rows.size(); ++r) out.row(r) = vector(rows[r]).transpose();
    return out;
}

std::vector<int> integers(const QJsonValue& value) {
    std::vector<int> out;
    for (const QJsonValue& v : value.toArray()) out.push_back(v.toInt());
    return out;
}

Eigen::MatrixXd minMaxScaled(const Eigen::MatrixXd& features) {
    Eigen::MatrixXd scaled = features;
    for (Eigen::Index c = 0; c < features.cols(); ++c) {
        const double low = features.col(c).minCoeff(), high = features.col(c).maxCoeff();
        const double scale = high > low ? 1.0 / (high - low) : 1.0;
        scaled.col(c) *= scale;
        scaled.col(c).array() += -low * scale;
    }
    return scaled;
}

Eigen::MatrixXd standardScaled(const Eigen::MatrixXd& features) {
    const Eigen::MatrixXd centred = features.rowwise() - features.colwise().mean();
    const Eigen::ArrayXXd sd =
        (centred.array().square().colwise().sum() / double(features.rows())).sqrt();
    return centred.array().rowwise() / sd.row(0);
}

Eigen::MatrixXd methodFixtureData(const QString& name) {
    if (name.startsWith("iris")) return minMaxScaled(referenceCsv("iris.csv").features);
    if (name.startsWith("wine")) return standardScaled(referenceCsv("wine.csv").features);
    if (name.startsWith("small_blobs"))
        return minMaxScaled(referenceCsv("small_blobs.csv").features);
    if (name.startsWith("seed_blobs_400"))
        return minMaxScaled(referenceCsv("seed_blobs.csv").features.topRows(400));
    qFatal("no method fixture data set called %s", qPrintable(name));
}

static bool report(bool ok, double actual, double expected, double difference,
                   QByteArray* message) {
    if (!ok && message) {
        *message = QByteArray("actual ") + QByteArray::number(actual, 'g', 17) + ", expected " +
                   QByteArray::number(expected, 'g', 17) + ", difference " +
                   QByteArray::number(difference, 'g', 3);
    }
    return ok;
}

bool relativelyClose(double actual, double expected, double rel, QByteArray* message) {
    const double difference = std::abs(actual - expected);
    return report(difference <= rel * std::abs(expected), actual, expected, difference, message);
}

bool absolutelyClose(double actual, double expected, double tolerance, QByteArray* message) {
    const double difference = std::abs(actual - expected);
    return report(difference <= tolerance, actual, expected, difference, message);
}

}  // namespace testdata
