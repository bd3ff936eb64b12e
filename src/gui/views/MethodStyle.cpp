#include "MethodStyle.h"

#include "Palette.h"

#include <QCoreApplication>

namespace latentlab::gui {

QColor MethodStyle::color(Method method, const QColor& background) {
    // Blue and vermilion: apart under every common colour-vision deficiency, and the
    // supervisor report's method colours (ReportStyle), so screen and paper agree.
    return Palette::color(method == Pca ? 0 : 5, background);
}

QString MethodStyle::name(Method method) {
    return method == Pca ? QCoreApplication::translate("MethodStyle", "PCA")
                         : QCoreApplication::translate("MethodStyle", "Autoencoder");
}

QString MethodStyle::shortName(Method method) {
    return method == Pca ? QCoreApplication::translate("MethodStyle", "PCA")
                         : QCoreApplication::translate("MethodStyle", "AE");
}

}  // namespace latentlab::gui
