// IgraphSession: a failing igraph call becomes one DataError, igraph stays usable afterwards,
// and the process's igraph handlers are back as they were when the session ends.
#include "Errors.h"
#include "IgraphSession.h"

#include <QtTest>

using namespace latentlab;

class TestIgraphSession : public QObject {
    Q_OBJECT
private slots:
    void failedCallIsOneDataError();
    void igraphIsUsableAfterAnError();
    void handlersAreRestored();
};

/// igraph_modularity with a membership one entry short: igraph's own argument check fails.
static igraph_error_t shortMembership(const IgraphSession& session) {
    IgraphIntVector edges(session, 2);
    edges[0] = 0;
    edges[1] = 1;
    IgraphGraph graph(session, edges, 3);
    IgraphIntVector membership(session, 2);
    igraph_real_t q = 0.0;
    return igraph_modularity(graph.get(), membership.get(), nullptr, 1.0, false, &q);
}

void TestIgraphSession::failedCallIsOneDataError() {
    IgraphSession session("modularity (3 vertices, 1 edges)");
    try {
        session.check(shortMembership(session));
        QFAIL("no error");
    } catch (const DataError& error) {
        const QString message = error.what();
        qInfo("%s", error.what());
        QVERIFY2(message.startsWith("modularity (3 vertices, 1 edges) failed in igraph: "),
                 error.what());
        QVERIFY2(message.contains("embership"), error.what());      // igraph's reason
        QVERIFY2(message.contains("Invalid value"), error.what());  // igraph_strerror
        QVERIFY2(message.contains(".c:"), error.what());
    }
    QCOMPARE(IGRAPH_FINALLY_STACK_SIZE(), 0);
}

void TestIgraphSession::igraphIsUsableAfterAnError() {
    {
        IgraphSession session("first");
        QVERIFY_THROWS_EXCEPTION(DataError, session.check(shortMembership(session)));
    }
    IgraphSession session("second");
    IgraphIntVector edges(session, 2);
    edges[0] = 0;
    edges[1] = 1;
    IgraphGraph graph(session, edges, 2);
    IgraphIntVector membership(session, 2);
    igraph_real_t q = 1.0;
    session.check(igraph_modularity(graph.get(), membership.get(), nullptr, 1.0, false, &q));
    QCOMPARE(q, 0.0);  // one cluster holding every edge
    // A later failure reports its own reason, not the earlier one's.
    try {
        session.check(IGRAPH_ENOMEM);
    } catch (const DataError& error) {
        QVERIFY2(!QString(error.what()).contains("embership"), error.what());
    }
}

void TestIgraphSession::handlersAreRestored() {
    igraph_error_handler_t* before = igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_warning_handler_t* warningBefore =
        igraph_set_warning_handler(igraph_warning_handler_ignore);
    { IgraphSession session("nothing"); }
    QVERIFY(igraph_set_error_handler(before) == igraph_error_handler_ignore);
    QVERIFY(igraph_set_warning_handler(warningBefore) == igraph_warning_handler_ignore);
}

QTEST_APPLESS_MAIN(TestIgraphSession)
#include "tst_igraphsession.moc"
