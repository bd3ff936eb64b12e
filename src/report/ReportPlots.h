// The report's line charts as ReportFigures: the autoencoder's training loss per epoch and
// the k sweep (elbow of inertia / TSS, silhouette) with the run's k marked. They keep a
// reference to their data: build, lay out and write the document while the data live.
//
//   document.blocks.push_back(ReportBlock::ofFigures({lossFigure(result.loss, LossAxis::Auto)}));
#pragma once

#include "KSweep.h"
#include "ReportDocument.h"
#include "ResolutionSweep.h"

#include <vector>

namespace latentlab::report {

enum class LossAxis {
    Auto,  ///< logarithmic when the loss falls by more than a factor of 20
    Linear,
    Log,
};

ReportFigure lossFigure(const std::vector<double>& loss, LossAxis axis);

/// Two figures, to be shown side by side: inertia / TSS vs k and silhouette vs k.
std::vector<ReportFigure> sweepFigures(const KSweep& sweep);
/// Clusters and ARI (silhouette without labels) against Leiden's resolution, per method.
std::vector<ReportFigure> resolutionSweepFigures(const ResolutionSweep& sweep);

}  // namespace latentlab::report
