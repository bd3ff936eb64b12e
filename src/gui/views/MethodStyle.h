// How the two methods look wherever they are drawn side by side (k sweep, repeats): PCA
// in the palette's blue, the autoencoder in its vermilion (as in the report), with the names
// the tables use.
//
//   pen.setColor(MethodStyle::color(MethodStyle::Autoencoder, background));
#pragma once

#include <QColor>
#include <QString>

namespace latentlab::gui {

class MethodStyle {
public:
    enum Method { Pca = 0, Autoencoder = 1 };

    /// The method's colour, adjusted to stand out on `background`.
    static QColor color(Method method, const QColor& background);
    static QString name(Method method);       ///< "PCA" / "Autoencoder"
    static QString shortName(Method method);  ///< "PCA" / "AE"
};

}  // namespace latentlab::gui
