// Writes an MP4 video with FFmpeg's libraries: H.264 (libx264 where the build has it, as
// Debian's does), yuv420p with BT.601 colours, the index at the front (+faststart) — what
// browsers, phones and slide software play.
//
//   Mp4Encoder video("replay.mp4", QSize(480, 520), 10);   // even sides; throws WriteError
//   video.add(image);
//   video.finish();
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct AVStream;
struct SwsContext;

namespace latentlab::report {

class Mp4Encoder {
public:
    /// `size` with even sides (4:2:0 halves both), `fps` frames per second.
    Mp4Encoder(const QString& path, QSize size, int fps);
    ~Mp4Encoder();
    Mp4Encoder(const Mp4Encoder&) = delete;
    Mp4Encoder& operator=(const Mp4Encoder&) = delete;

    /// The next frame, of size(), shown for 1 / fps s.
    void add(const QImage& image);
    /// Drains the encoder, writes the index and closes the file.
    void finish();

private:
    void open(int fps);
    [[noreturn]] void fail(const char* what, int error) const;
    /// Sends `frame` (null: the end) and writes every packet the encoder has ready.
    void encode(const AVFrame* frame);
    void release();

    QString m_path;
    QSize m_size;
    long long m_next = 0;  ///< the next frame's number: its presentation time in 1/fps s
    AVFormatContext* m_format = nullptr;
    AVCodecContext* m_codec = nullptr;
    AVStream* m_stream = nullptr;
    AVFrame* m_frame = nullptr;
    AVPacket* m_packet = nullptr;
    SwsContext* m_scale = nullptr;
};

}  // namespace latentlab::report
