// Every method LatentLab can run, by the name config's `methods` list uses. Adding a method
// is its file pair plus one line in MethodRegistry.cpp.
//
//   for (const MethodInfo& m : methodCatalog()) m.name;   // "pca", "autoencoder", ...
//   const MethodInfo* info = findMethod("tsne");          // info->title == "t-SNE"
//   std::unique_ptr<Method> method = makeMethod("tsne");
#pragma once

#include "Method.h"

#include <memory>
#include <string>
#include <vector>

namespace latentlab {

struct MethodInfo {
    const char* name;        ///< config name and JSON key: "pca", "autoencoder", "umap"
    const char* fileSuffix;  ///< run folders' embedding_<suffix>.csv: "pca", "ae", "umap"
    const char* title;       ///< shown in tables and plot titles: "PCA", "UMAP"
    const char* shortTitle;  ///< where space is short ("AE − PCA"): "AE"
    const char* axisPrefix;  ///< axis titles: "PC" -> "PC 1", "UMAP" -> "UMAP 1"
    const char* obsmKey;     ///< AnnData's (scanpy's) key: "X_pca", "X_umap"
    bool hasTransform;       ///< maps new rows (transform, Apply model) with the fitted model
    bool animates;           ///< reports snapshots while it optimises
    std::unique_ptr<Method> (*make)();
};

/// In the order the GUI's Methods panel lists them.
const std::vector<MethodInfo>& methodCatalog();
const MethodInfo* findMethod(const std::string& name);
/// Throws std::out_of_range for a name findMethod() does not know.
const MethodInfo& methodInfo(const std::string& name);
std::unique_ptr<Method> makeMethod(const std::string& name);
/// "pca, autoencoder, umap, tsne", for messages.
std::string methodChoices();
/// Throws ConfigError unless `methods` is a non-empty list of known names, each once.
void validateMethods(const std::vector<std::string>& methods);

}  // namespace latentlab
