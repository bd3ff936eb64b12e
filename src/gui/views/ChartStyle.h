// The house look of every Qt Charts view: follows the widget's palette (light or dark),
// no animations, no drop shadows, readable title/axis fonts, legend on the right.
//
//   ChartStyle::applyTo(chart, widget->palette());
//   ChartStyle::styleAxis(axisX, "PC 1", widget->palette());
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QAbstractAxis;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace latentlab::gui {

class ChartStyle {
public:
    static void applyTo(QChart* chart, const QPalette& palette);
    static void styleAxis(QAbstractAxis* axis, const QString& title, const QPalette& palette);
    static QFont titleFont(const QFont& base);
    static QFont labelFont(const QFont& base);
    /// Background of the plot and of exported images.
    static QColor background(const QPalette& palette);
    static QColor text(const QPalette& palette);
    /// Faint lines: grids, separators.
    static QColor grid(const QPalette& palette);
    /// Secondary text: notes, captions.
    static QColor mutedText(const QPalette& palette);
    /// a blended towards b by t (0 = a, 1 = b), in RGB.
    static QColor mix(const QColor& a, const QColor& b, double t);
};

}  // namespace latentlab::gui
