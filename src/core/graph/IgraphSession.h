// The one door through which the core calls igraph. Debian's igraph 0.10 is built without
// thread-local storage (IGRAPH_THREAD_SAFE 0): its random generator, error and warning handlers
// and cleanup stack are process globals. A session holds one process-wide mutex for its
// lifetime (so igraph work is serialised), installs handlers that keep igraph from aborting or
// printing, and turns a failed call into one DataError. Internal: needs igraph's headers.
//
//   IgraphSession session("Leiden clustering (150 vertices, 1344 edges)");
//   IgraphVector weights(session, 10);
//   session.check(igraph_strength(&graph, strength.get(), ...));   // DataError on failure
#pragma once

#include <igraph.h>

#include <mutex>
#include <string>

namespace latentlab {

class IgraphSession {
public:
    /// `task` starts every error message ("Leiden clustering (150 vertices, 1344 edges)").
    explicit IgraphSession(std::string task);
    ~IgraphSession();
    IgraphSession(const IgraphSession&) = delete;
    IgraphSession& operator=(const IgraphSession&) = delete;

    /// Throws DataError "<task> failed in igraph: <reason> (<kind>, <file>:<line>)" unless
    /// `code` is IGRAPH_SUCCESS. igraph has already freed its temporaries by then.
    void check(igraph_error_t code) const;

private:
    std::unique_lock<std::mutex> m_lock;
    std::string m_task;
    igraph_error_handler_t* m_previousErrorHandler;
    igraph_warning_handler_t* m_previousWarningHandler;
};

/// Owns an igraph_vector_t (doubles); created and destroyed inside a session.
class IgraphVector {
public:
    IgraphVector(const IgraphSession& session, igraph_integer_t size);
    ~IgraphVector() { igraph_vector_destroy(&m_vector); }
    IgraphVector(const IgraphVector&) = delete;
    IgraphVector& operator=(const IgraphVector&) = delete;
    igraph_vector_t* get() { return &m_vector; }
    igraph_integer_t size() const { return igraph_vector_size(&m_vector); }
    igraph_real_t& operator[](igraph_integer_t i) { return VECTOR(m_vector)[i]; }

private:
    igraph_vector_t m_vector;
};

/// Owns an igraph_vector_int_t (edge lists, memberships).
class IgraphIntVector {
public:
    IgraphIntVector(const IgraphSession& session, igraph_integer_t size);
    ~IgraphIntVector() { igraph_vector_int_destroy(&m_vector); }
    IgraphIntVector(const IgraphIntVector&) = delete;
    IgraphIntVector& operator=(const IgraphIntVector&) = delete;
    igraph_vector_int_t* get() { return &m_vector; }
    igraph_integer_t size() const { return igraph_vector_int_size(&m_vector); }
    igraph_integer_t& operator[](igraph_integer_t i) { return VECTOR(m_vector)[i]; }
    igraph_integer_t operator[](igraph_integer_t i) const { return VECTOR(m_vector)[i]; }

private:
    igraph_vector_int_t m_vector;
};

/// Owns an undirected igraph_t made from a flat edge list (a0 b0 a1 b1 ...).
class IgraphGraph {
public:
    IgraphGraph(const IgraphSession& session, IgraphIntVector& edges, igraph_integer_t vertices);
    ~IgraphGraph() { igraph_destroy(&m_graph); }
    IgraphGraph(const IgraphGraph&) = delete;
    IgraphGraph& operator=(const IgraphGraph&) = delete;
    const igraph_t* get() const { return &m_graph; }

private:
    igraph_t m_graph;
};

}  // namespace latentlab
