#include "Animation.h"

#include "GifEncoder.h"
#include "IoErrors.h"
#include "Mp4Encoder.h"
#include "ReplayPainter.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryFile>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace latentlab::report {
namespace {

io::WriteError cannotWrite(const QString& path, const std::string& reason) {
    return io::WriteError("cannot write the animation " + path.toStdString() + ": " + reason);
}

/// Paints and encodes every frame into `file`.
template <typename AddFrame>
void writeFrames(const ReplayPainter& painter, const AnimationCallbacks& callbacks,
                 AddFrame addFrame) {
    const int total = painter.frameCount();
    for (int index = 0; index < total; ++index) {
        if (callbacks.cancelled && callbacks.cancelled()) throw Cancelled();
        addFrame(painter.frame(index), index == total - 1);
        if (callbacks.progress) callbacks.progress(index + 1, total);
    }
}

}  // namespace

AnimationFormat animationFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gif")) return AnimationFormat::Gif;
    if (suffix == QLatin1String("mp4")) return AnimationFormat::Mp4;
    throw cannotWrite(path, "the file name must end in .gif or .mp4");
}

void checkAnimationPath(const QString& path) {
    animationFormatOf(path);
    const QFileInfo file(path);
    if (file.isDir()) throw cannotWrite(path, "it is a folder");
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        throw cannotWrite(path,
                          "the folder " + folder.filePath().toStdString() + " does not exist");
    if (!folder.isWritable())
        throw cannotWrite(path,
                          "the folder " + folder.filePath().toStdString() + " is not writable");
}

void writeAnimation(const AnimationInput& input, const QString& path,
                    const AnimationOptions& options, const AnimationCallbacks& callbacks) {
    const AnimationFormat format = animationFormatOf(path);
    if (input.replay.empty() || input.replay.frameCount() == 0)
        throw ConfigError(
            "nothing to animate: none of the methods run animates "
            "(autoencoder, umap and tsne do)");
    if (options.fps < 1 || options.fps > 60)
        throw ConfigError("the animation's frame rate must be 1 to 60 frames per second, got " +
                          std::to_string(options.fps));
    if (input.groups.size() != input.replay.methods.size())
        throw std::logic_error("writeAnimation needs the groups of every method");
    // Fonts need a QGuiApplication (the CLI makes one, offscreen, for animations).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw std::logic_error("writeAnimation needs a QGuiApplication");
    checkAnimationPath(path);

    // Written beside the target and renamed over it when complete: a failed or cancelled
    // write leaves any older file intact.
    const QFileInfo target(path);
    QTemporaryFile partial(target.absolutePath() + "/." + target.fileName() + ".XXXXXX");
    if (!partial.open()) throw cannotWrite(path, partial.errorString().toStdString());
    partial.close();
    const QString partialPath = partial.fileName();
    // A temporary file is private (0600); the animation gets the old file's permissions, or
    // those of a new file.
    constexpr QFile::Permissions kNewFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                            QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions permissions =
        target.exists() ? QFile::permissions(target.absoluteFilePath()) : kNewFile;
    const ReplayPainter painter(input, options.panelWidth);
    if (format == AnimationFormat::Gif) {
        GifEncoder gif(partialPath, painter.size(), painter.colours());
        const int delay = std::max(2, int(std::lround(100.0 / options.fps)));
        const int hold = std::max(delay, int(std::lround(100.0 * options.holdLast)));
        writeFrames(painter, callbacks,
                    [&](const QImage& image, bool last) { gif.add(image, last ? hold : delay); });
        gif.finish();
    } else {
        Mp4Encoder video(partialPath, painter.size(), options.fps);
        writeFrames(painter, callbacks, [&](const QImage& image, bool) { video.add(image); });
        video.finish();
    }
    QFile::setPermissions(partialPath, permissions);
    if (std::rename(QFile::encodeName(partialPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        throw cannotWrite(path, std::strerror(errno));
    partial.setAutoRemove(false);
}

}  // namespace latentlab::report
