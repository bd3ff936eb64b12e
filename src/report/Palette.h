// The one qualitative palette every plot, legend and report figure shares: 24 colours, the
// first 8 Paul Tol's and Okabe & Ito's colour-blind-safe ones, the other 16 taken in order
// from colorcet's Glasbey set glasbey_bw_minc_20_maxl_70 (Glasbey, van der Heijden, Toh &
// Gray, "Colour displays for categorical images", Color Res. Appl. 32, 2007). Past 24 groups
// the colours repeat with the next marker shape, so every group has its own (colour, shape).
#pragma once

#include "Marker.h"

#include <QColor>

namespace latentlab::report {

class Palette {
public:
    /// Colour of group `index`; indices past the end wrap around (negative ones too).
    static QColor color(int index);
    /// The same colour, lightened or darkened until it stands out against `background`.
    static QColor color(int index, const QColor& background);
    static int size();
    /// Marker shape of group `index`: circles for the first size() groups, then squares,
    /// triangles, ... so that (color(index), shape(index)) never repeats below
    /// size() x Marker::shapeCount() groups.
    static MarkerShape shape(int index);
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
