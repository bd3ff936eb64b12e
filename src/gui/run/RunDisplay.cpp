#include "RunDisplay.h"

#include "ClustersTab.h"
#include "ConfigJson.h"
#include "DataTab.h"
#include "InfoBar.h"
#include "LatentSpacesTab.h"
#include "Pipeline.h"
#include "RobustnessTab.h"
#include "RunController.h"
#include "SettingsPanel.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>

namespace latentlab::gui {

RunDisplay::RunDisplay(RunController* runs, const Views& views, QObject* parent)
    : QObject(parent), m_views(views), m_banner(new InfoBar), m_caption(new QLabel) {
    m_banner->setObjectName(QStringLiteral("runBanner"));
    m_caption->setObjectName(QStringLiteral("runCaption"));
    m_caption->setContentsMargins(8, 0, 8, 0);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_views.tabs, &QTabWidget::currentChanged, this, [this] {
        updateBanner();
        updateCaption();
    });
    connect(m_banner, &InfoBar::dismissed, this, [this] { m_outcome = Outcome::None; });
    wire(runs);
    updateCaption();
}

void RunDisplay::wire(RunController* runs) {
    LatentSpacesTab* latent = m_views.latent;
    connect(runs, &RunController::started, this, &RunDisplay::begin);
    connect(runs, &RunController::dataReady, this, [this, latent](auto data) {
        m_running.data = describeData(m_runningConfig, data.get());
        latent->showData(data);
        m_views.settings->setInputWidth(data->columns());
        m_views.settings->setClassCount(resolveK(KMeansConfig{}, *data), m_runningConfig.data);
        updateCaption();
    });
    connect(runs, &RunController::methodStarted, latent,
            [latent](const QString& method, int steps) {
                latent->startMethod(method.toStdString(), steps);
            });
    connect(runs, &RunController::embeddingReady, latent,
            [latent](const QString& method, auto embedding) {
                latent->showEmbedding(method.toStdString(), *embedding);
            });
    connect(runs, &RunController::epochFinished, latent, &LatentSpacesTab::appendLoss);
    connect(runs, &RunController::snapshot, latent,
            [latent](const QString& method, int step, auto points) {
                latent->showSnapshot(method.toStdString(), step, *points);
            });
    connect(runs, &RunController::replayReady, this,
            [this](auto replay) { m_runReplay = replay && !replay->empty() ? replay : nullptr; });
    connect(runs, &RunController::finished, this, &RunDisplay::finish);
    connect(runs, &RunController::failed, this,
            [this](const QString& message) { fallBack(Outcome::Failed, message); });
    connect(runs, &RunController::cancelled, this,
            [this] { fallBack(Outcome::Stopped, tr("stopped")); });
}

bool RunDisplay::settingsDiffer() const {
    return !m_shown.isNull() && io::configToJson(m_views.settings->config()) != m_shown.settings;
}

void RunDisplay::begin(const Config& config) {
    m_runningConfig = config;
    m_running = RunStamp{++m_lastNumber, {}, describeData(config), io::configToJson(config), {}};
    m_outcome = Outcome::None;
    m_runReplay.reset();
    m_views.latent->beginRun(config);
    updateBanner();
    updateCaption();
}

void RunDisplay::finish(std::shared_ptr<const Result> result) {
    m_result = std::move(result);
    m_replay = std::move(m_runReplay);
    m_shown = m_running;
    m_shown.data = describeData(m_runningConfig, &m_result->data);
    m_shown.finished = QDateTime::currentDateTime();
    m_running = RunStamp{};
    showEverywhere(false);
    // The replay's timeline (it relays the tab out), the History's entry (its thumbnails
    // later still) and the autosave follow on a later turn of the event loop: all at once,
    // with four methods, they kept the window from handling input or repainting for over
    // 50 ms. A timer, not a queued call: a queued call runs in one pass with the repaints the
    // views above just asked for.
    QTimer::singleShot(1, this, [this, shown = m_result] {
        if (m_result != shown) return;  // another result is on screen: it has its own
        if (m_running.isNull()) m_views.latent->setReplay(m_replay);  // else a run began
        emit runEnded(true, QString());
    });
}

void RunDisplay::fallBack(Outcome outcome, const QString& message) {
    m_outcome = outcome;
    m_outcomeRun = m_running.number;
    m_outcomeMessage = message;
    m_running = RunStamp{};
    // Only the latent spaces tab followed the run; the others still show the last result.
    if (m_result) {
        auto data = std::shared_ptr<const Dataset>(m_result, &m_result->data);
        m_views.latent->showData(data);
        m_views.latent->showResult(*m_result);
        m_views.latent->setReplay(m_replay);
    } else {
        m_views.latent->clear();
    }
    updateBanner();
    updateCaption();
    emit runEnded(false, message);
}

