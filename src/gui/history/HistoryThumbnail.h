// The small pictures of a run's scatters in the History: each method's latent space drawn in
// a few dozen pixels with the scatters' label colours (Palette), enough to tell at a glance a
// run whose clusters came apart from one where they merged. Kept with sessions as PNG.
//
//   entry.thumbnails = HistoryThumbnail::render(result);           // one per method
//   item->setData(Qt::DecorationRole, HistoryThumbnail::strip(entry.thumbnails));
#pragma once

#include "Result.h"

#include <QImage>
#include <QPixmap>
#include <QString>
#include <vector>

namespace latentlab::gui {

class HistoryThumbnail {
public:
    /// Side of each square thumbnail, in pixels.
    static constexpr int kSize = 56;
    /// Points drawn at most per thumbnail (an even subsample of the rows beyond that).
    static constexpr int kMaxPoints = 2500;

    /// One image per space of `result`, in its order: coloured by true label, else cluster.
    static std::vector<QImage> render(const Result& result, int size = kSize);
    /// The images side by side with a small gap (an empty pixmap for none).
    static QPixmap strip(const std::vector<QImage>& thumbnails);
    /// PNG in base64, and back (a null image when the text is not one).
    static QString toBase64(const QImage& image);
    static QImage fromBase64(const QString& text);
};

}  // namespace latentlab::gui
