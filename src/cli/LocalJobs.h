// Child processes on this machine, at most `parallel` at a time: each job is one program
// run whose stdout and stderr go to files, and each end is reported as it comes. A failed
// job (non-zero exit, crash, or no start at all) does not stop the others.
//
//   LocalJobs pool(QCoreApplication::applicationFilePath(), 2);
//   pool.run(jobs, [](const LocalJob& job, const JobOutcome& outcome) { ... });
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace latentlab::cli {

struct LocalJob {
    QStringList arguments;
    QString stdoutFile;  ///< created or truncated; its folder must exist
    QString stderrFile;
};

struct JobOutcome {
    bool succeeded = false;
    int exitCode = -1;  ///< -1 when the process crashed or did not start
    QString problem;    ///< why it failed, when not by its exit code ("crashed", ...)
    double seconds = 0.0;
};

class LocalJobs {
public:
    /// `parallel` >= 1.
    LocalJobs(QString program, int parallel)
        : m_program(std::move(program)), m_parallel(parallel) {}

    /// Returns when every job has ended; `ended` is called once per job, in the order
    /// they end, with its index into `jobs`.
    void run(const std::vector<LocalJob>& jobs,
             const std::function<void(std::size_t, const JobOutcome&)>& ended) const;

private:
    QString m_program;
    int m_parallel;
};

}  // namespace latentlab::cli
