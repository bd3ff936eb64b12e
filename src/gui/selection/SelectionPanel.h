// The Selection panel: what the rows picked in the linked views are ("1,234 of 30,000 rows
// selected"), per true label and per cluster of a chosen method, the features (or genes) whose
// mean differs most between them and the rest, and two ways out: the rows with their
// embeddings as CSV, and a labels file ("selected" / "not") the next run can take as truth.
//
//   auto* panel = new SelectionPanel(latentTab->selection());
//   panel->setResult(window->result());              // after every finished run
//   connect(panel, &SelectionPanel::useAsTruthRequested, ...);  // set data.labels_path
#pragma once

#include "Result.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace latentlab::gui {

class RowSelection;

class SelectionPanel : public QWidget {
    Q_OBJECT
public:
    /// Features (genes) listed, the most different first.
    static constexpr int kTopFeatures = 25;
    /// Label and cluster rows shown at once (more scroll).
    static constexpr int kMostGroupRows = 6;

    explicit SelectionPanel(RowSelection* selection, QWidget* parent = nullptr);

    /// The finished result the selection's rows belong to (null: none yet).
    void setResult(std::shared_ptr<const Result> result);
    const Result* result() const { return m_result.get(); }
    /// Whether the selection describes rows of result() (same row count, something selected).
    bool hasSelection() const;

    /// Writes the selected rows (row, name, label, clusters, each method's coordinates) to
    /// `path` atomically; false with `error` when it cannot.
    bool exportSelection(const QString& path, QString* error = nullptr);
    /// Writes every row's "selected" / "not" as a labels file and offers it as the next run's
    /// truth (useAsTruthButton()); false with `error` when it cannot.
    bool saveLabelColumn(const QString& path, QString* error = nullptr);

    /// "1,234 of 30,000 rows selected", or what to do to select.
    QString caption() const;
    QTableWidget* labelTable() const { return m_labels; }
    QTableWidget* clusterTable() const { return m_clusters; }
    QTableWidget* featureTable() const { return m_features; }
    /// The method whose clusters clusterTable() counts.
    QComboBox* clusterMethod() const { return m_method; }
    QPushButton* useAsTruthButton() const { return m_useAsTruth; }

signals:
    /// "Use as truth in the next run" for the labels file at `labelsPath`.
    void useAsTruthRequested(const QString& labelsPath);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Recomputes the counts and means now.
    void refresh();
    /// Recomputes once the event loop is idle, if the panel is on screen (else when shown).
    void refreshSoon();
    void fillClusters();
    void fillFeatures();
    void chooseExportFile();
    void chooseLabelsFile();
    void report(const QString& title, const QString& message);

    RowSelection* m_selection;
    std::shared_ptr<const Result> m_result;
    QLabel* m_caption;
    QGroupBox* m_labelBox;
    QTableWidget* m_labels;
    QComboBox* m_method;
    QTableWidget* m_clusters;
    QGroupBox* m_featureBox;
    QTableWidget* m_features;
    QPushButton* m_export;
    QPushButton* m_saveLabels;
    QLabel* m_savedNote;
    QPushButton* m_useAsTruth;
    QString m_savedPath;
    bool m_stale = true;
    bool m_refreshQueued = false;
};

}  // namespace latentlab::gui
