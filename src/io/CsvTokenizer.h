// Splits delimited text (CSV, TSV, semicolon-separated) into records of fields, RFC 4180
// style: quoted fields may hold delimiters, line breaks and doubled quotes; lines end in LF,
// CRLF or CR. Each record remembers the line it starts on, so errors can point at it.
//
//   CsvTokenizer tokens(bytes, CsvTokenizer::detectDelimiter(bytes), "data.csv");
//   std::vector<std::string> fields;
//   while (tokens.next(fields)) use(tokens.line(), fields);
#pragma once

#include <QByteArray>
#include <string>
#include <vector>

namespace latentlab::io {

class CsvTokenizer {
public:
    /// `text` must outlive the tokenizer; `source` names it in error messages (printable).
    CsvTokenizer(const QByteArray& text, char delimiter, std::string source);

    /// ',', ';' or tab: whichever occurs most often outside quotes on the first non-blank line
    /// (',' when none does, i.e. a single column).
    static char detectDelimiter(const QByteArray& text);

    /// Reads the next record into `fields` (reusing its strings); false at the end of the
    /// text. Throws ReadError for an unclosed quote or text after a closing quote.
    bool next(std::vector<std::string>& fields);
    /// 1-based line on which the last record started.
    int line() const { return m_recordLine; }
    /// Whether the last record was an empty (or whitespace-only) line.
    bool blank() const { return m_blank; }

private:
    void readQuoted(std::string& field);
    bool atLineEnd() const;
    void skipLineEnd();

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    char m_delimiter;
    std::string m_source;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_blank = false;
};

}  // namespace latentlab::io
