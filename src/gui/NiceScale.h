// Rounds a data range outwards to "nice" tick steps (1, 2, 2.5, 5 x 10^k) so axes read
// 0, 0.5, 1.0 rather than 0.0137, 0.4521; shared by every chart with a value axis.
//
//   NiceScale::apply(axis, NiceScale::around(dataMin, dataMax));
#pragma once

class QValueAxis;

namespace latentlab::gui {

struct NiceRange {
    double min = 0.0;
    double max = 1.0;
    double step = 0.2;
    int ticks = 6;     ///< including both ends
    int decimals = 1;  ///< enough to tell the ticks apart
};

class NiceScale {
public:
    /// A range covering [low, high] with about `targetTicks` ticks; empty input gives [0, 1].
    static NiceRange around(double low, double high, int targetTicks = 6);
    /// Sets the axis range, tick count and a label format with the range's decimals.
    static void apply(QValueAxis* axis, const NiceRange& range);
};

}  // namespace latentlab::gui
