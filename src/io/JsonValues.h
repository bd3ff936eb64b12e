// Numbers, vectors and matrices as JSON values, and back with shape checks. NaN is written
// as null (JSON has no NaN) and read back as NaN; doubles keep every bit. Errors name the
// dotted path of the offending value, e.g. "autoencoder.layers[2].bias".
//
//   QJsonArray rows = matrixToJson(weights);                      // array of row arrays
//   Eigen::MatrixXd w = matrixFromJson(rows, "layers[0].weights");
#pragma once

#include <Eigen/Core>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <string>

namespace latentlab::io {

/// A number, or null for NaN and infinities.
QJsonValue numberOrNull(double value);
/// The number, NaN for null; throws ReadError naming `path` for anything else.
double numberOrNaN(const QJsonValue& value, const std::string& path);

QJsonArray vectorToJson(const Eigen::Ref<const Eigen::VectorXd>& values);
QJsonArray rowVectorToJson(const Eigen::Ref<const Eigen::RowVectorXd>& values);
QJsonArray matrixToJson(const Eigen::Ref<const Eigen::MatrixXd>& values);

/// These throw ReadError naming `path` for non-arrays, non-numbers or ragged rows.
double numberFromJson(const QJsonValue& value, const std::string& path);
/// A whole number from 0 to INT_MAX (a size or a count); throws ReadError naming `path` and
/// the value otherwise. Converting an arbitrary double to an integer is undefined behaviour.
int countFromJson(const QJsonValue& value, const std::string& path);
Eigen::VectorXd vectorFromJson(const QJsonValue& value, const std::string& path);
Eigen::MatrixXd matrixFromJson(const QJsonValue& value, const std::string& path);

/// The member `key` of `object`; throws ReadError "`path`.`key` is missing" if absent.
QJsonValue member(const QJsonObject& object, const char* key, const std::string& path);
/// The value as compact JSON text, printable (printable()), for error messages.
std::string describe(const QJsonValue& value);

}  // namespace latentlab::io
