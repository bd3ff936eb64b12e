#include "Mp4Encoder.h"

#include "IoErrors.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace latentlab::report {
namespace {

std::string avError(int error) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    return text;
}

}  // namespace

Mp4Encoder::Mp4Encoder(const QString& path, QSize size, int fps) : m_path(path), m_size(size) {
    // A throwing constructor runs no destructor: what was set up is released here.
    try {
        open(fps);
    } catch (...) {
        release();
        throw;
    }
}

void Mp4Encoder::open(int fps) {
    const QString& path = m_path;
    const QSize size = m_size;
    // libx264 prints its settings at info level; errors reach the user as one WriteError.
    av_log_set_level(AV_LOG_QUIET);
    const QByteArray file = path.toLocal8Bit();
    int error = avformat_alloc_output_context2(&m_format, nullptr, "mp4", file.constData());
    if (error < 0 || !m_format) fail("FFmpeg has no MP4 muxer", error);
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (!codec) codec = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!codec) {
        throw io::WriteError("cannot write the animation " + path.toStdString() +
                             ": this FFmpeg has no H.264 encoder (Debian's libavcodec59 has "
                             "libx264); write a .gif instead");
    }
    m_stream = avformat_new_stream(m_format, nullptr);
    m_codec = avcodec_alloc_context3(codec);
    if (!m_stream || !m_codec) fail("out of memory", AVERROR(ENOMEM));
    m_codec->width = size.width();
    m_codec->height = size.height();
    m_codec->time_base = AVRational{1, fps};
    m_codec->framerate = AVRational{fps, 1};
    m_codec->pix_fmt = AV_PIX_FMT_YUV420P;
    m_codec->gop_size = 2 * fps;  // a keyframe every 2 s, for seeking in a slide
    // swscale's RGB -> YUV default: BT.601, limited range; tagged so players undo the same.
    m_codec->color_range = AVCOL_RANGE_MPEG;
    m_codec->colorspace = AVCOL_SPC_SMPTE170M;
    m_codec->color_primaries = AVCOL_PRI_SMPTE170M;
    m_codec->color_trc = AVCOL_TRC_SMPTE170M;
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    // Flat colours and sharp dots: x264's "animation" tuning, good quality, the High profile
    // every browser decodes.
    av_opt_set(m_codec->priv_data, "preset", "medium", 0);
    av_opt_set(m_codec->priv_data, "tune", "animation", 0);
    av_opt_set(m_codec->priv_data, "crf", "20", 0);
    av_opt_set(m_codec->priv_data, "profile", "high", 0);
    if ((error = avcodec_open2(m_codec, codec, nullptr)) < 0) fail("cannot open H.264", error);
    if ((error = avcodec_parameters_from_context(m_stream->codecpar, m_codec)) < 0)
        fail("cannot set the stream up", error);
    m_stream->time_base = m_codec->time_base;
    if ((error = avio_open(&m_format->pb, file.constData(), AVIO_FLAG_WRITE)) < 0)
        fail("cannot create it", error);
    AVDictionary* options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    error = avformat_write_header(m_format, &options);
    av_dict_free(&options);
    if (error < 0) fail("cannot write its header", error);

    m_frame = av_frame_alloc();
    m_packet = av_packet_alloc();
    if (!m_frame || !m_packet) fail("out of memory", AVERROR(ENOMEM));
    m_frame->format = AV_PIX_FMT_YUV420P;
    m_frame->width = size.width();
    m_frame->height = size.height();
    if ((error = av_frame_get_buffer(m_frame, 0)) < 0) fail("out of memory", error);
    // QImage's RGB32 is B, G, R, 0xFF in memory on little-endian machines.
    m_scale =
        sws_getContext(size.width(), size.height(), AV_PIX_FMT_BGRA, size.width(), size.height(),
                       AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!m_scale) fail("cannot convert the frames to yuv420p", AVERROR(EINVAL));
}

Mp4Encoder::~Mp4Encoder() { release(); }

void Mp4Encoder::release() {
    sws_freeContext(m_scale);
    m_scale = nullptr;
    av_packet_free(&m_packet);
    av_frame_free(&m_frame);
    avcodec_free_context(&m_codec);
    if (m_format) {
        if (m_format->pb) avio_closep(&m_format->pb);
        avformat_free_context(m_format);
        m_format = nullptr;
    }
}

void Mp4Encoder::fail(const char* what, int error) const {
    throw io::WriteError("cannot write the animation " + m_path.toStdString() + ": " + what + " (" +
                         avError(error) + ")");
}

void Mp4Encoder::encode(const AVFrame* frame) {
    int error = avcodec_send_frame(m_codec, frame);
    if (error < 0) fail("H.264 encoding failed", error);
    while ((error = avcodec_receive_packet(m_codec, m_packet)) >= 0) {
        // Each frame lasts 1/fps s: with the duration known the file reports fps exactly.
        if (m_packet->duration == 0) m_packet->duration = 1;
        av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        error = av_interleaved_write_frame(m_format, m_packet);  // takes the packet's data
        if (error < 0) fail("cannot write a frame", error);
    }
    if (error != AVERROR(EAGAIN) && error != AVERROR_EOF) fail("H.264 encoding failed", error);
}

void Mp4Encoder::add(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int error = av_frame_make_writable(m_frame);
    if (error < 0) fail("out of memory", error);
    const uint8_t* source[1] = {rgb.constBits()};
    const int stride[1] = {int(rgb.bytesPerLine())};
    sws_scale(m_scale, source, stride, 0, m_size.height(), m_frame->data, m_frame->linesize);
    m_frame->pts = m_next++;
    encode(m_frame);
}

void Mp4Encoder::finish() {
    encode(nullptr);
    const int error = av_write_trailer(m_format);
    if (error < 0) fail("cannot write its index", error);
    const int closed = avio_closep(&m_format->pb);
    if (closed < 0) fail("cannot close it", closed);
    release();
}

}  // namespace latentlab::report
