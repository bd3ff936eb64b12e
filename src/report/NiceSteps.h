// The arithmetic of "nice" tick steps, {1, 2, 2.5, 5} x 10^k, shared by the report's axes
// (PlotAxis) and the window's (NiceScale) so both read 0, 0.5, 1.0 the same way.
//
//   const double step = nice::stepAtLeast(span / 6);     // 0.13 -> 0.2, 2.1 -> 2.5
//   const int places = nice::decimalsFor(step);         // 0.25 -> 2
#pragma once

namespace latentlab::nice {

/// Smallest step of the form {1, 2, 2.5, 5} x 10^k that is >= `minimum` (1 for no minimum).
double stepAtLeast(double minimum);
/// The next smaller step of that form: 1 -> 0.5, 2 -> 1, 2.5 -> 2, 5 -> 2.5.
double previousStep(double step);
/// Decimals that tell multiples of a nice `step` apart (2.5 x 10^k needs one more).
int decimalsFor(double step);

}  // namespace latentlab::nice
