#include "CsvWriter.h"

#include "NumberText.h"

namespace latentlab::io {

void CsvWriter::separate() {
    if (m_rowStarted) m_text.push_back(m_delimiter);
    m_rowStarted = true;
}

void CsvWriter::addText(std::string_view text) {
    separate();
    // Quote what a reader would otherwise split or trim; double the quotes inside.
    const bool needsQuotes =
        text.find_first_of(std::string{m_delimiter, '"', '\n', '\r'}) != std::string_view::npos ||
        (!text.empty() && (text.front() == ' ' || text.back() == ' ' || text.front() == '\t' ||
                           text.back() == '\t'));
    if (!needsQuotes) {
        m_text.append(text);
        return;
    }
    m_text.push_back('"');
    for (char c : text) {
        if (c == '"') m_text.push_back('"');
        m_text.push_back(c);
    }
    m_text.push_back('"');
}

void CsvWriter::addNumber(double value) {
    separate();
    appendNumber(m_text, value);
}

void CsvWriter::addInteger(long long value) {
    separate();
    m_text += std::to_string(value);
}

void CsvWriter::endRow() {
    m_text.push_back('\n');
    m_rowStarted = false;
}

void CsvWriter::addRow(const std::vector<std::string>& texts) {
    for (const std::string& text : texts) addText(text);
    endRow();
}

QByteArray CsvWriter::matrix(const std::vector<std::string>& header,
                             const Eigen::Ref<const Eigen::MatrixXd>& values) {
    CsvWriter csv;
    csv.addRow(header);
    for (Eigen::Index r = 0; r < values.rows(); ++r) {
        for (Eigen::Index c = 0; c < values.cols(); ++c) csv.addNumber(values(r, c));
        csv.endRow();
    }
    return csv.bytes();
}

}  // namespace latentlab::io
