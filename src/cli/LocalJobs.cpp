#include "LocalJobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <algorithm>
#include <memory>

namespace latentlab::cli {

void LocalJobs::run(const std::vector<LocalJob>& jobs,
                    const std::function<void(std::size_t, const JobOutcome&)>& ended) const {
    if (jobs.empty()) return;
    QEventLoop loop;
    std::size_t next = 0, running = 0;
    std::function<void()> startNext;

    const auto finish = [&](QProcess* process, std::size_t index, const QElapsedTimer& clock,
                            JobOutcome outcome) {
        outcome.seconds = double(clock.elapsed()) / 1000.0;
        process->disconnect();
        process->deleteLater();  // not delete: we are inside one of its signals
        --running;
        ended(index, outcome);
        startNext();
        if (running == 0 && next == jobs.size()) loop.quit();
    };

    // N children side by side share the cores: each gets cores / N OpenMP threads (a run with
    // threads = 0 takes OpenMP's count), unless the user chose OMP_NUM_THREADS.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_parallel > 1 && !environment.contains("OMP_NUM_THREADS"))
        environment.insert("OMP_NUM_THREADS",
                           QString::number(std::max(1, QThread::idealThreadCount() / m_parallel)));
    startNext = [&]() {
        while (running < std::size_t(m_parallel) && next < jobs.size()) {
            const std::size_t index = next++;
            auto* process = new QProcess;
            process->setProcessEnvironment(environment);
            auto clock = std::make_shared<QElapsedTimer>();
            process->setStandardOutputFile(jobs[index].stdoutFile);
            process->setStandardErrorFile(jobs[index].stderrFile);
            QObject::connect(process, &QProcess::finished, process,
                             [=, &finish](int exitCode, QProcess::ExitStatus status) {
                                 JobOutcome outcome;
                                 if (status == QProcess::NormalExit) {
                                     outcome.exitCode = exitCode;
                                     outcome.succeeded = exitCode == 0;
                                 } else {
                                     outcome.problem = QStringLiteral("crashed");
                                 }
                                 finish(process, index, *clock, outcome);
                             });
            QObject::connect(process, &QProcess::errorOccurred, process,
                             [=, &finish](QProcess::ProcessError error) {
                                 if (error != QProcess::FailedToStart) return;  // finished follows
                                 JobOutcome outcome;
                                 outcome.problem = "did not start: " + process->errorString();
                                 finish(process, index, *clock, outcome);
                             });
            ++running;
            clock->start();
            process->start(m_program, jobs[index].arguments);
        }
    };

    startNext();
    if (running > 0) loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

}  // namespace latentlab::cli
