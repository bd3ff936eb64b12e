// How a worker thread turns the core's exceptions into the two endings the window shows:
// cancelled, or failed with one message a user can act on. PipelineWorker and
// AnalysisWorker share it so a run and an analysis fail in the same words.
#pragma once

#include "Errors.h"

#include <QCoreApplication>
#include <QString>
#include <exception>
#include <new>

namespace latentlab::gui {

template <typename Work, typename OnCancelled, typename OnFailed>
void runReportingOutcome(Work&& work, OnCancelled&& cancelled, OnFailed&& failed) {
    try {
        work();
    } catch (const Cancelled&) {
        cancelled();
    } catch (const latentlab::Error& error) {
        failed(QString::fromStdString(error.what()));
    } catch (const std::bad_alloc&) {
        failed(QCoreApplication::translate(
            "Worker", "Out of memory: try fewer samples or a sampled silhouette."));
    } catch (const std::exception& error) {
        failed(QCoreApplication::translate("Worker", "Unexpected error: %1")
                   .arg(QString::fromStdString(error.what())));
    }
}

}  // namespace latentlab::gui
