#include "DatasetTableModel.h"

#include "NumberFormat.h"

namespace latentlab::gui {

void DatasetTableModel::setDataset(std::shared_ptr<const Dataset> data) {
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_data ? 0 : m_data->rows();
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_data) return 0;
    return m_data->columns() + (m_data->hasLabels() ? 1 : 0);
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const {
    if (!m_data || !index.isValid()) return {};
    const bool isLabel = index.column() == m_data->columns();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(isLabel ? Qt::AlignLeft : Qt::AlignRight) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    if (isLabel) {
        const int code = m_data->labels[std::size_t(index.row())];
        return QString::fromStdString(m_data->labelNames[std::size_t(code)]);
    }
    return report::NumberFormat::data(m_data->features(index.row(), index.column()));
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || !m_data) return {};
    // Cells are known by their barcodes, samples by the names the file gave them.
    if (orientation == Qt::Vertical)
        return m_data->rowNames.size() == std::size_t(m_data->rows())
                   ? QVariant(QString::fromStdString(m_data->rowNames[std::size_t(section)]))
                   : QVariant(section + 1);
    if (section < m_data->columns())
        return QString::fromStdString(m_data->columnNames[std::size_t(section)]);
    return tr("label");
}

}  // namespace latentlab::gui
