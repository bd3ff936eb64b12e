// Text for metric values in tables, tooltips, reports and CSV: NaN as an em dash, 4
// significant digits, seconds with 2 decimals, sampled silhouettes with their 95 % interval.
//
//   MetricFormat::value(0.51234)              // "0.5123"
//   MetricFormat::withInterval(0.512, 0.006, 10000)   // "0.512 ± 0.006 (n = 10,000)"
#pragma once

#include "Result.h"

#include <QString>

namespace latentlab::report {

class MetricFormat {
public:
    /// 4 significant digits ("0.1125", "12.35", "544.2"); thousands separators from 10,000
    /// up; exponent form below 0.001; a true minus sign (U+2212); "—" for NaN.
    static QString value(double value);
    static QString seconds(double seconds);
    /// "+0.1234" / "−0.0567" (true minus sign); "0" for no difference.
    static QString difference(double difference, bool isSeconds = false);
    static QString withInterval(double value, double halfWidth, int sampleSize);
    /// A catalog entry's value of `metrics`, as the table shows it.
    static QString cell(const MetricInfo& info, const MethodMetrics& metrics);
    static QString spaceName(MetricSpace space);
    /// Multi-line tooltip: what it measures, where it is computed, which direction is better.
    static QString tooltip(const MetricInfo& info);
    static bool isSeconds(const MetricInfo& info);
    static bool isSampledSilhouette(const MetricInfo& info, const MethodMetrics& metrics);
};

}  // namespace latentlab::report

namespace latentlab::gui {
// The views used it as gui::MetricFormat before it moved here for the headless report.
using report::MetricFormat;
}  // namespace latentlab::gui
