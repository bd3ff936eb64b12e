#include "NumberText.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace latentlab::io {
namespace {

/// Drops one leading '+' that from_chars would reject, unless a sign follows it.
std::string_view withoutPlus(std::string_view text) {
    if (text.size() > 1 && text.front() == '+' && text[1] != '-' && text[1] != '+')
        text.remove_prefix(1);
    return text;
}

}  // namespace

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

bool parseNumber(std::string_view text, double& value) {
    text = withoutPlus(trimmed(text));
    if (text.empty()) return false;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (stop != end) return false;
    if (error == std::errc::result_out_of_range) {
        // from_chars leaves `value` untouched here: tell overflow (+-inf) from underflow (0).
        const bool negative = text.front() == '-';
        const std::size_t exponent = text.find_first_of("eE");
        const std::string_view integerPart = text.substr(0, text.find_first_of(".eE"));
        const bool underflow = (exponent != std::string_view::npos && exponent + 1 < text.size() &&
                                text[exponent + 1] == '-') ||
                               integerPart.find_first_of("123456789") == std::string_view::npos;
        const double magnitude = underflow ? 0.0 : std::numeric_limits<double>::infinity();
        value = negative ? -magnitude : magnitude;
        return true;
    }
    return error == std::errc();
}

bool parseInteger(std::string_view text, long long& value) {
    text = withoutPlus(trimmed(text));
    if (text.empty()) return false;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    return stop == end && error == std::errc();
}

void appendNumber(std::string& out, double value) {
    if (std::isnan(value)) return;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

std::string formatNumber(double value) {
    std::string out;
    appendNumber(out, value);
    return out;
}

}  // namespace latentlab::io