void RunDisplay::showOpened(std::shared_ptr<const Result> result, const QJsonObject& settings,
                            const QString& origin, int number) {
    m_result = std::move(result);
    m_replay.reset();  // a session keeps no replay
    reserveNumbers(number);
    m_shown = RunStamp{number > 0 ? number : ++m_lastNumber, origin,
                       describeData(m_result->config, &m_result->data),
                       settings.isEmpty() ? io::configToJson(m_result->config) : settings,
                       QDateTime::currentDateTime()};
    m_outcome = Outcome::None;
    showEverywhere();
}

void RunDisplay::showEverywhere(bool withReplay) {
    auto data = std::shared_ptr<const Dataset>(m_result, &m_result->data);
    m_views.latent->showData(data);
    m_views.latent->showResult(*m_result);
    if (withReplay) m_views.latent->setReplay(m_replay);
    m_views.clusters->showResult(*m_result, m_shown.name());
    m_views.robustness->setResult(m_result);
    m_views.data->setDataset(data);
    m_views.settings->setInputWidth(m_result->data.columns());
    m_views.settings->setClassCount(resolveK(KMeansConfig{}, m_result->data),
                                    m_result->config.data);
    updateBanner();
    updateCaption();
    emit resultChanged();
}

void RunDisplay::clear() {
    m_result.reset();
    m_replay.reset();
    m_shown = RunStamp{};
    m_outcome = Outcome::None;
    m_views.latent->clear();
    m_views.clusters->clear();
    m_views.data->setDataset(nullptr);
    m_views.robustness->setResult(nullptr);
    updateBanner();
    updateCaption();
    emit resultChanged();
}

void RunDisplay::refresh() {
    updateBanner();
    updateCaption();
}

void RunDisplay::updateBanner() {
    const bool onLatentTab = m_views.tabs->currentWidget() == m_views.latent;
    const QString last = tr("the last finished run (%1)").arg(m_shown.title());
    QString text;
    InfoBar::Kind kind = InfoBar::Kind::Info;
    QList<QAction*> actions;
    if (!m_running.isNull()) {
        // The latent spaces tab follows the run as it happens; the others wait for its end.
        if (!onLatentTab)
            text = m_shown.isNull()
                       ? tr("Run %1 is in progress: this tab fills in when it finishes.")
                             .arg(m_running.number)
                       : tr("Showing %1 — run %2 is in progress; this tab follows when it "
                            "finishes.")
                             .arg(last)
                             .arg(m_running.number);
    } else if (m_outcome != Outcome::None) {
        kind = InfoBar::Kind::Warning;
        const QString what = m_outcome == Outcome::Stopped
                                 ? tr("Run %1 was stopped.").arg(m_outcomeRun)
                                 : tr("Run %1 failed: %2").arg(m_outcomeRun).arg(m_outcomeMessage);
        text = m_shown.isNull() ? what : what + QLatin1Char(' ') + tr("Showing %1.").arg(last);
        if (settingsDiffer()) text += QLatin1Char(' ') + tr("F5 runs the current settings.");
    } else if (settingsDiffer()) {
        kind = InfoBar::Kind::Warning;
        text = tr("Showing %1 — settings have changed; F5 runs them.").arg(last);
    }
    if (text.isEmpty()) {
        m_banner->hide();
        return;
    }
    if (m_runAction && m_running.isNull()) actions << m_runAction;
    m_banner->showMessage(kind, text, actions);
}

void RunDisplay::updateCaption() {
    const bool onLatentTab = m_views.tabs->currentWidget() == m_views.latent;
    // The scatters follow a run as it happens: their titles name it, or the one on screen.
    const QString shownName = m_shown.isNull() ? QString() : m_shown.name();
    m_views.latent->setRunName(!m_running.isNull() ? m_running.name() : shownName);
    const RunStamp& stamp = onLatentTab && !m_running.isNull() ? m_running : m_shown;
    if (stamp.isNull()) {
        m_caption->setText(tr("No run yet"));
        m_caption->setToolTip(QString());
        return;
    }
    const QString state =
        stamp.finished.isValid()
            ? tr("finished %1").arg(QLocale().toString(stamp.finished.time(), QLocale::ShortFormat))
            : tr("running");
    QString text = tr("%1 · %2").arg(stamp.title(), state);
    if (!stamp.finished.isValid() || !settingsDiffer()) {
        m_caption->setText(text.at(0).toUpper() + text.mid(1));
    } else {
        m_caption->setText(text.at(0).toUpper() + text.mid(1) + tr(" · settings changed"));
    }
    m_caption->setToolTip(tr("The run these views show"));
}

}  // namespace latentlab::gui
