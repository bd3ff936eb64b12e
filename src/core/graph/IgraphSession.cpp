#include "IgraphSession.h"

#include "Errors.h"

#include <utility>

namespace latentlab {
namespace {

std::mutex& igraphMutex() {
    static std::mutex mutex;
    return mutex;
}

/// The first failure igraph reported in the current session. igraph calls the handler again,
/// with an empty reason, at every level its error passes up; the innermost reason is kept.
/// Guarded by igraphMutex() (only a session's thread reaches the handler).
struct PendingError {
    bool set = false;
    std::string reason;
    std::string place;
};
PendingError pendingError;

void recordError(const char* reason, const char* file, int line, igraph_error_t) {
    if (!pendingError.set || (pendingError.reason.empty() && reason && *reason)) {
        pendingError.set = true;
        pendingError.reason = reason ? reason : "";
        pendingError.place = std::string(file ? file : "?") + ":" + std::to_string(line);
    }
    // What igraph's own non-aborting handlers do: free what the failing call allocated.
    IGRAPH_FINALLY_FREE();
}

void ignoreWarning(const char*, const char*, int) {}

}  // namespace

IgraphSession::IgraphSession(std::string task)
    : m_lock(igraphMutex()),
      m_task(std::move(task)),
      m_previousErrorHandler(igraph_set_error_handler(recordError)),
      m_previousWarningHandler(igraph_set_warning_handler(ignoreWarning)) {
    pendingError = PendingError();
}

IgraphSession::~IgraphSession() {
    igraph_set_warning_handler(m_previousWarningHandler);
    igraph_set_error_handler(m_previousErrorHandler);
}

void IgraphSession::check(igraph_error_t code) const {
    if (code == IGRAPH_SUCCESS) return;
    const PendingError error = std::exchange(pendingError, PendingError());
    std::string message = m_task + " failed in igraph: ";
    message += error.reason.empty() ? igraph_strerror(code) : error.reason;
    message += " (";
    message += igraph_strerror(code);
    if (error.set) message += ", " + error.place;
    message += ")";
    throw DataError(message);
}

IgraphVector::IgraphVector(const IgraphSession& session, igraph_integer_t size) {
    session.check(igraph_vector_init(&m_vector, size));
}

IgraphIntVector::IgraphIntVector(const IgraphSession& session, igraph_integer_t size) {
    session.check(igraph_vector_int_init(&m_vector, size));
}

IgraphGraph::IgraphGraph(const IgraphSession& session, IgraphIntVector& edges,
                         igraph_integer_t vertices) {
    session.check(igraph_create(&m_graph, edges.get(), vertices, IGRAPH_UNDIRECTED));
}

}  // namespace latentlab
