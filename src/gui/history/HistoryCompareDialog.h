// Two runs of the History side by side: their thumbnails, the settings that differ (or all
// of them), and every metric of every method with both values and the second minus the first,
// the better value in bold. Opened by the History's Compare; not modal.
//
//   auto* dialog = new HistoryCompareDialog(*history.find(2), *history.find(5), window);
//   dialog->show();
#pragma once

#include "HistoryEntry.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace latentlab::gui {

class HistoryCompareDialog : public QDialog {
    Q_OBJECT
public:
    HistoryCompareDialog(const HistoryEntry& first, const HistoryEntry& second,
                         QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// "Show every setting" (off: only those that differ).
    QCheckBox* allSettings() const { return m_all; }
    /// The table row whose first cell is `label` ("data.samples", "PCA · Adjusted Rand
    /// index"), or -1.
    int rowOf(const QString& label) const;
    const HistoryEntry& first() const { return m_first; }
    const HistoryEntry& second() const { return m_second; }

private:
    void fill();
    void addSection(const QString& title);
    void addRow(const QString& label, const QString& a, const QString& b, const QString& d,
                int better = -1);

    HistoryEntry m_first, m_second;
    QTableWidget* m_table;
    QCheckBox* m_all;
};

}  // namespace latentlab::gui
