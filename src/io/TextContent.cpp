#include "TextContent.h"

#include "FileSignature.h"
#include "IoErrors.h"
#include "PrintableText.h"

#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace latentlab::io {
namespace {

bool isBinaryControl(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

/// Offset of the first byte at or after `from` that is not part of valid UTF-8; -1 if none.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from, bool complete) {
    const char* data = bytes.constData();
    const qsizetype size = bytes.size();
    const std::string_view view(data, std::size_t(size));
    qsizetype at = from;
    while (at < size) {
        // Tables are mostly ASCII: skip eight such bytes at a time.
        std::uint64_t word = 0;
        while (at + 8 <= size &&
               (std::memcpy(&word, data + at, 8), (word & 0x8080808080808080u) == 0))
            at += 8;
        if (at >= size) break;
        if (static_cast<unsigned char>(data[at]) < 0x80) {
            ++at;
            continue;
        }
        char32_t codePoint = 0;
        const int length = utf8Sequence(view, std::size_t(at), codePoint);
        if (length == 0) return !complete && size - at < 4 ? -1 : at;  // cut by a partial read
        at += length;
    }
    return -1;
}

/// 1-based line of the byte at `offset`, counting LF, CRLF and CR line ends as the tokenizer.
qsizetype lineAt(const QByteArray& bytes, qsizetype offset) {
    qsizetype line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

/// What a byte that is not UTF-8 would be in the encodings spreadsheets save in ("'é' in
/// Latin-1 and Windows-1252"); empty if it is none of their characters.
std::string asLegacyText(unsigned char byte) {
    // Windows-1252's letters and signs at 0x80..0x9F, where Latin-1 has control codes.
    static const char16_t kWindows1252[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    if (byte < 0x80) return {};
    if (byte < 0xA0) {
        const char16_t character = kWindows1252[byte - 0x80];
        if (character == 0) return {};
        return quotedForMessage(QString(QChar(character)).toStdString()) + " in Windows-1252";
    }
    return quotedForMessage(QString(QChar(char16_t(byte))).toStdString()) +
           " in Latin-1 and Windows-1252";
}

std::string hexByte(unsigned char byte) {
    static const char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0xF];
}

/// Whether the start looks like UTF-16 without a byte-order mark: ASCII characters with a NUL
/// byte beside each.
bool looksLikeUtf16(const QByteArray& bytes) {
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 256) / 2;
    if (pairs < 2) return false;
    bool littleEndian = true, bigEndian = true;
    for (qsizetype i = 0; i < pairs; ++i) {
        const char even = bytes[2 * i], odd = bytes[2 * i + 1];
        littleEndian = littleEndian && even != 0 && odd == 0;
        bigEndian = bigEndian && even == 0 && odd != 0;
    }
    return littleEndian || bigEndian;
}

std::string encodingName(const QByteArray& bytes) {
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return "UTF-32";
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) return "UTF-16";
    return {};
}

}  // namespace

void requireText(const QByteArray& bytes, const std::string& source, const std::string& kind,
                 bool complete) {
    const std::string shownSource = printable(source);
    const std::string encoding = encodingName(bytes);
    if (!encoding.empty())
        throw ReadError(shownSource + ": the file is " + encoding + " text; save it as UTF-8");
    if (looksLikeUtf16(bytes)) {
        throw ReadError(shownSource +
                        ": the file looks like UTF-16 text (without a byte-order mark); save it "
                        "as UTF-8");
    }

    const qsizetype window = std::min(bytes.size(), kBinaryWindow);
    const auto begin = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype control = std::find_if(begin, begin + window, isBinaryControl) - begin;
    const qsizetype invalid = firstInvalidUtf8(bytes, 0, complete);
    const bool invalidEarly = invalid >= 0 && invalid < window;
    const std::string format =
        control < window || invalidEarly ? describeBinaryFormat(bytes, source) : std::string();
    // A control byte makes the file binary; so does a known format whose first byte is not
    // text (HDF5, PNG, ...). Text formats' magic ("PAR1", "MZ") could be a column's name.
    const bool binary =
        control < window || (!format.empty() && static_cast<unsigned char>(bytes.front()) >= 0x80);
    if (binary) {
        const qsizetype at = invalidEarly ? std::min(control, invalid) : control;
        std::string message =
            shownSource + ": not a " + kind + " (binary content at byte " + std::to_string(at + 1);
        const qsizetype line = lineAt(bytes, at);
        if (line > 1) message += ", line " + std::to_string(line);
        message += ")";
        if (!format.empty()) message += ": " + format;
        throw ReadError(message);
    }
    if (bytes.startsWith("%PDF-"))
        throw ReadError(shownSource + ": not a " + kind + ": " +
                        describeBinaryFormat(bytes, source));
    if (invalid < 0) return;
    const auto byte = static_cast<unsigned char>(bytes[invalid]);
    const std::string legacy = asLegacyText(byte);
    throw ReadError(shownSource + ", line " + std::to_string(lineAt(bytes, invalid)) +
                    ": not UTF-8 text: byte " + std::to_string(invalid + 1) + " is " +
                    hexByte(byte) + (legacy.empty() ? "" : " (" + legacy + ")") +
                    "; save the file as UTF-8" +
                    (kind == "text table" ? " (in a spreadsheet program: 'CSV UTF-8')" : ""));
}

}  // namespace latentlab::io
