// A training replay as an animated GIF or an MP4 video, chosen by the file name.
//
// GIF through giflib and MP4 through FFmpeg's libraries, both from Debian 12 (libgif-dev;
// libavcodec-dev, libavformat-dev, libswscale-dev, libavutil-dev): a GIF plays wherever an
// image does (slides, wikis, chat) and its palette holds the label colours exactly; H.264 in
// MP4 is the one video format that browsers, phones and slide software all play, and
// Debian's libavcodec brings libx264 for it. Qt's own image writers have no animation, and
// piping frames to an ffmpeg program would need one installed and found at run time.
//
//   checkAnimationPath("training.mp4");                        // before the run
//   writeAnimation(animationInput(recorder.replay(), result), "training.mp4",
//                  {10}, {[](int done, int total) { ... }, [] { return cancelled; }});
#pragma once

#include "AnimationInput.h"

#include <QString>
#include <functional>

namespace latentlab::report {

enum class AnimationFormat { Gif, Mp4 };

struct AnimationOptions {
    int fps = 10;           ///< frames per second, 1 .. 60
    int panelWidth = 480;   ///< pixels per method's panel
    double holdLast = 1.5;  ///< seconds a GIF rests on its final frame before looping
};

struct AnimationCallbacks {
    /// After each frame written: `done` of `total` frames.
    std::function<void(int done, int total)> progress;
    /// Polled before each frame; true stops, removes the partial file and throws Cancelled.
    std::function<bool()> cancelled;
};

/// GIF for ".gif", MP4 for ".mp4" (any case); anything else throws WriteError naming the
/// path and the accepted suffixes.
AnimationFormat animationFormatOf(const QString& path);

/// Checks before a long run that `path` can take an animation: a known suffix, an existing
/// and writable folder, not a folder itself. Throws WriteError naming the path and the problem.
void checkAnimationPath(const QString& path);

/// Writes every frame of `input.replay` (one panel per method) to a temporary file renamed
/// over `path` when complete. Throws WriteError (unwritable, encoder missing), ConfigError
/// (an empty replay, fps out of range) or Cancelled. Needs a QGuiApplication (fonts).
void writeAnimation(const AnimationInput& input, const QString& path,
                    const AnimationOptions& options = {}, const AnimationCallbacks& callbacks = {});

}  // namespace latentlab::report
