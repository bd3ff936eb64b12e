#include "Palette.h"

#include <array>
#include <cmath>

namespace latentlab::report {

namespace {

// Ordered so that any prefix is as distinct as possible. The first eight (k = 8, the
// notebook's blobs) keep a minimum CIELAB distance >= 12 under simulated colour blindness.
// The rest are the first colours of glasbey_bw_minc_20_maxl_70 that stay >= 14.5 CIEDE2000
// from every earlier one on white and on the dark theme (tests/data/palette_selection.py
// picks them; tst_palette checks the distances).
constexpr std::array<QRgb, 24> kColours{
    0x0077BB,  // blue
    0xE69F00,  // orange
    0x117733,  // green
    0xEE3377,  // magenta
    0x33BBEE,  // sky blue
    0xD55E00,  // vermilion
    0x44AA99,  // teal
    0xAA3377,  // purple
    0xD60000,  // red
    0x8C3BFF,  // violet
    0xFF7ED1,  // pink
    0x573B00,  // dark brown
    0x005659,  // dark teal
    0xA17569,  // rose brown
    0xBCB6FF,  // lavender
    0x645472,  // grey purple
    0x8EBA00,  // yellow green
    0xBAC389,  // sage
    0xE252FF,  // orchid
    0x2DB152,  // emerald
    0x596D00,  // olive
    0x5949A3,  // indigo
    0xAC8399,  // mauve
    0x5D7E69,  // grey green
};

double relativeLuminance(const QColor& colour) {
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

/// floor(a / b) and its non-negative remainder, for negative indices too.
int wrapped(int a, int b) { return ((a % b) + b) % b; }
int floorDivided(int a, int b) { return (a - wrapped(a, b)) / b; }

}  // namespace

QColor Palette::color(int index) {
    return QColor::fromRgb(kColours[static_cast<std::size_t>(wrapped(index, size()))]);
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

MarkerShape Palette::shape(int index) {
    return MarkerShape(wrapped(floorDivided(index, size()), Marker::shapeCount()));
}

bool Palette::isDark(const QColor& background) { return relativeLuminance(background) < 0.2; }

double Palette::contrast(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a) + 0.05;
    const double lb = relativeLuminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

}  // namespace latentlab::report
