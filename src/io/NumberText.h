// Numbers as text, independent of the locale: strict parsing (the whole field must be one
// number) for CSV cells and --set values, and the shortest text that reads back bit for bit.
//
//   double v;  if (parseNumber(" 1.5e3", v)) ...      // true, 1500
//   std::string s = formatNumber(0.1);               // "0.1"
#pragma once

#include <string>
#include <string_view>

namespace latentlab::io {

/// Parses all of `text` (spaces/tabs around it and a leading '+' allowed) as a C-locale
/// number. "nan" and "inf" parse (callers decide whether they are acceptable); a value too
/// large for a double becomes +-inf.
bool parseNumber(std::string_view text, double& value);
/// Parses all of `text` as a decimal integer (spaces around it and a leading '+' allowed).
bool parseInteger(std::string_view text, long long& value);

/// Shortest round-trip text of `value` ("0.1", "1e-05"); empty for NaN.
std::string formatNumber(double value);
/// Appends formatNumber(value) to `out` without a temporary.
void appendNumber(std::string& out, double value);

/// Removes spaces and tabs at both ends.
std::string_view trimmed(std::string_view text);

}  // namespace latentlab::io
