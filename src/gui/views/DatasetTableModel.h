// A read-only table model over a Dataset: one row per sample (headed by its row name, e.g. a
// cell's barcode, when the input named rows), the feature columns (gene names) and the true
// label. Values are formatted on demand, so a million rows cost nothing up front.
#pragma once

#include "Dataset.h"

#include <QAbstractTableModel>
#include <memory>

namespace latentlab::gui {

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDataset(std::shared_ptr<const Dataset> data);
    const Dataset* dataset() const { return m_data.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Dataset> m_data;
};

}  // namespace latentlab::gui
