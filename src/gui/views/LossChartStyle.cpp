// LossChartView's status line ("Epoch 50 · loss 0.02779 · best 0.02779") and its style:
// axis titles, fonts and the series' colours from the palette. Split from LossChartView.cpp.
#include "LossChartView.h"

#include "ChartStyle.h"
#include "NumberFormat.h"
#include "Palette.h"

#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

void LossChartView::updateStatus() {
    if (m_losses.empty()) {
        m_status->setText(tr("No training yet"));
        return;
    }
    const double best = *std::min_element(m_losses.begin(), m_losses.end());
    if (m_validationLosses.empty()) {
        m_status->setText(tr("Epoch %1 · loss %2 · best %3")
                              .arg(m_epochs.back())
                              .arg(report::NumberFormat::metric(m_losses.back()),
                                   report::NumberFormat::metric(best)));
        return;
    }
    const double bestValidation =
        *std::min_element(m_validationLosses.begin(), m_validationLosses.end());
    // Without the legend (a short strip) each curve's name is drawn in its colour here.
    const bool named = !m_chart->legend()->isVisible();
    const QColor background = ChartStyle::background(palette());
    const auto name = [&](const QString& text, int colour) {
        return named ? QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                           .arg(Palette::color(colour, background).name(), text.toHtmlEscaped())
                     : text.toHtmlEscaped();
    };
    m_status->setText(tr("Epoch %1 · %2 %3 · %4 %5 · best validation %6")
                          .arg(m_epochs.back())
                          .arg(name(tr("loss"), 0), report::NumberFormat::metric(m_losses.back()),
                               name(tr("validation"), 1),
                               report::NumberFormat::metric(m_validationLosses.back()),
                               report::NumberFormat::metric(bestValidation)));
}

void LossChartView::showAxisTitles() {
    // Qt Charts 6.4 paints a hidden axis's title (over the status row, whatever its
    // titleVisible): the hidden axis has none.
    m_linearY->setTitleText(m_linearY->isVisible() ? tr("loss (MSE)") : QString());
    m_logY->setTitleText(m_logY->isVisible() ? tr("loss (MSE, log scale)") : QString());
}

void LossChartView::applyStyle() {
    ChartStyle::applyTo(m_chart, palette());
    ChartStyle::styleAxis(m_axisX, tr("epoch"), palette());
    ChartStyle::styleAxis(m_linearY, tr("loss (MSE)"), palette());
    ChartStyle::styleAxis(m_logY, tr("loss (MSE, log scale)"), palette());
    showAxisTitles();
    m_logY->setMinorGridLineVisible(true);
    m_logY->setMinorGridLineColor(ChartStyle::grid(palette()).lighter(108));
    QPen pen(Palette::color(0, ChartStyle::background(palette())), 2.0);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    for (QLineSeries* series : {m_series, m_logSeries}) {
        series->setPen(pen);
        series->setMarkerSize(5.0);
    }
    // Another colour and dashed: apart in colour and in print.
    QPen dashed(Palette::color(1, ChartStyle::background(palette())), 2.0, Qt::DashLine);
    dashed.setCapStyle(Qt::RoundCap);
    dashed.setJoinStyle(Qt::RoundJoin);
    for (QLineSeries* series : {m_validation, m_logValidation}) {
        series->setPen(dashed);
        series->setMarkerSize(5.0);
    }
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_chart->legend()->setAlignment(Qt::AlignTop);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, ChartStyle::mutedText(palette()));
    m_status->setPalette(statusPalette);
    showTitle();  // styleAxis shows the axis title again
}

}  // namespace latentlab::gui
