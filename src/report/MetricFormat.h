// Text for metric values in tables, tooltips and reports, on top of NumberFormat: the same
// 4 significant digits for every metric, seconds with 2 decimals, sampled silhouettes with
// their 95 % interval, and tooltips made of whole sentences.
//
//   MetricFormat::value(0.51234)                     // "0.5123"
//   MetricFormat::withInterval(0.512, 0.006, 10000)  // "0.512 ± 0.006 (n = 10,000)"
#pragma once

#include "NumberFormat.h"
#include "Result.h"

#include <QString>

namespace latentlab::report {

class MetricFormat {
public:
    /// NumberFormat::metric: "0.5123", "12.35", "1,235", "52,346", "−0.2500", "—" for NaN.
    static QString value(double value);
    static QString seconds(double seconds);
    /// "+0.1234" / "−0.0567" (true minus sign); "0" for no difference.
    static QString difference(double difference, bool isSeconds = false);
    /// difference() in the metric's own unit: seconds, a whole count of clusters, or a value.
    static QString differenceOf(const MetricInfo& info, double difference);
    static QString withInterval(double value, double halfWidth, int sampleSize);
    /// A catalog entry's value of `metrics`, as the table shows it.
    static QString cell(const MetricInfo& info, const MethodMetrics& metrics);
    /// `value` of the metric `info`: seconds for the clock, else value().
    static QString valueOf(const MetricInfo& info, double value);
    static QString spaceName(MetricSpace space);
    /// One sentence on where a metric is computed: "Computed in the latent space."
    static QString whereComputed(MetricSpace space);
    /// Rich-text tooltip of whole sentences, one paragraph each: what it measures, where it
    /// is computed, which direction is better.
    static QString tooltip(const MetricInfo& info);
    static bool isSeconds(const MetricInfo& info);
    static bool isSampledSilhouette(const MetricInfo& info, const MethodMetrics& metrics);
};

}  // namespace latentlab::report

namespace latentlab::gui {
// The views used it as gui::MetricFormat before it moved here for the headless report.
using report::MetricFormat;
using report::NumberFormat;
}  // namespace latentlab::gui
