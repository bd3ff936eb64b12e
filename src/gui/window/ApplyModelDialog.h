// File → Apply model to data…: applies the current run's or a saved session's fitted scaler,
// PCA, autoencoder and k-means centres to another table with the same columns. The column
// check shows as soon as a model and a table are chosen; Apply writes embedding_pca.csv,
// embedding_ae.csv and transform.json to a folder and summarises the new rows. Reading and
// applying run off the GUI thread; the window's own result is never touched.
#pragma once

#include "FittedModel.h"
#include "ModelApplication.h"
#include "Result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace latentlab::gui {

class ApplyModelDialog : public QDialog {
    Q_OBJECT
public:
    /// `currentRun` may be null: then only a session file can provide the model.
    explicit ApplyModelDialog(std::shared_ptr<const Result> currentRun, QWidget* parent = nullptr);
    ~ApplyModelDialog() override;

    void useCurrentRun();
    void setSessionPath(const QString& path);
    void setInputPath(const QString& path);
    void setOutputFolder(const QString& path);
    QString outputFolder() const;

    /// Applies the model and writes the folder (the Apply button); needs a passed check.
    void apply();

    /// Whether the model and the table are loaded and their columns match.
    bool isReady() const { return m_prepared != nullptr; }
    bool isBusy() const;
    QString checkText() const;
    /// The last error shown (also in a message box unless the app runs quiet).
    QString lastError() const { return m_lastError; }
    std::shared_ptr<const ModelApplication> lastApplication() const { return m_applied; }
    QTableWidget* summaryTable() const { return m_summary; }

signals:
    /// The column check finished: ok when Apply may run.
    void checkFinished(bool ok);
    /// Apply finished: ok when every file was written.
    void applyFinished(bool ok);

private:
    /// What the background check hands back: the model and the table, ready to apply.
    struct Prepared {
        std::shared_ptr<const Result> source;  ///< the run or loaded session
        FittedModel model;
        Dataset input;
        ColumnMatch columns;
        QString importSummary;
    };
    struct Applied {
        std::shared_ptr<const ModelApplication> application;
        QString error;
    };
    struct Checked {
        std::shared_ptr<const Prepared> prepared;
        std::shared_ptr<const Result> loadedSession;
        QString error;
    };

    QWidget* buildModelGroup();
    QWidget* buildInputGroup();
    void browseSession();
    void browseInput();
    void browseOutput();
    /// Starts a new check of the chosen model and table; an older check's answer is dropped.
    void recheck();
    void checkDone();
    void applyDone();
    void showCheck(const QString& text, bool ok);
    void showSummary(const ModelApplication& applied);
    void reportError(const QString& message);
    void updateButtons();
    /// Grows the dialog (never shrinks it) when the check or the summary need more room.
    void growToFit();
    std::shared_ptr<const Result> chosenModelSource() const;

    std::shared_ptr<const Result> m_currentRun;
    std::shared_ptr<const Result> m_session;  ///< loaded session file, cached by path
    QString m_sessionLoadedFrom;
    std::shared_ptr<const Prepared> m_prepared;
    std::shared_ptr<const ModelApplication> m_applied;
    QString m_lastError;

    QRadioButton* m_fromRun;
    QRadioButton* m_fromSession;
    QLineEdit* m_sessionPath;
    QPushButton* m_sessionBrowse;
    QLineEdit* m_inputPath;
    QLabel* m_check;
    QLineEdit* m_outputPath;
    QTableWidget* m_summary;
    QLabel* m_summaryTitle;
    QDialogButtonBox* m_buttons;
    QPushButton* m_applyButton;
    QFutureWatcher<Checked> m_checkWatcher;
    QFutureWatcher<Applied> m_applyWatcher;
};

}  // namespace latentlab::gui
