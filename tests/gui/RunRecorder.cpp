#include "RunRecorder.h"

#include "RunController.h"

#include <cmath>

using latentlab::gui::RunController;

RunRecorder::RunRecorder(RunController* runs, QObject* parent) : QObject(parent) {
    connect(runs, &RunController::started, this, &RunRecorder::begin);
    connect(runs, &RunController::dataReady, this, [this](auto data) {
        if (m_data) complain(QStringLiteral("a run reported its data twice"));
        m_data = data;
    });
    connect(runs, &RunController::embeddingReady, this,
            [this](const QString& method, auto embedding) {
                // The trained autoencoder's embedding is shown until the result comes.
                if (method == QLatin1String("autoencoder")) m_autoencoder = embedding;
                if (method != QLatin1String("pca")) return;
                if (!m_data)
                    complain(QStringLiteral("PCA points arrived before the run's data"));
                else if (embedding->rows() != m_data->rows())
                    complain(QStringLiteral("PCA points have %1 rows, the run's data %2")
                                 .arg(embedding->rows())
                                 .arg(m_data->rows()));
                m_pca = embedding;
            });
    connect(runs, &RunController::epochFinished, this, [this](int epoch, double loss) {
        const int expected = int(m_losses.size()) + 1;
        if (epoch != expected)
            complain(
                QStringLiteral("epoch %1 arrived where epoch %2 was due").arg(epoch).arg(expected));
        if (epoch > m_config.autoencoder.epochs)
            complain(QStringLiteral("epoch %1 of a run of %2 epochs")
                         .arg(epoch)
                         .arg(m_config.autoencoder.epochs));
        m_losses.emplace_back(epoch, loss);
    });
    connect(runs, &RunController::snapshot, this, [this](const QString& method, int, auto latent) {
        if (method != QLatin1String("autoencoder")) return;
        if (m_data && latent->rows() != m_data->rows())
            complain(QStringLiteral("a snapshot has %1 rows, the run's data %2")
                         .arg(latent->rows())
                         .arg(m_data->rows()));
        m_snapshots.push_back(latent);
    });
    connect(runs, &RunController::finished, this, &RunRecorder::finish);
    connect(runs, &RunController::failed, this, [this] { ++m_failed; });
    connect(runs, &RunController::cancelled, this, [this] { ++m_cancelled; });
}

void RunRecorder::begin(const latentlab::Config& config) {
    ++m_started;
    m_config = config;
    m_data.reset();
    m_pca.reset();
    m_autoencoder.reset();
    m_losses.clear();
    m_snapshots.clear();
}

void RunRecorder::finish(const std::shared_ptr<const latentlab::Result>& result) {
    ++m_finished;
    // The finished run is the one whose epochs were heard: same curve, same rows, same PCA.
    const std::vector<double>& loss = result->loss;
    bool same = loss.size() == m_losses.size();
    for (std::size_t i = 0; same && i < loss.size(); ++i)
        same = m_losses[i].first == int(i) + 1 &&
               (m_losses[i].second == loss[i] ||
                (std::isnan(m_losses[i].second) && std::isnan(loss[i])));
    if (!same)
        complain(QStringLiteral("the finished result has %1 losses, the run reported %2 epochs "
                                "(or other values)")
                     .arg(loss.size())
                     .arg(m_losses.size()));
    if (int(loss.size()) != result->config.autoencoder.epochs)
        complain(QStringLiteral("the finished result has %1 losses for %2 epochs")
                     .arg(loss.size())
                     .arg(result->config.autoencoder.epochs));
    if (!m_data || m_data->rows() != result->data.rows() ||
        m_data->features != result->data.features)
        complain(QStringLiteral("the finished result's data is not the data the run reported"));
    if (!m_pca || *m_pca != result->space("pca").embedding)
        complain(QStringLiteral("the finished result's PCA is not the one the run reported"));
}

void RunRecorder::complain(const QString& what) {
    if (m_problem.isEmpty()) m_problem = what;
}
