#include "ConsoleObserver.h"

#include <algorithm>

namespace latentlab::cli {

ConsoleObserver::ConsoleObserver(std::FILE* stream, int epochs, int repeats)
    : m_stream(stream),
      m_epochs(epochs),
      m_epochStep(std::max(1, epochs / 10)),
      m_repeats(repeats) {}

void ConsoleObserver::printPrefix(const char* stage) const {
    if (m_repeats > 0)
        std::fprintf(m_stream, "[%d/%d %s]", m_repeat, m_repeats, stage);
    else
        std::fprintf(m_stream, "[%s]", stage);
}

void ConsoleObserver::stageStarted(Stage stage) {
    // Each run starts with Generate (blobs) or, on given data, with Scale.
    if (stage == Stage::Generate || (stage == Stage::Scale && !m_generated)) ++m_repeat;
    m_generated = stage == Stage::Generate;
    if (stage == Stage::Fit) return;  // each method's lines say it
    printPrefix(toString(stage));
    std::fputc('\n', m_stream);
    std::fflush(m_stream);
}

void ConsoleObserver::validationMeasured(int epoch, double loss) {
    m_validationEpoch = epoch;
    m_validationLoss = loss;
}

void ConsoleObserver::methodStarted(const std::string& method) {
    m_methodStart = std::chrono::steady_clock::now();
    if (method == "autoencoder") return;  // the epoch lines say it
    printPrefix(method.c_str());
    std::fputc('\n', m_stream);
    std::fflush(m_stream);
}

void ConsoleObserver::embeddingReady(const std::string& method, const Eigen::MatrixXd& embedding) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_methodStart).count();
    printPrefix(method.c_str());
    std::fprintf(m_stream, " %lld x %lld in %.3g s\n", static_cast<long long>(embedding.rows()),
                 static_cast<long long>(embedding.cols()), seconds);
    std::fflush(m_stream);
}

void ConsoleObserver::stepFinished(const std::string& method, int epoch, double loss,
                                   const Eigen::MatrixXd* /*embedding*/) {
    if (method != "autoencoder") return;
    if (epoch != 1 && epoch % m_epochStep != 0 && epoch != m_epochs) return;
    printPrefix("train");
    std::fprintf(m_stream, " epoch %*d/%d  loss %.6g", int(std::to_string(m_epochs).size()), epoch,
                 m_epochs, loss);
    if (m_validationEpoch == epoch) std::fprintf(m_stream, "  val_loss %.6g", m_validationLoss);
    std::fputc('\n', m_stream);
    std::fflush(m_stream);
}

}  // namespace latentlab::cli
