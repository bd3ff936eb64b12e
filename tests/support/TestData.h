// Shared helpers for the test suites: locating tests/data, reading scikit-learn's reference
// JSON and CSV files (with a parser independent of src/io), and tolerance comparisons that
// print both values when they fail.
#pragma once

#include "Dataset.h"

#include <Eigen/Core>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QtTest>

namespace testdata {

/// Absolute path of a file in tests/data.
QString path(const QString& name);
/// A JSON object file from tests/data.
QJsonObject json(const QString& name);
/// A reference CSV (numeric columns, last column an integer label) as a Dataset.
latentlab::Dataset referenceCsv(const QString& name);

Eigen::VectorXd vector(const QJsonValue& array);
Eigen::MatrixXd matrix(const QJsonValue& arrayOfRows);
std::vector<int> integers(const QJsonValue& array);

/// MinMaxScaler's transform in scikit-learn's own arithmetic (x * scale + offset), so the
/// scaled points are bit for bit those the reference values were computed from.
Eigen::MatrixXd minMaxScaled(const Eigen::MatrixXd& features);
/// StandardScaler's transform (population standard deviation).
Eigen::MatrixXd standardScaled(const Eigen::MatrixXd& features);
/// The scaled data sets the method fixtures (tests/data/umap, tests/data/tsne) were made
/// from, by the name those scripts give them, suffixes ignored ("iris_k5" is "iris"):
/// iris (MinMax), wine (z-score), small_blobs (MinMax), seed_blobs_400 (the first 400 rows
/// of seed_blobs.csv, MinMax of those rows).
Eigen::MatrixXd methodFixtureData(const QString& name);

/// What in `text` (UTF-8) would not show as itself on a screen, by Qt's Unicode tables and
/// independent of src/: "invalid UTF-8" or "U+202E at character 17"; empty if nothing.
/// Controls, format characters, separators other than the space, private use and
/// noncharacters count; unassigned code points do not (a font shows them as a box).
QString nonPrintable(const QByteArray& text);

/// Whether Debian's python3-anndata can be imported by /usr/bin/python3 (asked once).
bool anndataAvailable();

/// |actual - expected| <= rel * |expected|, with a message naming both on failure.
bool relativelyClose(double actual, double expected, double rel, QByteArray* message);
bool absolutelyClose(double actual, double expected, double tolerance, QByteArray* message);

}  // namespace testdata

#define LL_COMPARE_REL(actual, expected, rel)                                           \
    do {                                                                                \
        QByteArray llMessage;                                                           \
        if (!testdata::relativelyClose((actual), (expected), (rel), &llMessage))        \
            QFAIL((QByteArray(#actual " vs " #expected ": ") + llMessage).constData()); \
    } while (false)

#define LL_COMPARE_ABS(actual, expected, tolerance)                                     \
    do {                                                                                \
        QByteArray llMessage;                                                           \
        if (!testdata::absolutelyClose((actual), (expected), (tolerance), &llMessage))  \
            QFAIL((QByteArray(#actual " vs " #expected ": ") + llMessage).constData()); \
    } while (false)
