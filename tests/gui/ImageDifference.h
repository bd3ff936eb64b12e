// Comparing two drawings of one chart (a PNG written by an export, one drawn directly, an SVG
// rendered back), for the GUI tests that check what the window writes.
//
//   const Difference d = compareImages(QImage(written), QImage(direct));
//   QVERIFY(d.largest <= 48 && d.mean < 2.5);
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

/// How far apart two drawings of one chart are, seen at an eighth of their resolution (where
/// text placed half a pixel apart, as a QPicture replays it, looks the same): the largest and
/// the mean channel difference, 0..255 (the same chart drawn both ways: at most ~32 and ~1.5).
struct Difference {
    int largest = 255;
    double mean = 255.0;
};
Difference compareImages(const QImage& a, const QImage& b);

/// The SVG at `path` rendered on white at `size`.
QImage drawSvg(const QString& path, const QSize& size);
