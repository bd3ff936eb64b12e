// How LatentSpacesTab draws each space: the rows drawn of big data, each space's plane and its
// alignment onto the baseline, shared axis ranges, the notes over the plots and the training
// warnings over the trained method's.
#include "LatentSpacesTab.h"

#include "InfoBar.h"
#include "LatentViewControls.h"
#include "LinkedScatters.h"
#include "MethodStyle.h"
#include "NumberFormat.h"
#include "PlaneTitles.h"
#include "PlotOverlay.h"
#include "Procrustes.h"
#include "ScatterView.h"
#include "TrainingWarningText.h"

namespace latentlab::gui {

Eigen::MatrixXd LatentSpacesTab::drawnRows(const Eigen::MatrixXd& all) const {
    if (m_drawn.empty()) return all;
    Eigen::MatrixXd out(Eigen::Index(m_drawn.size()), all.cols());
    for (std::size_t i = 0; i < m_drawn.size(); ++i) out.row(Eigen::Index(i)) = all.row(m_drawn[i]);
    return out;
}

std::vector<int> LatentSpacesTab::drawnLabels(const std::vector<int>& all) const {
    if (m_drawn.empty() || all.empty()) return all;
    std::vector<int> out;
    out.reserve(m_drawn.size());
    for (int row : m_drawn) out.push_back(all[std::size_t(row)]);
    return out;
}

bool LatentSpacesTab::aligning(const Space& space) const {
    const Space* target = find(m_baseline);
    if (!m_controls->aligning() || !target || &space == target) return false;
    // Aligned as drawn: a wide learned space's principal plane onto the baseline's plane.
    const Eigen::Index shownWidth = space.plane.projects() ? 2 : space.embedding.cols();
    return target->embedding.rows() == space.embedding.rows() &&
           target->embedding.cols() >= shownWidth && space.embedding.rows() >= 2;
}

Eigen::MatrixXd LatentSpacesTab::forDisplay(const Space& space, const Eigen::MatrixXd& points,
                                            Eigen::MatrixXd* centers) const {
    const Eigen::MatrixXd shown = space.plane.project(points);
    if (centers && centers->size() > 0) *centers = space.plane.project(*centers);
    if (!aligning(space)) return shown;
    const Space& target = *find(m_baseline);
    const Eigen::MatrixXd targetShown = target.plane.project(target.embedding);
    // With the least-squares scale a layout unlike the baseline's shrinks (by their
    // agreement, 0.48 for the Tuned preset's AE): matching the spread keeps them comparable.
    const Similarity fit =
        fitSimilarity(shown, targetShown.leftCols(shown.cols()), SimilarityScale::MatchSpread);
    if (centers && centers->size() > 0) *centers = fit.apply(*centers);
    return fit.apply(shown);
}

void LatentSpacesTab::fitPlane(Space& space) {
    space.plane = PlaneTitles::ranksComponents(space.method)
                      ? LatentPlane()
                      : LatentPlane::fit(space.embedding, &space.plane);
    updateTitles(space);
}

void LatentSpacesTab::redraw(Space& space) {
    if (!m_data || space.embedding.rows() != m_data->rows()) return;
    space.runName = m_runName;
    fitPlane(space);
    Eigen::MatrixXd centers = space.centers;
    space.view->setData(drawnRows(forDisplay(space, space.embedding, &centers)),
                        drawnLabels(m_data->labels), m_data->labelNames,
                        drawnLabels(space.clusters), centers);
    space.view->setRowContext({m_data, m_drawn, space.silhouette});
    space.hasData = true;
    shareRanges(true);
}

void LatentSpacesTab::redrawAll() {
    for (Space& space : m_spaces) redraw(space);
}

void LatentSpacesTab::shareRanges(bool force) {
    AxisBox shared;
    bool anyAligned = false;
    for (const Space& space : m_spaces)
        anyAligned = anyAligned || (space.hasData && aligning(space));
    if (anyAligned)
        for (const Space& space : m_spaces)
            if (space.hasData && (space.method == m_baseline || aligning(space)))
                shared.include(space.view->dataExtent());
    std::vector<ScatterView*> comparable;
    for (Space& space : m_spaces) {
        const bool shares = anyAligned && (space.method == m_baseline || aligning(space));
        space.view->setSharedExtent(shares ? shared : AxisBox(), force);
        if (shares) comparable.push_back(space.view);
    }
    m_links->setRangeGroup(comparable);
}

void LatentSpacesTab::updateNotes() {
    QString note;
    if (!m_drawn.empty() && m_data) {
        note = tr("showing %1 of %2 points (seeded sample)")
                   .arg(report::NumberFormat::count(qlonglong(m_drawn.size())),
                        report::NumberFormat::count(qlonglong(m_data->rows())));
    }
    for (Space& space : m_spaces) {
        if (space.previous) {
            space.view->setNote(tr("previous run: updating…"));
        } else if (space.hasData && aligning(space)) {
            const QString aligned =
                tr("aligned to %1 (display only)").arg(MethodStyle::name(m_baseline));
            space.view->setNote(note.isEmpty() ? aligned : note + QStringLiteral(" · ") + aligned);
        } else {
            space.view->setNote(note);
        }
    }
}

void LatentSpacesTab::showTrainingWarnings(const std::vector<TrainingWarning>& warnings) {
    if (warnings.empty() || !m_warningsPlace) {
        m_trainingWarnings->dismiss();
        return;
    }
    // The autoencoder's result is not to be read as a normal one, but the view must stay
    // readable: one short line over the plot (the count alone over a narrow scatter, three or
    // four in a row), each diagnostic in full under "Details" and in the tooltip.
    m_trainingWarnings->showMessage(InfoBar::Kind::Warning,
                                    trainingWarningSummary(warnings, m_spaces.size() > 2), {},
                                    trainingWarningDetails(warnings));
    m_warningsPlace->place();
}

QString LatentSpacesTab::trainingWarningText() const { return m_trainingWarnings->details(); }

}  // namespace latentlab::gui
