// Paints the pictures of a training replay: one panel per method side by side (at most
// three to a row), each the report's scatter of that frame — palette colours and marker
// shapes, fixed axes over the whole replay, the method's name, its epoch or iteration and
// its loss, a legend. Dots are opaque and not antialiased, so every dot pixel has its
// group's exact palette colour (the GIF's palette is built from colours()).
//
//   ReplayPainter painter(input, 480);
//   for (int f = 0; f < painter.frameCount(); ++f) encoder.add(painter.frame(f));
#pragma once

#include "AnimationInput.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <vector>

namespace latentlab::report {

class ReplayPainter {
public:
    /// `input` must outlive the painter. `panelWidth` in pixels; the image is rounded up to even
    /// sides (H.264's 4:2:0 needs them).
    ReplayPainter(const AnimationInput& input, int panelWidth);

    QSize size() const { return m_size; }
    int frameCount() const { return m_input.replay.frameCount(); }
    /// Picture `index` (0 .. frameCount() - 1) in Format_RGB32.
    QImage frame(int index) const;
    /// Every colour frame() paints with: background, text and grid colours with their
    /// antialiasing shades, and the groups' colours.
    std::vector<QColor> colours() const;
    /// "epoch 7 of 12 · loss 0.0213", "iteration 250 of 1000".
    static QString stepNote(const MethodReplay& method, const ReplayFrame& frame);

private:
    void paintPanel(QPainter& painter, const QRectF& rect, const MethodReplay& method,
                    const std::vector<int>& groups, int index) const;

    const AnimationInput& m_input;
    double m_pixelsPerPoint;
    QSizeF m_panel;  ///< in points
    int m_columns;
    QSize m_size;
};

}  // namespace latentlab::report
