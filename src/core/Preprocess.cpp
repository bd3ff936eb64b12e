#include "Preprocess.h"

#include "PrintableText.h"

#include <cmath>
#include <sstream>

namespace latentlab {
namespace {

/// The column's name for a message, printable.
std::string columnName(const Dataset& data, Eigen::Index column) {
    return std::size_t(column) < data.columnNames.size()
               ? printable(data.columnNames[std::size_t(column)])
               : "column " + std::to_string(column + 1);
}

}  // namespace

std::string numberForMessage(double value) {
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text.precision(15);
    text << value;
    return text.str();
}

void applyLog1p(Dataset& data) {
    Eigen::MatrixXd& x = data.features;
    // Checked first, row by row as a reader meets the cells, so the error names the first
    // bad cell of the file and leaves the data untouched.
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        for (Eigen::Index c = 0; c < x.cols(); ++c) {
            const double value = x(r, c);
            if (value <= -1.0) {
                throw CellValueError(int(r), int(c), value,
                                     "row " + std::to_string(r + 1) + ", column '" +
                                         columnName(data, c) + "': " + numberForMessage(value) +
                                         " is not greater than -1, so log(1 + x) is undefined");
            }
        }
    }
    x = x.array().log1p().matrix();  // NaN stays NaN
}

int dropRowsWithMissing(Dataset& data) {
    const Eigen::MatrixXd& x = data.features;
    std::vector<Eigen::Index> kept;
    kept.reserve(std::size_t(x.rows()));
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        if (!x.row(r).array().isNaN().any()) kept.push_back(r);
    const int dropped = int(x.rows() - Eigen::Index(kept.size()));
    if (dropped == 0) return 0;
    if (kept.empty()) {
        throw DataError("every one of the " + std::to_string(x.rows()) +
                        " rows has a missing value, so dropping them leaves no data; impute "
                        "column means instead, or ignore the columns that are mostly empty");
    }

    Eigen::MatrixXd features(Eigen::Index(kept.size()), x.cols());
    for (std::size_t i = 0; i < kept.size(); ++i) features.row(Eigen::Index(i)) = x.row(kept[i]);
    data.features = std::move(features);
    if (!data.rowNames.empty()) {
        std::vector<std::string> names;
        for (Eigen::Index r : kept) names.push_back(data.rowNames[std::size_t(r)]);
        data.rowNames = std::move(names);
    }
    if (data.hasLabels()) {
        // New codes in order of first appearance, as the reader assigns them.
        std::vector<int> recode(data.labelNames.size(), -1);
        std::vector<int> labels;
        std::vector<std::string> labelNames;
        for (Eigen::Index r : kept) {
            int& code = recode[std::size_t(data.labels[std::size_t(r)])];
            if (code < 0) {
                code = int(labelNames.size());
                labelNames.push_back(data.labelNames[std::size_t(data.labels[std::size_t(r)])]);
            }
            labels.push_back(code);
        }
        data.labels = std::move(labels);
        data.labelNames = std::move(labelNames);
    }
    return dropped;
}

std::vector<int> imputeColumnMeans(Dataset& data) {
    Eigen::MatrixXd& x = data.features;
    std::vector<int> imputed(std::size_t(x.cols()), 0);
    for (Eigen::Index c = 0; c < x.cols(); ++c) {
        double sum = 0.0;
        Eigen::Index valid = 0;
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            if (isMissing(x(r, c))) continue;
            sum += x(r, c);
            ++valid;
        }
        if (valid == x.rows()) continue;
        if (valid == 0) {
            throw ColumnValueError(int(c), "column '" + columnName(data, c) +
                                               "' has no valid value to impute a mean from; "
                                               "ignore the column");
        }
        const double mean = sum / double(valid);
        for (Eigen::Index r = 0; r < x.rows(); ++r)
            if (isMissing(x(r, c))) x(r, c) = mean;
        imputed[std::size_t(c)] = int(x.rows() - valid);
    }
    return imputed;
}

}  // namespace latentlab
