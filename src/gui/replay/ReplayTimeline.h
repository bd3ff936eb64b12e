// The training replay's control row under the scatters: play / pause, a slider over the
// replay's frames, the speed (0.5x to 4x of ten frames a second), the step the frame shows
// ("epoch 37 of 50", per method when several animate) and "Final", which goes back to the
// finished result. One row, so a laptop's scatters keep their height. It only says which
// frame to show (frameChanged); LatentSpacesTab draws it.
//
//   timeline->setReplay(replay);   // shown at the last frame; null hides it
//   connect(timeline, &ReplayTimeline::frameChanged, tab, &LatentSpacesTab::showReplayFrame);
#pragma once

#include "Replay.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace latentlab::gui {

class ReplayTimeline : public QWidget {
    Q_OBJECT
public:
    /// Frames a second at 1x: the exported animation's default rate.
    static constexpr int kFramesPerSecond = 10;

    explicit ReplayTimeline(QWidget* parent = nullptr);

    /// The replay to scrub (null or empty: none; the row hides). Stops playing and goes to
    /// the last frame without emitting frameChanged: the views show the final result already.
    void setReplay(std::shared_ptr<const Replay> replay);
    std::shared_ptr<const Replay> replay() const { return m_replay; }
    int frameCount() const;
    int frame() const;
    bool atFinal() const { return frame() >= frameCount() - 1; }
    /// Moves the slider to `index` (clamped); frameChanged follows if it moved.
    void setFrame(int index);
    /// Pauses and goes to the last frame: the finished result.
    void showFinal();

    void play();
    void pause();
    bool isPlaying() const;
    /// Playback speed, one of 0.5, 1, 2, 4.
    double speed() const;
    void setSpeed(double speed);

    /// "epoch 37 of 50", or per method "AE epoch 37 of 50 · UMAP epoch 120 of 500".
    QString stepText() const;
    QSlider* slider() const { return m_slider; }
    QToolButton* playButton() const { return m_play; }
    QToolButton* finalButton() const { return m_final; }
    QComboBox* speedBox() const { return m_speed; }

signals:
    /// The frame to show changed (by the slider, playback or Final); the last one is the final
    /// result itself.
    void frameChanged(int index);

private:
    void advance();
    void updateTexts();
    void updateInterval();

    std::shared_ptr<const Replay> m_replay;
    QToolButton* m_play;
    QSlider* m_slider;
    QLabel* m_step;
    QComboBox* m_speed;
    QToolButton* m_final;
    QTimer* m_timer;
};

}  // namespace latentlab::gui
