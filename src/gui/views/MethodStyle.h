// How each method looks wherever methods are drawn side by side (scatter titles, k sweep,
// repeats, metrics): a colour per method of methodCatalog() (PCA blue, autoencoder vermilion,
// UMAP bluish green, t-SNE reddish purple, as in the report), and the names the tables use.
//
//   pen.setColor(MethodStyle::color("umap", background));
//   MethodStyle::name("tsne");        // "t-SNE"; shortName("autoencoder") == "AE"
#pragma once

#include <QColor>
#include <QString>
#include <string>

namespace latentlab::gui {

class MethodStyle {
public:
    /// The method's colour, adjusted to stand out on `background`.
    static QColor color(const std::string& method, const QColor& background);
    /// MethodInfo::title ("PCA", "Autoencoder", "UMAP", "t-SNE"); the name itself if unknown.
    static QString name(const std::string& method);
    /// For narrow places (column headers, legends): "AE" for the autoencoder, else name().
    static QString shortName(const std::string& method);
};

}  // namespace latentlab::gui
