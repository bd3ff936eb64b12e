#include "MethodRegistry.h"

#include "AutoencoderMethod.h"
#include "Errors.h"
#include "PcaMethod.h"
#include "PrintableText.h"
#include "TsneMethod.h"
#include "UmapMethod.h"

#include <set>
#include <stdexcept>

namespace latentlab {
namespace {

template <class M>
std::unique_ptr<Method> make() {
    return std::make_unique<M>();
}

}  // namespace

const std::vector<MethodInfo>& methodCatalog() {
    static const std::vector<MethodInfo> catalog{
        {"pca", "pca", "PCA", "PCA", "PC", "X_pca", true, false, &make<PcaMethod>},
        {"autoencoder", "ae", "Autoencoder", "AE", "z", "X_autoencoder", true, true,
         &make<AutoencoderMethod>},
        {"umap", "umap", "UMAP", "UMAP", "UMAP", "X_umap", false, true, &make<UmapMethod>},
        {"tsne", "tsne", "t-SNE", "t-SNE", "t-SNE", "X_tsne", false, true, &make<TsneMethod>},
    };
    return catalog;
}

const MethodInfo* findMethod(const std::string& name) {
    for (const MethodInfo& info : methodCatalog())
        if (name == info.name) return &info;
    return nullptr;
}

const MethodInfo& methodInfo(const std::string& name) {
    const MethodInfo* info = findMethod(name);
    if (!info) throw std::out_of_range("unknown method " + name);
    return *info;
}

std::unique_ptr<Method> makeMethod(const std::string& name) { return methodInfo(name).make(); }

std::string methodChoices() {
    std::string choices;
    for (const MethodInfo& info : methodCatalog())
        choices += (choices.empty() ? "" : ", ") + std::string(info.name);
    return choices;
}

void validateMethods(const std::vector<std::string>& methods) {
    if (methods.empty()) throw ConfigError("methods needs at least one of " + methodChoices());
    std::set<std::string> seen;
    for (const std::string& name : methods) {
        if (!findMethod(name)) {
            throw ConfigError("methods: " + quotedForMessage(name) + " is not a method; use " +
                              methodChoices());
        }
        if (!seen.insert(name).second) throw ConfigError("methods names " + name + " twice");
    }
}

}  // namespace latentlab
