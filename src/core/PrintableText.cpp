#include "PrintableText.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace latentlab {
namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Code points that would not show as themselves: C1 controls and Unicode's format characters
// (Cf: soft hyphen, Arabic number signs, zero-width and bidi controls, the BOM, interlinear
// annotation, tags), line and paragraph separators (Zl, Zp) and private use (Co), after
// Unicode 15's UnicodeData.txt. Sorted, for a binary search.
constexpr Range kInvisible[] = {
    {0x0080, 0x009F},   {0x00AD, 0x00AD},   {0x0600, 0x0605},   {0x061C, 0x061C},
    {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x0890, 0x0891},   {0x08E2, 0x08E2},
    {0x180E, 0x180E},   {0x200B, 0x200F},   {0x2028, 0x202E},   {0x2060, 0x2064},
    {0x2066, 0x206F},   {0xE000, 0xF8FF},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},
    {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
};

bool invisible(char32_t codePoint) {
    const auto after =
        std::upper_bound(std::begin(kInvisible), std::end(kInvisible), codePoint,
                         [](char32_t value, const Range& range) { return value < range.first; });
    return after != std::begin(kInvisible) && codePoint <= std::prev(after)->last;
}

bool noncharacter(char32_t codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
}

void appendHex(std::string& out, std::uint32_t value, int digits) {
    static const char kDigits[] = "0123456789ABCDEF";
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += kDigits[(value >> shift) & 0xF];
}

/// Appends the next unit of `text` at `at` (one character, as is or escaped) and returns
/// how many bytes it took.
std::size_t appendUnit(std::string& out, std::string_view text, std::size_t at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x20 && byte < 0x7F) {
        out += char(byte);
        return 1;
    }
    char32_t codePoint = 0;
    const int length = byte < 0x80 ? 0 : utf8Sequence(text, at, codePoint);
    if (length == 0) {  // a control byte, or a byte that starts no valid UTF-8 sequence
        out += "\\x";
        appendHex(out, byte, 2);
        return 1;
    }
    if (isPrintableCodePoint(codePoint)) {
        out.append(text.substr(at, std::size_t(length)));
    } else if (codePoint <= 0xFFFF) {
        out += "\\u";
        appendHex(out, codePoint, 4);
    } else {
        out += "\\U";
        appendHex(out, codePoint, 8);
    }
    return std::size_t(length);
}

}  // namespace

int utf8Sequence(std::string_view text, std::size_t at, char32_t& codePoint) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    int length = 0;
    char32_t value = 0;
    char32_t smallest = 0;  // below it, the sequence is an overlong form
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1F, smallest = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0F, smallest = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07, smallest = 0x10000;
    } else {
        return 0;  // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF (F5..FF)
    }
    if (text.size() - at < std::size_t(length)) return 0;
    for (int i = 1; i < length; ++i) {
        if ((byte(std::size_t(i)) & 0xC0) != 0x80) return 0;
        value = (value << 6) | (byte(std::size_t(i)) & 0x3F);
    }
    if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    codePoint = value;
    return length;
}

bool isPrintableCodePoint(char32_t codePoint) {
    if (codePoint < 0x20 || codePoint == 0x7F) return false;
    if (codePoint < 0x7F) return true;
    return !invisible(codePoint) && !noncharacter(codePoint);
}

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) at += appendUnit(out, text, at);
    return out;
}

bool isPrintable(std::string_view text) {
    std::string unit;
    for (std::size_t at = 0; at < text.size();) {
        unit.clear();
        const std::size_t length = appendUnit(unit, text, at);
        if (unit.size() != length || std::memcmp(unit.data(), text.data() + at, length) != 0)
            return false;
        at += length;
    }
    return true;
}

std::string quotedForMessage(std::string_view text, std::size_t longest) {
    std::string out = "'";
    std::size_t units = 0;
    std::size_t at = 0;
    while (at < text.size() && units < longest) {
        at += appendUnit(out, text, at);
        ++units;
    }
    if (at < text.size()) out += "...";
    return out + "'";
}

}  // namespace latentlab
