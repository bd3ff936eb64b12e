// The "Repeat × N" summary as a table model: one row per catalog metric (skipping metrics
// no repeat produced), columns PCA mean ± sd, AE mean ± sd, the paired AE − PCA mean with
// its 95 % interval, and which method the interval favours (io::pairedVerdict).
//
//   model->setRepeats(repeats);   // std::shared_ptr<const RepeatsResult>
//   model->data(model->index(0, RepeatsTableModel::DifferenceColumn), RepeatsTableModel::MeanRole);
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
    enum Column { PcaColumn = 0, AutoencoderColumn, DifferenceColumn, VerdictColumn, ColumnCount };
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
    int repeatCount() const { return m_repeats ? int(m_repeats->pca.size()) : 0; }

    const MetricInfo& metricAt(int row) const { return *m_rows[std::size_t(row)].info; }
    const MetricSummary& summaryAt(int row) const { return m_rows[std::size_t(row)].summary; }
    io::PairedVerdict verdictAt(int row) const { return m_rows[std::size_t(row)].verdict; }
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
        io::PairedVerdict verdict;
    };
    QString text(const Row& row, int column) const;
    QString tooltip(const Row& row, int column) const;
    int betterColumn(const Row& row) const;

    std::shared_ptr<const RepeatsResult> m_repeats;
    std::vector<Row> m_rows;
};

}  // namespace latentlab::gui
