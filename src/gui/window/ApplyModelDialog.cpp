#include "ApplyModelDialog.h"

#include "MethodRegistry.h"

#include "DatasetLoader.h"
#include "Errors.h"
#include "MetricFormat.h"
#include "SessionFile.h"
#include "TransformFolder.h"
#include "TransformInput.h"

#include "FileDialogs.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {
namespace {

QString describeRun(const Result& run) {
    return ApplyModelDialog::tr("%1 rows × %2 columns, k = %3")
        .arg(NumberFormat::count(run.data.rows()), NumberFormat::count(run.data.columns()))
        .arg(run.spaces.empty() ? 0 : run.spaces.front().clustering.centers.rows());
}

/// A line edit with a Browse… button on its right.
QWidget* withBrowse(QLineEdit* edit, QPushButton* browse) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

}  // namespace

ApplyModelDialog::ApplyModelDialog(std::shared_ptr<const Result> currentRun, QWidget* parent)
    : QDialog(parent),
      m_currentRun(std::move(currentRun)),
      m_fromRun(new QRadioButton),
      m_fromSession(new QRadioButton(tr("Session file"))),
      m_sessionPath(new QLineEdit),
      m_sessionBrowse(new QPushButton(tr("Browse…"))),
      m_inputPath(new QLineEdit),
      m_check(new QLabel),
      m_outputPath(new QLineEdit),
      m_summary(new QTableWidget),
      m_summaryTitle(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close)),
      m_applyButton(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole)) {
    setWindowTitle(tr("Apply model to data"));
    auto* outputBrowse = new QPushButton(tr("Browse…"));
    auto* output = new QGroupBox(tr("Output"));
    auto* outputForm = new QFormLayout(output);
    outputForm->addRow(tr("Folder:"), withBrowse(m_outputPath, outputBrowse));
    m_outputPath->setPlaceholderText(tr("embedding_pca.csv, embedding_ae.csv, transform.json"));

    m_summaryTitle->setWordWrap(true);
    m_summary->setColumnCount(2);
    m_summary->setHorizontalHeaderLabels({tr("PCA"), tr("Autoencoder")});
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_summaryTitle->hide();
    m_summary->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildModelGroup());
    layout->addWidget(buildInputGroup());
    layout->addWidget(output);
    layout->addWidget(m_summaryTitle);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);
    resize(620, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &ApplyModelDialog::apply);
    connect(outputBrowse, &QPushButton::clicked, this, &ApplyModelDialog::browseOutput);
    connect(&m_checkWatcher, &QFutureWatcher<Checked>::finished, this,
            &ApplyModelDialog::checkDone);
    connect(&m_applyWatcher, &QFutureWatcher<Applied>::finished, this,
            &ApplyModelDialog::applyDone);

    if (m_currentRun)
        useCurrentRun();
    else
        m_fromSession->setChecked(true);
    recheck();
}

ApplyModelDialog::~ApplyModelDialog() {
    // A write in progress finishes, so no folder is left half-written by closing the dialog.
    m_applyWatcher.waitForFinished();
}

QWidget* ApplyModelDialog::buildModelGroup() {
    auto* group = new QGroupBox(tr("Model"));
    auto* form = new QFormLayout(group);
    m_fromRun->setText(m_currentRun ? tr("Current run (%1)").arg(describeRun(*m_currentRun))
                                    : tr("Current run (none yet)"));
    m_fromRun->setEnabled(m_currentRun != nullptr);
    m_fromRun->setToolTip(tr("The scaler, PCA, autoencoder and k-means centres shown now"));
    m_sessionPath->setPlaceholderText(tr("a saved .latentlab session"));
    m_fromSession->setToolTip(tr("The models and centres saved in a .latentlab session"));
    form->addRow(m_fromRun);
    form->addRow(m_fromSession, withBrowse(m_sessionPath, m_sessionBrowse));
    connect(m_fromRun, &QRadioButton::toggled, this, [this] { recheck(); });
    connect(m_sessionPath, &QLineEdit::editingFinished, this, [this] {
        if (m_fromSession->isChecked()) recheck();
    });
    connect(m_sessionBrowse, &QPushButton::clicked, this, &ApplyModelDialog::browseSession);
    return group;
}

