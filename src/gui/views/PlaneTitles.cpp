#include "PlaneTitles.h"

#include "ScatterView.h"

#include <QCoreApplication>

namespace latentlab::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("PlaneTitles", text); }

}  // namespace

PlaneTitles PlaneTitles::forPca(int components) {
    PlaneTitles titles{tr("PCA latent space"), tr("PC 1"), tr("PC 2")};
    if (components > 2) titles.title += QStringLiteral(" · ") + tr("PC 1–2 of %1").arg(components);
    return titles;
}

PlaneTitles PlaneTitles::forAutoencoder(int latentWidth) {
    if (latentWidth <= 2) return {tr("Autoencoder latent space"), tr("z1"), tr("z2")};
    return {tr("Autoencoder latent space") + QStringLiteral(" · ") +
                tr("latent PC 1–2 of %1").arg(latentWidth),
            tr("latent PC 1"), tr("latent PC 2")};
}

void PlaneTitles::applyTo(ScatterView* view) const {
    view->setTitle(title);
    view->setAxisTitles(x, y);
}

}  // namespace latentlab::gui
