// The one qualitative palette every plot, legend and report figure shares: 12 colours chosen
// from Paul Tol's and Okabe-Ito's colour-blind-safe sets so the first 8 stay apart under
// deuteranopia, protanopia and tritanopia, all of mid lightness so they read on white and dark.
#pragma once

#include <QColor>

namespace latentlab::report {

class Palette {
public:
    /// Colour of group `index`; indices past the end wrap around (negative ones too).
    static QColor color(int index);
    /// The same colour, lightened or darkened until it stands out against `background`.
    static QColor color(int index, const QColor& background);
    static int size();
    /// True when `background` is dark enough that text and marks should be light.
    static bool isDark(const QColor& background);
    /// WCAG contrast ratio of two colours (1 .. 21).
    static double contrast(const QColor& a, const QColor& b);
};

}  // namespace latentlab::report

namespace latentlab::gui {
// The views used it as gui::Palette before it moved here for the headless report.
using report::Palette;
}  // namespace latentlab::gui