QWidget* ApplyModelDialog::buildInputGroup() {
    auto* group = new QGroupBox(tr("New data"));
    auto* form = new QFormLayout(group);
    auto* browse = new QPushButton(tr("Browse…"));
    m_inputPath->setPlaceholderText(tr("CSV or TSV table with the model's columns"));
    m_inputPath->setToolTip(
        tr("Read like the model's own table (delimiter, row names, transpose, log1p, missing "
           "values); the columns may come in any order; labels are optional"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::RichText);
    m_check->setObjectName(QStringLiteral("columnCheck"));
    form->addRow(tr("Table:"), withBrowse(m_inputPath, browse));
    form->addRow(tr("Columns:"), m_check);
    connect(m_inputPath, &QLineEdit::editingFinished, this, [this] { recheck(); });
    connect(browse, &QPushButton::clicked, this, &ApplyModelDialog::browseInput);
    return group;
}

void ApplyModelDialog::useCurrentRun() {
    if (!m_currentRun) return;
    m_fromRun->setChecked(true);
    recheck();
}

void ApplyModelDialog::setSessionPath(const QString& path) {
    m_sessionPath->setText(path);
    m_fromSession->setChecked(true);
    recheck();
}

void ApplyModelDialog::setInputPath(const QString& path) {
    m_inputPath->setText(path);
    if (m_outputPath->text().isEmpty() && !path.isEmpty()) {
        const QFileInfo input(path);
        m_outputPath->setText(input.dir().filePath(input.completeBaseName() + "-transform"));
    }
    recheck();
}

void ApplyModelDialog::setOutputFolder(const QString& path) { m_outputPath->setText(path); }

QString ApplyModelDialog::outputFolder() const { return m_outputPath->text(); }

QString ApplyModelDialog::checkText() const {
    QTextDocument document;  // the label's rich text without its markup
    document.setHtml(m_check->text());
    return document.toPlainText();
}

bool ApplyModelDialog::isBusy() const {
    return m_checkWatcher.isRunning() || m_applyWatcher.isRunning();
}

void ApplyModelDialog::browseSession() {
    const QString path =
        FileDialogs::open(this, FileKind::Session, tr("Model from session"),
                          tr("LatentLab sessions (*.latentlab)"), m_sessionPath->text());
    if (!path.isEmpty()) setSessionPath(path);
}

void ApplyModelDialog::browseInput() {
    const QString path =
        FileDialogs::open(this, FileKind::Data, tr("New data"),
                          tr("Tables (*.csv *.tsv *.txt);;All files (*)"), m_inputPath->text());
    if (!path.isEmpty()) setInputPath(path);
}

void ApplyModelDialog::browseOutput() {
    const QString folder = FileDialogs::folder(this, FileKind::Export, tr("Output folder"));
    if (!folder.isEmpty()) setOutputFolder(folder);
}

std::shared_ptr<const Result> ApplyModelDialog::chosenModelSource() const {
    if (m_fromRun->isChecked()) return m_currentRun;
    return m_sessionLoadedFrom == m_sessionPath->text() ? m_session : nullptr;
}

void ApplyModelDialog::recheck() {
    m_prepared.reset();
    m_sessionPath->setEnabled(m_fromSession->isChecked());
    m_sessionBrowse->setEnabled(m_fromSession->isChecked());
    const QString sessionPath = m_fromSession->isChecked() ? m_sessionPath->text() : QString();
    const QString inputPath = m_inputPath->text();
    if (m_fromSession->isChecked() && sessionPath.isEmpty()) {
        showCheck(tr("Choose a session file to take the model from."), false);
    } else if (inputPath.isEmpty()) {
        showCheck(tr("Choose the table to apply the model to."), false);
    } else {
        showCheck(tr("Reading…"), false);
        std::shared_ptr<const Result> source = chosenModelSource();
        m_checkWatcher.setFuture(QtConcurrent::run([source, sessionPath, inputPath] {
            Checked checked;
            try {
                std::shared_ptr<const Result> model = source;
                if (!model) {
                    model = std::make_shared<const Result>(io::SessionFile::load(sessionPath));
                    checked.loadedSession = model;
                }
                auto prepared = std::make_shared<Prepared>();
                prepared->source = model;
                prepared->model = FittedModel::fromResult(*model);
                io::ImportReport report;
                prepared->input = io::readTransformInput(model->config.data, inputPath, &report);
                prepared->importSummary = QString::fromStdString(report.summary());
                prepared->columns =
                    matchColumns(prepared->model.columns, prepared->input.columnNames);
                checked.prepared = prepared;
            } catch (const Error& error) {
                checked.error = QString::fromStdString(error.what());
            } catch (const std::exception& error) {
                checked.error = tr("internal error: %1").arg(error.what());
            }
            return checked;
        }));
    }
    updateButtons();
}

void ApplyModelDialog::checkDone() {
    const Checked checked = m_checkWatcher.result();
    if (checked.loadedSession) {
        m_session = checked.loadedSession;
        m_sessionLoadedFrom = m_sessionPath->text();
    }
    if (!checked.prepared) {
        showCheck(checked.error, false);
    } else if (!checked.prepared->columns.ok()) {
        showCheck(QString::fromStdString(checked.prepared->columns.describe()), false);
    } else {
        m_prepared = checked.prepared;
        showCheck(QString::fromStdString(m_prepared->columns.describe()) + " · " +
                      m_prepared->importSummary,
                  true);
    }
    updateButtons();
    emit checkFinished(m_prepared != nullptr);
}

void ApplyModelDialog::showCheck(const QString& text, bool ok) {
    const QString mark = ok ? QStringLiteral("<span style='color:#1a7f37'>✔</span> ")
                         : text.endsWith(QStringLiteral("…")) || text.startsWith(tr("Choose"))
                             ? QString()
                             : QStringLiteral("<span style='color:#cf222e'>✘</span> ");
    m_check->setText(mark + text.toHtmlEscaped());
    // A wrapped label does not ask its layout for more lines by itself.
    m_check->setMinimumHeight(m_check->heightForWidth(std::max(m_check->width(), 300)));
    growToFit();
}

void ApplyModelDialog::growToFit() {
    layout()->activate();
    const int wanted = std::max(sizeHint().height(), minimumSizeHint().height());
    if (height() < wanted) resize(width(), wanted);
}

void ApplyModelDialog::apply() {
    if (!m_prepared || isBusy()) return;
    const QString folder = m_outputPath->text();
    if (folder.isEmpty()) {
        reportError(tr("Choose an output folder first."));
        return;
    }
    const io::TransformSources sources{
        m_fromRun->isChecked() ? QStringLiteral("current run") : QStringLiteral("session"),
        m_fromRun->isChecked() ? QString() : m_sessionPath->text(), m_inputPath->text()};
    std::shared_ptr<const Prepared> prepared = m_prepared;
    m_applyWatcher.setFuture(QtConcurrent::run([prepared, folder, sources] {
        Applied applied;
        try {
            auto application = std::make_shared<const ModelApplication>(
                applyModel(prepared->model, prepared->input));
            io::TransformFolder(folder).write(*application, sources);
            applied.application = application;
        } catch (const Error& error) {
            applied.error = QString::fromStdString(error.what());
        } catch (const std::exception& error) {
            applied.error = tr("internal error: %1").arg(error.what());
        }
        return applied;
    }));
    m_applyButton->setText(tr("Applying…"));
    updateButtons();
}

void ApplyModelDialog::applyDone() {
    const Applied applied = m_applyWatcher.result();
    m_applyButton->setText(tr("&Apply"));
    if (applied.application) {
        m_applied = applied.application;
        showSummary(*m_applied);
    } else {
        reportError(applied.error);
    }
    updateButtons();
    emit applyFinished(applied.application != nullptr);
}

void ApplyModelDialog::reportError(const QString& message) {
    m_lastError = message;
    if (qApp->property("latentlabQuiet").toBool()) {
        qWarning("Apply model: %s", qPrintable(message));
        return;
    }
    QMessageBox::warning(this, tr("Apply model to data"), message);
}

void ApplyModelDialog::updateButtons() {
    m_applyButton->setEnabled(m_prepared != nullptr && !m_applyWatcher.isRunning());
}

}  // namespace latentlab::gui
