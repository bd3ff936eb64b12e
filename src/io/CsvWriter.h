// Builds CSV text row by row for the output files: fields are quoted only when they must be,
// numbers use their shortest round-trip form and NaN is an empty cell, so a written table
// reads back exactly (also with CsvReader).
//
//   CsvWriter csv;
//   csv.addRow({"z1", "z2", "label"});
//   csv.addNumber(0.5); csv.addNumber(-1.25); csv.addText("setosa"); csv.endRow();
//   QByteArray bytes = csv.bytes();
#pragma once

#include <Eigen/Core>
#include <QByteArray>
#include <string>
#include <string_view>
#include <vector>

namespace latentlab::io {

class CsvWriter {
public:
    explicit CsvWriter(char delimiter = ',') : m_delimiter(delimiter) {}

    void addText(std::string_view text);
    void addNumber(double value);
    void addInteger(long long value);
    void endRow();
    /// A whole row of texts, e.g. the header.
    void addRow(const std::vector<std::string>& texts);

    QByteArray bytes() const { return QByteArray(m_text.data(), qsizetype(m_text.size())); }
    /// The text so far, moved out (the writer is empty afterwards).
    std::string takeText() {
        m_rowStarted = false;
        std::string text;
        text.swap(m_text);
        return text;
    }

    /// A header plus one row per matrix row.
    static QByteArray matrix(const std::vector<std::string>& header,
                             const Eigen::Ref<const Eigen::MatrixXd>& values);

private:
    void separate();

    char m_delimiter;
    std::string m_text;
    bool m_rowStarted = false;
};

}  // namespace latentlab::io
