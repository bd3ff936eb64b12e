// The worker threads' share of the processor below the GUI thread's: on a two-core laptop a
// run keeps both cores busy (its own thread and OpenMP's), and at the same priority the
// window waited for a turn long enough to stall its repaints. Each worker calls this first,
// on its own thread; the OpenMP threads it starts later inherit the priority.
//
//   QMetaObject::invokeMethod(worker, [] { runBelowTheInterface(); });
#pragma once

namespace latentlab::gui {

/// Lowers the calling thread's scheduling priority (Linux: nice + kNiceIncrement); does
/// nothing where threads have no priority of their own. Returns whether it was lowered.
bool runBelowTheInterface();

constexpr int kNiceIncrement = 5;

}  // namespace latentlab::gui
