// Text from a user's file, made safe to quote in a message: every byte or character that a
// terminal or a message box would not show as itself is written as a visible escape, so a
// binary file's bytes or a hidden bidi override never reach the screen raw.
//
//   printable("\x89HDF\r\n")          // "\x89HDF\x0D\x0A"
//   printable("caf\xC3\xA9 \xE2\x80\xAE")   // "café \u202E": letters stay, controls do not
//   quotedForMessage(cell)            // "'1,5'": quoted, on one line, at most 40 characters
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace latentlab {

/// `text` with C0 and DEL control bytes and bytes that are not valid UTF-8 as \xNN, and
/// valid but invisible or disruptive characters (C1 controls, format characters such as
/// bidi overrides and zero-width spaces, line and paragraph separators, private use and
/// noncharacters) as \uXXXX or \UXXXXXXXX. Backslashes stay as they are, so applying it
/// twice changes nothing.
std::string printable(std::string_view text);

/// Whether printable(text) == text, i.e. the text shows as itself.
bool isPrintable(std::string_view text);

/// printable(text) in single quotes, cut to `longest` characters (never inside a UTF-8
/// sequence or an escape) with "..." when it was longer.
std::string quotedForMessage(std::string_view text, std::size_t longest = 40);

/// Length (1 to 4) of the valid UTF-8 sequence starting at text[at], with its code point in
/// `codePoint`; 0 if the bytes there are not valid UTF-8 (overlong forms, surrogates, code
/// points above U+10FFFF and sequences cut short by the end of `text` included).
int utf8Sequence(std::string_view text, std::size_t at, char32_t& codePoint);

/// Whether a decoded code point shows as itself (see printable()).
bool isPrintableCodePoint(char32_t codePoint);

}  // namespace latentlab
