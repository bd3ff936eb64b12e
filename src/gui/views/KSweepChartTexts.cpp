// What a KSweepChartView says for its measure and swept setting: the title, the note above
// the plot, the widget's tooltip, the axis titles and a point's tooltip. Split from
// KSweepChartView.cpp.
#include "KSweepChartView.h"

#include "MetricFormat.h"

#include <QLabel>
#include <QValueAxis>
#include <cmath>

namespace latentlab::gui {

QString KSweepChartView::settingText(double value) const {
    if (m_setting == SweptSetting::K) return QString::number(std::lround(value));
    return NumberFormat::significant(value, 4, true);
}

void KSweepChartView::updateTexts() {
    const bool ari = m_sweep && m_sweep->hasAri();
    switch (m_measure) {
        case Measure::InertiaOverTss:
            setTitle(m_raw ? tr("Elbow: raw k-means inertia against k")
                           : tr("Elbow: k-means inertia / TSS against k"));
            m_note->setText(m_raw ? tr("Raw inertia: each latent space on its own scale (axes "
                                       "in the methods' colours)")
                                  : tr("Share of each latent space's variance left within "
                                       "clusters"));
            setToolTip(
                tr("<p>k-means inertia divided by the total sum of squares (TSS) of each "
                   "latent space: the share of its variance left inside the clusters (0 = "
                   "tight, 1 = no structure). PCA's and the autoencoder's latent spaces have "
                   "different scales, so raw inertia cannot be compared between them; the "
                   "ratio can.</p><p>Look for the elbow: the k after which adding clusters "
                   "gains little.</p>"));
            break;
        case Measure::Silhouette:
            if (m_setting == SweptSetting::K) {
                setTitle(tr("Silhouette (latent) against k"));
                m_note->setText(tr("Mean silhouette of the k-means clusters in each latent space"));
                setToolTip(
                    tr("<p>Mean silhouette of the k-means clusters for each k, with distances "
                       "in each method's own latent space (1 = well separated, 0 = "
                       "overlapping, negative = points closer to another cluster).</p><p>Higher "
                       "is better; a peak suggests a natural number of clusters.</p>"));
                break;
            }
            setTitle(ari ? tr("Silhouette and ARI against resolution")
                         : tr("Silhouette (latent) against resolution"));
            m_note->setText(ari ? tr("Silhouette of the Leiden clusters (solid) and their ARI "
                                     "(dashed)")
                                : tr("Mean silhouette of the Leiden clusters in each latent "
                                     "space"));
            setToolTip(
                tr("<p>Mean silhouette of the Leiden clusters at each resolution, with "
                   "distances in each method's own latent space (1 = well separated, 0 = "
                   "overlapping); it is undefined where Leiden finds a single cluster.</p>"
                   "<p>Dashed, when the data have labels: the adjusted Rand index of the "
                   "clusters against them (1 = the same partition, 0 = chance).</p>"));
            break;
        case Measure::Clusters:
            setTitle(tr("Clusters and modularity against resolution"));
            m_note->setText(
                tr("Clusters found (solid, left axis) and modularity (dashed, right axis)"));
            setToolTip(
                tr("<p>How many clusters Leiden finds in each latent space at each resolution, "
                   "on the run's kNN graph (solid, left axis), and the modularity of that "
                   "partition (dashed, right axis).</p><p>A resolution range over which the "
                   "number of clusters holds still suggests a stable clustering.</p>"));
            break;
    }
    m_axisX->setTitleText(xTitle());
    m_axisY->setTitleText(yTitle());
    if (m_axisCompanion) m_axisCompanion->setTitleText(companionTitle());
    showTitle();  // setTitleText shows the x-axis title again
}

QString KSweepChartView::xTitle() const {
    const bool sampled =
        m_measure == Measure::Silhouette && m_sweep && m_sweep->silhouetteSampleSize > 0;
    const QString sample = sampled ? NumberFormat::count(m_sweep->silhouetteSampleSize) : QString();
    if (m_setting == SweptSetting::K)
        return sampled ? tr("k (silhouettes estimated from a sample of %1 points)").arg(sample)
                       : tr("k (number of clusters)");
    return sampled ? tr("resolution (silhouettes estimated from a sample of %1 points)").arg(sample)
                   : tr("resolution (Leiden)");
}

QString KSweepChartView::yTitle() const {
    switch (m_measure) {
        case Measure::InertiaOverTss:
            return tr("inertia / TSS");
        case Measure::Clusters:
            return tr("clusters");
        case Measure::Silhouette:
            break;
    }
    return m_sweep && m_sweep->hasAri() && hasCompanion() ? tr("silhouette; ARI dashed")
                                                          : tr("mean silhouette");
}

QString KSweepChartView::companionTitle() const { return tr("modularity (dashed)"); }

QString KSweepChartView::describe(const std::string& method, const SweepSample& sample) const {
    const bool k = m_setting == SweptSetting::K;
    QString text = QStringLiteral("<b>%1, %2 = %3</b>")
                       .arg(MethodStyle::name(method), k ? QStringLiteral("k") : tr("resolution"),
                            settingText(sample.at));
    if (k) {
        text +=
            tr("<br>inertia / TSS: %1<br>inertia: %2<br>silhouette (latent): %3")
                .arg(MetricFormat::value(sample.inertiaOverTss),
                     MetricFormat::value(sample.inertia), MetricFormat::value(sample.silhouette));
    } else {
        text += tr("<br>clusters: %1<br>modularity: %2<br>silhouette (latent): %3")
                    .arg(NumberFormat::count(std::lround(sample.clusters)),
                         MetricFormat::value(sample.modularity),
                         MetricFormat::value(sample.silhouette));
        if (std::isfinite(sample.ari))
            text += tr("<br>ARI: %1").arg(MetricFormat::value(sample.ari));
    }
    if (m_sweep && m_sweep->isChosen(sample.at))
        text += k ? tr("<br><i>the run's k</i>") : tr("<br><i>the run's resolution</i>");
    return text;
}

}  // namespace latentlab::gui
