// A sweep as its charts draw it, from sweepK or from Leiden's sweepResolution: the swept
// setting (k or the resolution), per method one sample of every measure per swept value, and
// the run's own setting to mark. KSweepChartView draws either kind from it.
//
//   SweepCurves curves = SweepCurves::from(sweepResolution(result, {0.5, 1.0, 1.5}));
//   curves.curveOf("pca")[1].clusters;   // at resolution 1 in the PCA space
#pragma once

#include "KSweep.h"
#include "ResolutionSweep.h"

#include <string>
#include <utility>
#include <vector>

namespace latentlab::gui {

/// What a sweep varies: k-means' k, or Leiden's resolution.
enum class SweptSetting { K, Resolution };

/// One swept value in one space; a measure the sweep has not got is NaN.
struct SweepSample {
    double at = 0.0;  ///< k or the resolution
    double inertia = kNotAvailable;
    double inertiaOverTss = kNotAvailable;
    double silhouette = kNotAvailable;
    double clusters = kNotAvailable;
    double modularity = kNotAvailable;
    double ari = kNotAvailable;
};

struct SweepCurves {
    SweptSetting setting = SweptSetting::K;
    std::vector<std::string> methods;              ///< the run's spaces, in order
    std::vector<std::vector<SweepSample>> curves;  ///< per method, in swept order
    double chosen = 0.0;                           ///< the run's k or resolution
    int silhouetteSampleSize = 0;                  ///< 0 when the silhouettes are exact

    static SweepCurves from(const KSweep& sweep);
    static SweepCurves from(const ResolutionSweep& sweep);

    bool empty() const { return curves.empty() || curves.front().empty(); }
    /// One method's samples; empty when the sweep has none for it.
    const std::vector<SweepSample>& curveOf(const std::string& method) const;
    /// The first and last swept values ({0, 0} when empty).
    std::pair<double, double> range() const;
    /// The distance between neighbouring swept values; 0 with fewer than two.
    double spacing() const;
    /// Whether `value` lies within the swept range, its ends included within a rounding hair.
    bool covers(double value) const;
    /// Whether `value` is the run's setting (within a rounding hair for a resolution).
    bool isChosen(double value) const;
    /// Whether any sample has an ARI (the data had true labels).
    bool hasAri() const;
};

}  // namespace latentlab::gui
