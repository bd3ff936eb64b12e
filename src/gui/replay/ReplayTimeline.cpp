#include "ReplayTimeline.h"

#include "MethodStyle.h"
#include "ReplayPainter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <cmath>
#include <limits>

namespace latentlab::gui {

namespace {

constexpr double kSpeeds[] = {0.5, 1.0, 2.0, 4.0};

/// "epoch 37 of 50" for `method`'s frame `index`, without the loss (the scatter's note has it).
QString stepOf(const MethodReplay& method, int index) {
    ReplayFrame step;
    step.step = method.at(index).step;
    step.loss = std::numeric_limits<double>::quiet_NaN();
    return report::ReplayPainter::stepNote(method, step);
}

}  // namespace

ReplayTimeline::ReplayTimeline(QWidget* parent)
    : QWidget(parent),
      m_play(new QToolButton),
      m_slider(new QSlider(Qt::Horizontal)),
      m_step(new QLabel),
      m_speed(new QComboBox),
      m_final(new QToolButton),
      m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("replayTimeline"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setIconSize(QSize(12, 12));  // no taller than the row's other controls
    m_play->setToolTip(
        tr("Play the training back in the scatters, from the start once at the "
           "end"));
    m_slider->setObjectName(QStringLiteral("replaySlider"));
    m_slider->setToolTip(
        tr("Scrub through the training: each frame is aligned onto the final "
           "embedding, on axes fixed for the whole replay"));
    m_slider->setPageStep(10);
    m_step->setObjectName(QStringLiteral("replayStep"));
    m_speed->setObjectName(QStringLiteral("replaySpeed"));
    for (double speed : kSpeeds) m_speed->addItem(QStringLiteral("%1\u00d7").arg(speed), speed);
    m_speed->setCurrentIndex(1);
    m_speed->setToolTip(tr("Playback speed (1\u00d7: %1 frames a second)").arg(kFramesPerSecond));
    m_final->setObjectName(QStringLiteral("replayFinal"));
    m_final->setText(tr("Final"));
    m_final->setToolTip(tr("Back to the finished result"));
    auto* title = new QLabel(tr("Replay"));
    title->setBuddy(m_slider);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 0);  // its height comes out of the loss chart's
    row->setSpacing(6);
    row->addWidget(title);
    row->addWidget(m_play);
    row->addWidget(m_slider, 1);
    row->addWidget(m_step);
    row->addWidget(m_speed);
    row->addWidget(m_final);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReplayTimeline::advance);
    connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_final, &QToolButton::clicked, this, &ReplayTimeline::showFinal);
    connect(m_speed, &QComboBox::currentIndexChanged, this, &ReplayTimeline::updateInterval);
    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        updateTexts();
        emit frameChanged(index);
    });
    updateInterval();
    setReplay(nullptr);
}

void ReplayTimeline::setReplay(std::shared_ptr<const Replay> replay) {
    pause();
    m_replay = replay && !replay->empty() ? std::move(replay) : nullptr;
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(0, frameCount() - 1));
        m_slider->setValue(m_slider->maximum());
    }
    // As wide as its longest text, so the row does not shift while it plays.
    updateTexts();
    m_step->setMinimumWidth(m_step->fontMetrics().horizontalAdvance(stepText()) + 8);
    setVisible(m_replay != nullptr);
}

int ReplayTimeline::frameCount() const { return m_replay ? m_replay->frameCount() : 0; }

int ReplayTimeline::frame() const { return m_slider->value(); }

void ReplayTimeline::setFrame(int index) { m_slider->setValue(index); }

void ReplayTimeline::showFinal() {
    pause();
    setFrame(m_slider->maximum());
}

void ReplayTimeline::play() {
    if (frameCount() < 2) return;
    if (atFinal()) setFrame(0);  // from the start again
    m_timer->start();
    updateTexts();
}

void ReplayTimeline::pause() {
    m_timer->stop();
    updateTexts();
}

bool ReplayTimeline::isPlaying() const { return m_timer->isActive(); }

double ReplayTimeline::speed() const { return m_speed->currentData().toDouble(); }

void ReplayTimeline::setSpeed(double speed) {
    const int index = m_speed->findData(speed);
    if (index >= 0) m_speed->setCurrentIndex(index);
}

void ReplayTimeline::advance() {
    setFrame(frame() + 1);
    if (atFinal()) pause();
}

void ReplayTimeline::updateInterval() {
    m_timer->setInterval(int(std::lround(1000.0 / (kFramesPerSecond * std::max(0.1, speed())))));
}

QString ReplayTimeline::stepText() const {
    if (!m_replay) return QString();
    const std::vector<MethodReplay>& methods = m_replay->methods;
    if (methods.size() == 1) return stepOf(methods.front(), frame());
    QStringList parts;
    for (const MethodReplay& method : methods)
        parts << MethodStyle::shortName(method.method) + QLatin1Char(' ') + stepOf(method, frame());
    return parts.join(QStringLiteral(" \u00b7 "));
}

void ReplayTimeline::updateTexts() {
    const bool playing = isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_step->setText(stepText());
    m_final->setEnabled(m_replay && !atFinal());
}

}  // namespace latentlab::gui
