#include "NumberFormat.h"

#include <QLocale>
#include <cmath>

namespace latentlab::report {

namespace {

const QChar kMinus(0x2212);
// Below and above these magnitudes fixed notation has too many zeros to read.
constexpr double kSmallest = 1e-4;
constexpr double kLargest = 1e12;

const QLocale& english() {
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString signedText(bool negative, const QString& magnitude) {
    return negative ? kMinus + magnitude : magnitude;
}

QString trimmed(QString text) {
    if (!text.contains(QLatin1Char('.'))) return text;
    while (text.endsWith(QLatin1Char('0'))) text.chop(1);
    if (text.endsWith(QLatin1Char('.'))) text.chop(1);
    return text;
}

QString superscript(int exponent) {
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString text = exponent < 0 ? QString(QChar(0x207B)) : QString();
    for (QChar c : QString::number(std::abs(exponent))) text += QChar(digits[c.digitValue()]);
    return text;
}

/// `magnitude` (> 0) rounded to `digits` significant digits as "d.ddd" and its exponent, so
/// that 9.99996 counts as 1.000 x 10^1 rather than as a number below 10.
std::pair<QString, int> scientific(double magnitude, int digits) {
    const QString e = QString::number(magnitude, 'e', digits - 1);
    const int at = e.indexOf(QLatin1Char('e'));
    return {e.left(at), e.mid(at + 1).toInt()};
}

QString nonFinite(double value) {
    if (std::isnan(value)) return NumberFormat::missing();
    return value < 0 ? kMinus + QStringLiteral("\u221e") : QStringLiteral("\u221e");
}

}  // namespace

QString NumberFormat::missing() { return QStringLiteral("\u2014"); }

QString NumberFormat::significant(double value, int digits, bool trim) {
    if (!std::isfinite(value)) return nonFinite(value);
    if (value == 0.0) return QStringLiteral("0");
    digits = std::max(1, digits);
    const double magnitude = std::abs(value);
    const auto [mantissa, exponent] = scientific(magnitude, digits);
    QString text;
    if (magnitude < kSmallest || magnitude >= kLargest) {
        text = (trim ? trimmed(mantissa) : mantissa) + QStringLiteral(" \u00d7 10") +
               superscript(exponent);
    } else {
        text = english().toString(magnitude, 'f', std::max(0, digits - 1 - exponent));
        if (trim) text = trimmed(text);
    }
    return signedText(value < 0, text);
}

QString NumberFormat::metric(double value) { return significant(value, 4); }

QString NumberFormat::difference(double value) {
    if (!std::isfinite(value)) return nonFinite(value);
    if (value == 0.0) return QStringLiteral("0");
    const QString magnitude = metric(std::abs(value));
    return (value < 0 ? QString(kMinus) : QStringLiteral("+")) + magnitude;
}

QString NumberFormat::seconds(double value) { return fixed(value, 2); }

QString NumberFormat::secondsDifference(double value) {
    if (!std::isfinite(value)) return nonFinite(value);
    const QString text = fixed(value, 2);
    return text.startsWith(kMinus) || text == QStringLiteral("0.00") ? text
                                                                     : QStringLiteral("+") + text;
}

QString NumberFormat::count(long long value) {
    const QString magnitude =
        english().toString(value < 0 ? -(unsigned long long)(value) : (unsigned long long)(value));
    return signedText(value < 0, magnitude);
}

QString NumberFormat::fixed(double value, int decimals) {
    if (!std::isfinite(value)) return nonFinite(value);
    decimals = std::clamp(decimals, 0, 15);
    const QString magnitude = english().toString(std::abs(value), 'f', decimals);
    // "-0.00" is zero: no sign.
    bool zero = true;
    for (QChar c : magnitude)
        if (c.isDigit() && c != QLatin1Char('0')) zero = false;
    return signedText(value < 0 && !zero, magnitude);
}

QString NumberFormat::tick(double value, double step) {
    if (!std::isfinite(value)) return nonFinite(value);
    step = std::abs(step);
    if (!(step > 0.0) || !std::isfinite(step)) return significant(value, 3, true);
    if (step < kSmallest || std::abs(value) >= kLargest) return significant(value, 3, true);
    int decimals = 0;
    while (decimals < 12) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * scaled) break;
        ++decimals;
    }
    return fixed(value, decimals);
}

QString NumberFormat::data(double value) { return significant(value, 6, true); }

QString NumberFormat::percent(double share) {
    if (!std::isfinite(share)) return nonFinite(share);
    return fixed(100.0 * share, 1) + QStringLiteral("\u00a0%");
}

}  // namespace latentlab::report
