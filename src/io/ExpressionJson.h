// An ExpressionSummary (preprocessing counts, kept genes and their scores) as JSON, so a
// session keeps what genes.csv and metrics.json's "preprocessing" are written from.
//
//   session.insert("expression", expressionToJson(*data.expression));
//   data.expression = expressionFromJson(json.value("expression"), "expression");
//   // NaN scores are stored as null
#pragma once

#include "ExpressionSummary.h"

#include <QJsonObject>
#include <QJsonValue>
#include <memory>
#include <string>

namespace latentlab::io {

QJsonObject expressionToJson(const ExpressionSummary& summary);
/// Throws ReadError naming `path` for a missing member or columns of unequal length.
std::shared_ptr<const ExpressionSummary> expressionFromJson(const QJsonValue& value,
                                                            const std::string& path);

}  // namespace latentlab::io
