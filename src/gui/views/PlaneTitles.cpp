#include "PlaneTitles.h"

#include "MethodRegistry.h"
#include "MethodStyle.h"
#include "ScatterView.h"

#include <QCoreApplication>

namespace latentlab::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("PlaneTitles", text); }

}  // namespace

PlaneTitles PlaneTitles::forMethod(const std::string& method, int width, bool brief) {
    const MethodInfo* info = findMethod(method);
    const QString title =
        brief ? MethodStyle::name(method) : tr("%1 latent space").arg(MethodStyle::name(method));
    if (ranksComponents(method)) {
        const QString prefix = QString::fromUtf8(info->axisPrefix);
        PlaneTitles titles{title, prefix + QStringLiteral(" 1"), prefix + QStringLiteral(" 2")};
        if (width > 2)
            titles.title += QStringLiteral(" · ") + tr("%1 1–2 of %2").arg(prefix).arg(width);
        return titles;
    }
    if (width > 2)
        return {title + QStringLiteral(" · ") + tr("latent PC 1–2 of %1").arg(width),
                tr("latent PC 1"), tr("latent PC 2")};
    const QString prefix = info ? QString::fromUtf8(info->axisPrefix) : QStringLiteral("z");
    // "z1": the autoencoder's latent units have always been called so; "UMAP 1" for others.
    const QString gap = prefix.size() == 1 ? QString() : QStringLiteral(" ");
    return {title, prefix + gap + QStringLiteral("1"), prefix + gap + QStringLiteral("2")};
}

bool PlaneTitles::ranksComponents(const std::string& method) {
    // Of the catalog's methods only PCA neither optimises (animates) nor lacks a transform:
    // its axes are the data's principal components, in order.
    const MethodInfo* info = findMethod(method);
    return info && info->hasTransform && !info->animates;
}

void PlaneTitles::applyTo(ScatterView* view) const {
    view->setTitle(title);
    view->setAxisTitles(x, y);
}

}  // namespace latentlab::gui
