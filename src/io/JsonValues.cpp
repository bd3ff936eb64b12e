#include "JsonValues.h"

#include "IoErrors.h"
#include "NumberText.h"
#include "PrintableText.h"

#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace latentlab::io {
namespace {

/// The value as JSON spells it (texts in double quotes), on one line.
std::string spelled(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Null:
            return "null";
        case QJsonValue::Bool:
            return value.toBool() ? "true" : "false";
        case QJsonValue::Double: {
            // Integers exactly, also beyond a double's 53 bits (seeds).
            const qint64 integer = value.toInteger(0);
            if (integer != 0 || value.toInteger(1) == 0) return std::to_string(integer);
            return formatNumber(value.toDouble());
        }
        case QJsonValue::String:
            return "\"" + value.toString().toStdString() + "\"";
        case QJsonValue::Array:
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).toStdString();
        case QJsonValue::Object:
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).toStdString();
        case QJsonValue::Undefined:
            break;
    }
    return "nothing";
}

}  // namespace

QJsonValue numberOrNull(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double numberOrNaN(const QJsonValue& value, const std::string& path) {
    if (value.isNull()) return std::nan("");
    return numberFromJson(value, path);
}

double numberFromJson(const QJsonValue& value, const std::string& path) {
    if (!value.isDouble()) throw ReadError(path + " must be a number, got " + describe(value));
    return value.toDouble();
}

int countFromJson(const QJsonValue& value, const std::string& path) {
    const double number = numberFromJson(value, path);
    if (!(number >= 0.0 && number <= std::numeric_limits<int>::max()) ||
        number != std::floor(number))
        throw ReadError(path + " must be a whole number >= 0, got " + describe(value));
    return static_cast<int>(number);
}

QJsonArray vectorToJson(const Eigen::Ref<const Eigen::VectorXd>& values) {
    QJsonArray array;
    for (Eigen::Index i = 0; i < values.size(); ++i) array.append(numberOrNull(values(i)));
    return array;
}

QJsonArray rowVectorToJson(const Eigen::Ref<const Eigen::RowVectorXd>& values) {
    return vectorToJson(values.transpose());
}

QJsonArray matrixToJson(const Eigen::Ref<const Eigen::MatrixXd>& values) {
    QJsonArray rows;
    for (Eigen::Index r = 0; r < values.rows(); ++r) rows.append(vectorToJson(values.row(r)));
    return rows;
}

Eigen::VectorXd vectorFromJson(const QJsonValue& value, const std::string& path) {
    if (!value.isArray())
        throw ReadError(path + " must be an array of numbers, got " + describe(value));
    const QJsonArray array = value.toArray();
    Eigen::VectorXd out(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out(i) = numberFromJson(array[i], path + "[" + std::to_string(i) + "]");
    return out;
}

Eigen::MatrixXd matrixFromJson(const QJsonValue& value, const std::string& path) {
    if (!value.isArray())
        throw ReadError(path + " must be an array of rows, got " + describe(value));
    const QJsonArray rows = value.toArray();
    Eigen::MatrixXd out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const std::string rowPath = path + "[" + std::to_string(r) + "]";
        const Eigen::VectorXd row = vectorFromJson(rows[r], rowPath);
        if (r == 0) out.resize(rows.size(), row.size());
        if (row.size() != out.cols()) {
            throw ReadError(rowPath + " has " + std::to_string(row.size()) + " values, row 0 has " +
                            std::to_string(out.cols()));
        }
        out.row(r) = row.transpose();
    }
    return out;
}

QJsonValue member(const QJsonObject& object, const char* key, const std::string& path) {
    const auto found = object.constFind(QLatin1String(key));
    if (found == object.constEnd())
        throw ReadError((path.empty() ? std::string(key) : path + "." + key) + " is missing");
    return found.value();
}

std::string describe(const QJsonValue& value) {
    // Strings and keys come from the file as they are: control characters, bidi overrides.
    return printable(spelled(value));
}

}  // namespace latentlab::io
