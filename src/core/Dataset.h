// A numeric table with optional true labels: what every stage of the pipeline reads.
// Labels are kept as dense codes 0..classes-1 for the metrics, plus the text each code
// had in the input, so outputs can repeat a label exactly as the user wrote it.
#pragma once

#include <Eigen/Core>
#include <memory>
#include <string>
#include <vector>

namespace latentlab {

struct ExpressionSummary;

struct Dataset {
    Eigen::MatrixXd features;              ///< rows = samples, columns = features
    std::vector<std::string> columnNames;  ///< one per feature column
    std::vector<int> labels;               ///< per row, 0..labelNames.size()-1; empty if unlabelled
    std::vector<std::string> labelNames;   ///< text of each label code, as in the input
    std::string labelColumn;               ///< header of the label column; empty: "label"
    std::vector<std::string> rowNames;     ///< per row when the input named its rows, else empty
    /// Set when the expression recipe made this table (genes.csv, "preprocessing"); null for
    /// plain tables. Shared: copies of a Dataset never copy the gene table.
    std::shared_ptr<const ExpressionSummary> expression;

    int rows() const { return static_cast<int>(features.rows()); }
    int columns() const { return static_cast<int>(features.cols()); }
    bool hasLabels() const { return !labels.empty(); }
    int classes() const { return static_cast<int>(labelNames.size()); }
};

}  // namespace latentlab
