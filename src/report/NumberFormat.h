// The one way numbers are written for people, in the GUI, the report and the CLI's printed
// tables: English digits with thousands separators ("36,718"), a true minus sign (U+2212),
// the same significant digits for the same kind of number, "—" for a missing value. Machine
// outputs (CSV, JSON) do not use it: they keep full precision and ASCII.
//
//   NumberFormat::metric(0.000192512)    // "0.0001925"     (4 significant digits)
//   NumberFormat::tick(-2000, 500)       // "−2,000"        (decimals from the step)
//   NumberFormat::count(36718)           // "36,718"
#pragma once

#include <QString>

namespace latentlab::report {

class NumberFormat {
public:
    /// A metric value: 4 significant digits kept with their trailing zeros ("0.3100",
    /// "12.35", "1,235", "52,346"), fixed notation from 1e-4 up to 1e12 and "1.230 × 10⁻⁵"
    /// outside, "0" for zero, "∞"/"−∞", "—" for NaN.
    static QString metric(double value);
    /// A signed difference of metric values: "+0.1234", "−0.0567", "0" when equal.
    static QString difference(double value);
    /// Wall-clock seconds with 2 decimals ("0.05", "1,234.50").
    static QString seconds(double value);
    /// A signed difference of seconds: "+1.25", "−0.40".
    static QString secondsDifference(double value);
    /// A whole number: "36,718", "−1,981".
    static QString count(long long value);
    /// An axis tick at `value` on an axis ticked every `step`: just the decimals the step
    /// needs (step 0.25 → "0.75", step 500 → "1,500"), never "−0".
    static QString tick(double value, double step);
    /// `value` with exactly `decimals` decimals, separators and a true minus; never "−0".
    static QString fixed(double value, int decimals);
    /// A cell of the data (a raw table value, a column statistic): 6 significant digits,
    /// trailing zeros dropped ("3", "0.125", "1,234.57", "2.5 × 10⁻⁷").
    static QString data(double value);
    /// A share as a percentage with one decimal: 0.1234 → "12.3 %".
    static QString percent(double share);
    /// `value` to `digits` significant digits; `trim` drops trailing zeros.
    static QString significant(double value, int digits, bool trim = false);
    /// The text for a missing value.
    static QString missing();
};

}  // namespace latentlab::report
