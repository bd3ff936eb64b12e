// What a latent scatter calls its axes: the method's own axis names ("PC 1", "UMAP 1"; the
// autoencoder's "z1"), "of 50" when PCA kept more than two components, and the latent space's
// own first two principal axes when a learned space is wider than two.
//
//   PlaneTitles::forMethod("pca", 50).applyTo(view);          // "PCA latent space · PC 1–2 of 50"
//   PlaneTitles::forMethod("autoencoder", 10).applyTo(view);  // axes "latent PC 1", "latent PC 2"
#pragma once

#include <QString>
#include <string>

namespace latentlab::gui {

class ScatterView;

struct PlaneTitles {
    QString title;
    QString x;
    QString y;

    /// `width`: the embedding's width (0 before a run: the plain titles). `brief`: the method's
    /// name alone ("UMAP" for "UMAP latent space"), for a crowded grid of scatters.
    static PlaneTitles forMethod(const std::string& method, int width, bool brief = false);
    void applyTo(ScatterView* view) const;
    /// Whether the method's components come ranked (PCA's), so a scatter plots its first two
    /// as they are; learned spaces wider than two are drawn in their own principal plane.
    static bool ranksComponents(const std::string& method);
};

}  // namespace latentlab::gui
