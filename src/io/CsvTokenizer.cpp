#include "CsvTokenizer.h"

#include "IoErrors.h"
#include "PrintableText.h"

#include <algorithm>

namespace latentlab::io {

CsvTokenizer::CsvTokenizer(const QByteArray& text, char delimiter, std::string source)
    : m_data(text.constData()),
      m_size(text.size()),
      m_delimiter(delimiter),
      m_source(printable(source)) {}

char CsvTokenizer::detectDelimiter(const QByteArray& text) {
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    bool started = false;  // leading blank lines are skipped, like the reader does
    for (char c : text) {
        if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: no net change
        if (quoted) continue;
        if (c == '\n' || c == '\r') {
            if (started) break;
            continue;
        }
        started = started || (c != ' ' && c != '\t');
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (tabs > commas && tabs >= semicolons) return '\t';
    if (semicolons > commas) return ';';
    return ',';
}

bool CsvTokenizer::atLineEnd() const {
    return m_pos >= m_size || m_data[m_pos] == '\n' || m_data[m_pos] == '\r';
}

void CsvTokenizer::skipLineEnd() {
    if (m_pos >= m_size) return;
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n') ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvTokenizer::readQuoted(std::string& field) {
    const int startLine = m_line;
    ++m_pos;  // opening quote
    for (;;) {
        if (m_pos >= m_size) {
            throw ReadError(m_source + ", line " + std::to_string(startLine) +
                            ": a quoted field is not closed");
        }
        const char c = m_data[m_pos++];
        if (c == '"') {
            if (m_pos < m_size && m_data[m_pos] == '"') {
                field.push_back('"');
                ++m_pos;
                continue;
            }
            break;
        }
        // Line breaks inside quotes belong to the field but still advance the line count.
        if (c == '\n' || (c == '\r' && (m_pos >= m_size || m_data[m_pos] != '\n'))) ++m_line;
        field.push_back(c);
    }
    while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\t') &&
           m_data[m_pos] != m_delimiter)
        ++m_pos;
    if (!atLineEnd() && m_data[m_pos] != m_delimiter) {
        throw ReadError(m_source + ", line " + std::to_string(m_line) +
                        ": unexpected text after a closing quote");
    }
}

bool CsvTokenizer::next(std::vector<std::string>& fields) {
    if (m_pos >= m_size) return false;
    m_recordLine = m_line;
    std::size_t count = 0;
    bool anyText = false;
    for (;;) {
        if (fields.size() <= count) fields.emplace_back();
        std::string& field = fields[count++];
        field.clear();
        if (m_pos < m_size && m_data[m_pos] == '"') {
            readQuoted(field);
            anyText = true;
        } else {
            // The hot loop of large tables: a plain scan to the next delimiter or line end.
            const char* begin = m_data + m_pos;
            const char* end = m_data + m_size;
            const char* stop = begin;
            while (stop != end && *stop != m_delimiter && *stop != '\n' && *stop != '\r') ++stop;
            field.assign(begin, stop);
            m_pos = stop - m_data;
            if (!anyText)
                anyText = std::any_of(begin, stop, [](char c) { return c != ' ' && c != '\t'; });
        }
        if (atLineEnd()) break;
        ++m_pos;  // delimiter
        anyText = true;
    }
    skipLineEnd();
    fields.resize(count);
    m_blank = !anyText;
    return true;
}

}  // namespace latentlab::io
