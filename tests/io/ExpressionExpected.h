// Shared by the expression reader tests: compares what a reader gave with the values
// tests/data/expression/make_fixtures.py took from anndata / scipy (expected.json), and
// catches what a call writes to stderr (HDF5 must never print its own error stack).
#pragma once

#include "ExpressionData.h"
#include "TestData.h"

#include <unistd.h>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <functional>
#include <string>

namespace expression {

inline QString path(const QString& name) { return testdata::path("expression/" + name); }

inline QJsonObject expected(const QString& key) {
    return testdata::json("expression/expected.json").value(key).toObject();
}

inline QStringList texts(const std::vector<std::string>& values) {
    QStringList list;
    for (const std::string& v : values) list << QString::fromStdString(v);
    return list;
}

inline QStringList texts(const QJsonValue& array) {
    QStringList list;
    for (const QJsonValue& v : array.toArray()) list << v.toString();
    return list;
}

/// Shape, every value, the names and (if `obs`) the obs columns against expected.json.
inline void compare(const latentlab::ExpressionData& data, const QJsonObject& want, bool obs) {
    const QJsonArray shape = want.value("shape").toArray();
    QCOMPARE(data.cells(), shape.at(0).toInt());
    QCOMPARE(data.genes(), shape.at(1).toInt());
    data.values.validate();
    const Eigen::MatrixXd dense = data.values.toDense();
    const QJsonArray values = want.value("values").toArray();
    for (int r = 0; r < data.cells(); ++r)
        for (int c = 0; c < data.genes(); ++c)
            LL_COMPARE_ABS(dense(r, c), values.at(r * data.genes() + c).toDouble(), 1e-6);
    QCOMPARE(texts(data.cellNames), texts(want.value("cells")));
    QCOMPARE(texts(data.geneIds), texts(want.value("gene_ids")));
    QCOMPARE(texts(data.geneNames), texts(want.value("gene_names")));
    if (!obs) return;
    const QJsonObject columns = want.value("obs").toObject();
    QCOMPARE(int(data.annotations.size()), columns.size());
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const latentlab::ExpressionData::Annotation* column =
            data.annotation(it.key().toStdString());
        QVERIFY2(column, qPrintable("no obs column " + it.key()));
        const QJsonArray cells = it.value().toArray();
        QCOMPARE(int(column->values.size()), cells.size());
        for (int i = 0; i < cells.size(); ++i) {
            const QString got = QString::fromStdString(column->values[std::size_t(i)]);
            if (cells.at(i).isDouble())
                LL_COMPARE_ABS(got.toDouble(), cells.at(i).toDouble(), 1e-12);
            else if (cells.at(i).isNull())
                QCOMPARE(got, QString());
            else
                QCOMPARE(got, cells.at(i).toString());
        }
    }
}

/// What `call` wrote to stderr (file descriptor 2) while it ran.
inline QByteArray stderrOf(const std::function<void()>& call) {
    QTemporaryFile capture;
    if (!capture.open()) return "(cannot capture stderr)";
    fflush(stderr);
    const int saved = dup(2);
    dup2(capture.handle(), 2);
    call();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    capture.seek(0);
    return capture.readAll();
}

}  // namespace expression
