// What the two latent scatters call their axes: PC 1 / PC 2 "of 50" when PCA kept more than
// two components, the latent space's own first two principal axes when the autoencoder's
// latent space is wider than two (z1 / z2 otherwise).
//
//   PlaneTitles::forPca(50).applyTo(pcaScatter);       // "PCA latent space · PC 1–2 of 50"
//   PlaneTitles::forAutoencoder(10).applyTo(aeScatter); // axes "latent PC 1", "latent PC 2"
#pragma once

#include <QString>

namespace latentlab::gui {

class ScatterView;

struct PlaneTitles {
    QString title;
    QString x;
    QString y;

    /// `components`: the PCA embedding's width (0 before a run: the plain titles).
    static PlaneTitles forPca(int components);
    /// `latentWidth`: the autoencoder latent space's width.
    static PlaneTitles forAutoencoder(int latentWidth);
    void applyTo(ScatterView* view) const;
};

}  // namespace latentlab::gui
