// The tail of an analysis's control row: a status line, a progress bar and a Cancel button
// that appear only while the analysis runs, so idle rows stay quiet.
//
//   row->begin(tr("Sweeping k…"));  row->setProgress(0.4, "k = 2…15: 6 of 14 done");
//   row->finish(tr("Done in 1.2 s"));
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace latentlab::gui {

class ProgressRow : public QWidget {
    Q_OBJECT
public:
    explicit ProgressRow(QWidget* parent = nullptr);

    void begin(const QString& text);
    void setProgress(double fraction, const QString& text);
    /// Hides the progress bar and Cancel, leaving `text` as the status.
    void finish(const QString& text);
    void setStatus(const QString& text);

    bool isActive() const;
    QString status() const;
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void cancelRequested();

private:
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

}  // namespace latentlab::gui
