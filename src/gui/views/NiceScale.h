// Rounds a data range outwards to "nice" tick steps (1, 2, 2.5, 5 x 10^k) so axes read
// 0, 0.5, 1.0 rather than 0.0137, 0.4521; shared by every chart with a value axis.
//
//   NiceScale::apply(axis, NiceScale::around(dataMin, dataMax));
#pragma once

#include <functional>

class QCategoryAxis;
class QValueAxis;
class QString;

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
    /// Sets the axis range and its ticks. A QCategoryAxis gets its labels from NumberFormat
    /// (true minus sign, thousands separators); a plain QValueAxis only takes a printf format,
    /// which groups thousands but writes an ASCII minus.
    static void apply(QValueAxis* axis, const NiceRange& range);
    /// A tick step for [low, high] drawn over `pixels`: the smallest nice step at least
    /// `preferredSpacing` px apart if that gives `minTicks` ticks; else the largest nice step
    /// that does while its ticks stay `labelRoom(step)` px apart; else the smallest that
    /// stays that far apart (a short axis then has fewer ticks, never crowded labels).
    static double readableStep(double low, double high, double pixels, double preferredSpacing,
                               int minTicks, const std::function<double(double)>& labelRoom);
    /// Sets exactly [low, high] (no rounding, so data fills the plot) with labelled ticks at
    /// the multiples of `step` inside it (categories placed on values, so labels are exact).
    /// Ticks closer than `endRoom` of `pixels` to `high` are left out (their label would be
    /// cut at the chart's edge).
    static void applyTight(QCategoryAxis* axis, double low, double high, double step, double pixels,
                           double endRoom = 0.0);
    /// Multiples of `step` in (low, high].
    static int ticksWithin(double low, double high, double step);
    /// Tick label text (NumberFormat::fixed): `decimals` places, thousands separators, a true
    /// minus sign, never "−0.0".
    static QString label(double value, int decimals);
};

}  // namespace latentlab::gui
