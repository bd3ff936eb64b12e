#include "BackgroundPriority.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace latentlab::gui {

bool runBelowTheInterface() {
#ifdef __linux__
    // On Linux each thread has its own nice value: PRIO_PROCESS with a thread id sets it.
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    const int current = getpriority(PRIO_PROCESS, thread);
    return setpriority(PRIO_PROCESS, thread, current + kNiceIncrement) == 0;
#else
    return false;
#endif
}

}  // namespace latentlab::gui
