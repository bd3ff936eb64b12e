// Real inputs for the view tests and the gallery: seed_blobs min-max scaled by hand,
// projected with latentlab::Pca and clustered with latentlab::KMeans, plus pixel counting
// helpers for exported images.
#pragma once

#include "Dataset.h"
#include "KMeans.h"
#include "Result.h"

#include <Eigen/Core>
#include <QColor>
#include <QImage>
#include <QPalette>
#include <QString>

namespace latentlab::gui {
class ScatterView;
}

namespace viewtest {

struct Embedding {
    latentlab::Dataset data;
    Eigen::MatrixXd scaled;         ///< min-max scaled features
    Eigen::MatrixXd latent;         ///< PCA, 2 components
    Eigen::VectorXd varianceRatio;  ///< of all components
    latentlab::KMeansResult clustering;
};

/// Metrics made up by hand for the metrics table's tests (PCA's and the autoencoder's).
latentlab::MethodMetrics handMadePca();
latentlab::MethodMetrics handMadeAutoencoder();

/// seed_blobs.csv (30000 rows) scaled, projected and clustered with k = 8 (computed once).
const Embedding& seedBlobs();

/// A 760 x 560 scatter titled "PCA" showing seedBlobs() with its labels, clusters and
/// centres (not shown yet); the caller owns it.
latentlab::gui::ScatterView* seedBlobsScatter();

/// A dark desktop palette (as a dark theme gives), for dark-mode checks and screenshots.
QPalette darkPalette();

/// Pixels of `image` within `tolerance` (per channel) of `colour`.
int pixelsNear(const QImage& image, const QColor& colour, int tolerance = 40);
/// How many of the first `count` palette colours have at least `minimumPixels` pixels.
int paletteColoursPresent(const QImage& image, int count, int minimumPixels = 20);
/// Pixels that differ from the image's corner (background) colour.
int nonBackgroundPixels(const QImage& image);
/// Pixels with some colour in them (channels at least `chroma` apart): not white, grey or black.
int colouredPixels(const QImage& image, int chroma = 40);

}  // namespace viewtest
