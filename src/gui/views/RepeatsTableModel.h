// The "Repeat × N" summary as a table model: one row per catalog metric (skipping metrics
// no repeat produced), a mean ± sd column per method, the paired difference to the baseline
// (e.g. AE − PCA) with its 95 % interval per other method, and which methods the intervals
// favour (io::pairedVerdict).
//
//   model->setRepeats(repeats);   // std::shared_ptr<const RepeatsResult>
//   model->data(model->index(0, model->differenceColumn("umap")), RepeatsTableModel::MeanRole);
#pragma once

#include "Repeats.h"
#include "RepeatsCsv.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace latentlab::gui {

class RepeatsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        MeanRole = Qt::UserRole + 1,  ///< double: the column's mean (NaN if none)
        SdRole,                       ///< double: its sample standard deviation
        CiLowRole,                    ///< double: difference column, 95 % interval
        CiHighRole,
        KeyRole,      ///< QString: the metric's catalog key (any column)
        VerdictRole,  ///< int: io::PairedVerdict (any column)
    };

    explicit RepeatsTableModel(QObject* parent = nullptr);

    void setRepeats(std::shared_ptr<const RepeatsResult> repeats);
    void clear();
    const std::shared_ptr<const RepeatsResult>& repeats() const { return m_repeats; }
    int repeatCount() const { return m_repeats ? m_repeats->repeats() : 0; }
    /// The repeats' methods in order (the default methods before any repeats).
    const std::vector<std::string>& methods() const { return m_methods; }
    const std::string& baseline() const { return m_baseline; }
    /// Columns: a mean ± sd per method, a difference per non-baseline method, the verdict.
    int valueColumn(const std::string& method) const;
    int differenceColumn(const std::string& method) const;
    int verdictColumn() const { return int(2 * m_methods.size()) - 1; }

    const MetricInfo& metricAt(int row) const { return *m_rows[std::size_t(row)].info; }
    const MetricSummary& summaryAt(int row) const { return m_rows[std::size_t(row)].summary; }
    /// How `method` compares with the baseline in `row` (the baseline's own: NotRanked).
    io::PairedVerdict verdictAt(int row, const std::string& method) const;
    /// Row of a catalog key, -1 when it is not shown.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "The difference column's mark" explained, for the caption and tooltips.
    static QString verdictExplanation();

private:
    struct Row {
        const MetricInfo* info;
        MetricSummary summary;
        std::vector<io::PairedVerdict> verdicts;  ///< per method; the baseline's NotRanked
    };
    QString text(const Row& row, int column) const;
    QString verdictText(const Row& row) const;
    QString tooltip(const Row& row, int column) const;
    /// The value columns marked better: the methods whose difference to the baseline favours
    /// them, or the baseline's when it is better than every other method.
    std::vector<int> betterColumns(const Row& row) const;
    /// The method of a difference column, or empty.
    std::string differenceMethod(int column) const;

    std::shared_ptr<const RepeatsResult> m_repeats;
    std::vector<std::string> m_methods;
    std::string m_baseline;
    std::vector<Row> m_rows;
};

}  // namespace latentlab::gui
