#include "ChartStyle.h"

#include "Palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>

namespace latentlab::gui {

QColor ChartStyle::background(const QPalette& palette) { return palette.color(QPalette::Base); }

QColor ChartStyle::text(const QPalette& palette) { return palette.color(QPalette::Text); }

QColor ChartStyle::grid(const QPalette& palette) {
    return mix(background(palette), text(palette), 0.14);
}

QColor ChartStyle::mutedText(const QPalette& palette) {
    return mix(background(palette), text(palette), 0.6);
}

QFont ChartStyle::titleFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.2);
    font.setBold(true);
    return font;
}

QFont ChartStyle::labelFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

void ChartStyle::applyTo(QChart* chart, const QPalette& palette) {
    const QColor back = background(palette);
    chart->setTheme(Palette::isDark(back) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(back);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text(palette));
    chart->setTitleFont(titleFont(chart->font()));
    chart->setMargins(QMargins(6, 6, 6, 6));
    // Without this the chart's background is inset in a frame of the window colour.
    if (chart->layout()) chart->layout()->setContentsMargins(0, 0, 0, 0);
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignRight);
    legend->setLabelColor(text(palette));
    legend->setFont(labelFont(chart->font()));
    legend->setBackgroundVisible(false);
    legend->setShowToolTips(true);
}

void ChartStyle::styleAxis(QAbstractAxis* axis, const QString& title, const QPalette& palette) {
    axis->setTitleText(title);
    axis->setTitleVisible(!title.isEmpty());
    axis->setTitleBrush(text(palette));
    QFont titleFont = axis->titleFont();
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    axis->setLabelsColor(text(palette));
    axis->setLabelsFont(labelFont(axis->labelsFont()));
    axis->setGridLineColor(grid(palette));
    axis->setMinorGridLineVisible(false);
    axis->setLinePenColor(mix(background(palette), text(palette), 0.45));
    axis->setShadesVisible(false);
}

QColor ChartStyle::mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

}  // namespace latentlab::gui
