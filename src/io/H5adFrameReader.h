// Reads an AnnData dataframe element (obs, var, raw/var): the index named by the `_index`
// attribute and the columns as text. Categoricals come as a group with codes + categories
// (anndata >= 0.8) or as a code dataset whose `categories` attribute refers to
// __categories/NAME (anndata 0.7); a -1 code, a NaN or a masked value is "" (missing).
//
//   H5adFrame obs = H5adFrameReader::read(root.child("obs"));
//   obs.index;                         // cell names
//   obs.column("cell_type");           // per-cell texts, or null
#pragma once

#include "ExpressionData.h"
#include "Hdf5Node.h"

#include <string>
#include <vector>

namespace latentlab::io {

struct H5adFrame {
    std::vector<std::string> index;
    std::vector<ExpressionData::Annotation> columns;
    /// Columns left out because they are not one value per row of a known kind (with why).
    std::vector<std::string> skipped;

    const ExpressionData::Annotation* column(const std::string& name) const;
};

class H5adFrameReader {
public:
    /// Every column must have one value per index entry (ReadError naming the column if not).
    static H5adFrame read(const Hdf5Node& group);

private:
    /// The column's texts; false (with `why`) for a kind of column LatentLab does not read.
    static bool readColumn(const Hdf5Node& frame, const std::string& name,
                           std::vector<std::string>& values, std::string& why);
    static std::vector<std::string> decodeCategorical(const Hdf5Node& codes,
                                                      const Hdf5Node& categories);
};

}  // namespace latentlab::io
