#include "H5adReader.h"

#include "H5adFrameReader.h"
#include "H5adMatrixReader.h"
#include "Hdf5Node.h"
#include "IoErrors.h"
#include "PrintableText.h"

#include <QFileInfo>
#include <optional>

namespace latentlab::io {

namespace {

std::string describeOpenFailure(const std::string& problem) {
    if (problem.find("signature") != std::string::npos)
        return "not an HDF5 file (.h5ad files are HDF5; " + problem + ")";
    return "not a readable HDF5 file, perhaps truncated (" + problem + ")";
}

/// The file opened read-only; ReadError naming it when it is missing or not HDF5.
Hdf5Handle openFile(const QString& path, const std::string& source) {
    const QFileInfo info(path);
    if (!info.exists()) throw ReadError(source + ": no such file");
    if (info.isDir()) throw ReadError(source + ": is a folder, not a file");
    silenceHdf5Errors();
    const htri_t isHdf5 = H5Fis_hdf5(path.toStdString().c_str());
    if (isHdf5 <= 0)
        throw ReadError(
            source + ": " +
            describeOpenFailure(isHdf5 == 0 ? "file signature not found" : hdf5Problem()));
    Hdf5Handle file(H5Fopen(path.toStdString().c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid()) throw ReadError(source + ": " + describeOpenFailure(hdf5Problem()));
    return file;
}

}  // namespace

ExpressionData H5adReader::read(const QString& path) {
    const std::string source = printable(path.toStdString());
    const Hdf5Handle file = openFile(path, source);
    return readRoot(Hdf5Node::root(file.get(), source));
}

std::vector<std::string> H5adReader::obsColumnNames(const QString& path) {
    const std::string source = printable(path.toStdString());
    const Hdf5Handle file = openFile(path, source);
    const Hdf5Node obs = Hdf5Node::root(file.get(), source).child("obs");
    if (!obs.isGroup()) obs.fail("a dataset where a dataframe group was expected");
    if (obs.hasAttribute("column-order")) return obs.textListAttribute("column-order");
    const std::string indexName = obs.textAttribute("_index", "_index");
    std::vector<std::string> names;
    for (const std::string& name : obs.childNames())
        if (name != indexName && name != "__categories") names.push_back(name);
    return names;
}

ExpressionData H5adReader::readImage(const void* bytes, std::size_t size,
                                     const std::string& source) {
    silenceHdf5Errors();
    const std::string name = printable(source);
    Hdf5Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    H5Pset_fapl_core(access.get(), 1 << 16, 0);
    // HDF5 copies the image (it may not be given const memory it would write to).
    if (size == 0 || H5Pset_file_image(access.get(), const_cast<void*>(bytes), size) < 0)
        throw ReadError(name + ": " + describeOpenFailure(size ? hdf5Problem() : "empty"));
    Hdf5Handle file(H5Fopen(source.c_str(), H5F_ACC_RDONLY, access.get()), H5Fclose);
    if (!file.valid()) throw ReadError(name + ": " + describeOpenFailure(hdf5Problem()));
    return readRoot(Hdf5Node::root(file.get(), name));
}

void H5adReader::rejectForeignLayout(const Hdf5Node& root) {
    // Other HDF5 expression formats, named so the user knows what to give instead.
    if (root.has("matrix") && root.has("row_attrs") && root.has("col_attrs")) {
        throw ReadError(root.where() +
                        ": a loom file (/matrix with row_attrs and col_attrs), not AnnData; "
                        "convert it with anndata.read_loom(...).write_h5ad(...)");
    }
    if (root.has("matrix")) {
        throw ReadError(root.where() +
                        ": a 10x Genomics Cell Ranger .h5 file (/matrix), not AnnData; give "
                        "its Matrix Market folder (filtered_feature_bc_matrix) instead");
    }
}

ExpressionData H5adReader::readRoot(const Hdf5Node& root) {
    m_skipped.clear();
    m_geneNameColumn.clear();
    const std::string& choice = m_options.matrix;
    std::optional<Hdf5Node> raw;
    std::string matrixName;
    if (choice == "X") {
        matrixName = "X";
    } else if (choice == "raw" || choice == "raw/X") {
        raw.emplace(root.child("raw"));
        matrixName = "X";
    } else if (choice.rfind("layers/", 0) == 0 && choice.size() > 7) {
        matrixName = choice;
    } else {
        throw ReadError(root.where() + ": unknown matrix " + quotedForMessage(choice) +
                        " (expected X, raw or layers/NAME)");
    }
    if (matrixName == "X" && !raw && !root.has("X")) rejectForeignLayout(root);
    const Hdf5Node& base = raw ? *raw : root;  // the group holding the matrix's var
    const Hdf5Node matrixNode =
        matrixName == "X" ? base.child("X") : root.child("layers").child(matrixName.substr(7));
    // Names first: a shape that disagrees with them is found before any value is read.
    const auto [rows, columns] = H5adMatrixReader::shape(matrixNode);
    const std::string shape = std::to_string(rows) + " x " + std::to_string(columns);
    ExpressionData data;
    if (root.has("obs")) {
        H5adFrame obs = H5adFrameReader::read(root.child("obs"));
        if (obs.index.size() != std::size_t(rows))
            matrixNode.fail("has " + std::to_string(rows) + " rows (shape " + shape +
                            ") but obs has " + std::to_string(obs.index.size()));
        data.cellNames = std::move(obs.index);
        data.annotations = std::move(obs.columns);
        for (const std::string& s : obs.skipped) m_skipped.push_back("obs/" + s);
    }
    if (base.has("var")) {
        const Hdf5Node varNode = base.child("var");
        const H5adFrame var = H5adFrameReader::read(varNode);
        if (var.index.size() != std::size_t(columns))
            matrixNode.fail("has " + std::to_string(columns) + " columns (shape " + shape +
                            ") but " + varNode.path().substr(1) + " has " +
                            std::to_string(var.index.size()));
        data.geneIds = var.index;
        const std::vector<std::string> candidates =
            m_options.geneNameColumn.empty()
                ? std::vector<std::string>{"gene_symbols", "feature_name"}
                : std::vector<std::string>{m_options.geneNameColumn};
        for (const std::string& name : candidates)
            if (const ExpressionData::Annotation* column = var.column(name)) {
                data.geneNames = column->values;
                m_geneNameColumn = name;
                break;
            }
        if (m_geneNameColumn.empty() && !m_options.geneNameColumn.empty())
            varNode.fail("no column " + quotedForMessage(m_options.geneNameColumn) +
                         " for the gene names");
        if (m_geneNameColumn.empty()) data.geneNames = data.geneIds;
    }
    data.values = H5adMatrixReader::read(matrixNode);
    return data;
}

}  // namespace latentlab::io
