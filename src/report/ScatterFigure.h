// A latent space as a report figure: every point coloured by its true label (by its k-means
// cluster when the data have no labels), past the palette's colours also shaped by it (as
// the GUI's scatters), the k-means centres as outlined crosses, a legend.
// In a PDF, clouds of more than kVectorPointLimit points are embedded as one 300 dpi image
// under vector axes and text: as vector dots 30 000 points would make a file of several MB.
//
//   ReportFigure pca = scatterFigure(result, result.pcaSpace, "PCA latent space", "PC 1", "PC 2");
#pragma once

#include "ReportDocument.h"
#include "Result.h"

namespace latentlab::report {

/// Above this many points a PDF scatter holds its points as an image. Measured on the seed
/// notebook's run (2 x 30 000 points): 4.7 MB as vector dots (about 75 bytes per dot after
/// compression; round-capped points were larger still), 0.29 MB with 300 dpi images. At this
/// limit the vector dots of both scatters stay under 1.6 MB.
constexpr int kVectorPointLimit = 10000;
/// Resolution of that image.
constexpr double kScatterRasterDpi = 300.0;

/// `result` must outlive the figure.
ReportFigure scatterFigure(const Result& result, const SpaceResult& space, const QString& title,
                           const QString& xTitle, const QString& yTitle);

}  // namespace latentlab::report
