#include "Palette.h"

#include <array>
#include <cmath>

namespace latentlab::report {

namespace {

// Ordered so that any prefix is as distinct as possible: k = 8 (the notebook's blobs) uses
// the first eight, whose minimum CIELAB distance stays >= 12 under simulated colour blindness.
constexpr std::array<QRgb, 12> kColours{
    0x0077BB,  // blue
    0xE69F00,  // orange
    0x117733,  // green
    0xEE3377,  // magenta
    0x33BBEE,  // sky blue
    0xD55E00,  // vermilion
    0x44AA99,  // teal
    0xAA3377,  // purple
    0x999933,  // olive
    0x7F7F7F,  // grey
    0x332288,  // indigo
    0x8C564B,  // brown
};

double relativeLuminance(const QColor& colour) {
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

}  // namespace

QColor Palette::color(int index) {
    const int n = size();
    const int wrapped = ((index % n) + n) % n;
    return QColor::fromRgb(kColours[static_cast<std::size_t>(wrapped)]);
}

QColor Palette::color(int index, const QColor& background) {
    constexpr double kMinimumContrast = 2.2;
    QColor colour = color(index);
    const bool dark = isDark(background);
    for (int step = 0; step < 8 && contrast(colour, background) < kMinimumContrast; ++step)
        colour = dark ? colour.lighter(125) : colour.darker(125);
    return colour;
}

int Palette::size() { return static_cast<int>(kColours.size()); }

bool Palette::isDark(const QColor& background) { return relativeLuminance(background) < 0.2; }

double Palette::contrast(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a) + 0.05;
    const double lb = relativeLuminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

}  // namespace latentlab::report
