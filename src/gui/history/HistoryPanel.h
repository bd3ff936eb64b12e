// The History list on screen: one row per finished run (its number, time, data, the settings
// changed since the run before, one metric per method, seconds and thumbnails of its
// scatters), sortable by any column, with Compare (two rows), Restore and Pin as reference.
// It only shows a RunHistory and asks for actions; HistoryController carries them out.
//
//   auto* panel = new HistoryPanel(history);
//   connect(panel, &HistoryPanel::restoreRequested, controller, &HistoryController::restore);
#pragma once

#include <QWidget>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;
class QAction;

namespace latentlab::gui {

class RunHistory;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(RunHistory* history, QWidget* parent = nullptr);

    /// A "CSV" button at the end of the bar with these actions (Open history.csv, Export).
    void addFileActions(const QList<QAction*>& actions);
    /// A line beside the buttons (what a restore did, why a result is not there).
    void showMessage(const QString& text);

    QTableWidget* table() const { return m_table; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* pinButton() const { return m_pin; }
    /// Which metric the method columns show (catalog keys: "ari", "silhouette_latent", ...).
    QComboBox* metricBox() const { return m_metric; }
    QLabel* message() const { return m_message; }
    /// Run numbers of the selected rows, in table order.
    std::vector<int> selectedNumbers() const;
    /// The table row of run `number`, or -1.
    int rowOf(int number) const;
    /// Selects the rows of these runs (and nothing else).
    void selectRuns(const std::vector<int>& numbers);
    /// The methods with a column, in column order.
    const std::vector<std::string>& methodColumns() const { return m_methods; }
    /// The column of `method`'s metric, or -1.
    int columnOf(const std::string& method) const;

signals:
    void compareRequested(int first, int second);
    void restoreRequested(int number);
    /// 0: unpin.
    void pinRequested(int number);

private:
    void refresh();
    void updateButtons();
    void chooseDefaultMetric();

    RunHistory* m_history;
    QTableWidget* m_table;
    QPushButton* m_compare;
    QPushButton* m_restore;
    QPushButton* m_pin;
    QComboBox* m_metric;
    QLabel* m_message;
    QWidget* m_bar;
    std::vector<std::string> m_methods;
    bool m_metricChosen = false;  ///< the user picked one: keep it
};

}  // namespace latentlab::gui
