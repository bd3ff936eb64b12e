#include "DialogDismisser.h"

#include "ApplyModelDialog.h"
#include "MainWindow.h"
#include "MonkeyInput.h"
#include "SessionDocument.h"
#include "TestData.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using latentlab::gui::ApplyModelDialog;
using Choice = latentlab::gui::SessionDocument::Choice;

namespace {

/// Tables the monkey opens: good ones of three sizes and a few the import refuses.
const QStringList& tables() {
    static const QStringList names{"iris.csv",           "wine.csv",
                                   "small_blobs.csv",    "import/ragged.csv",
                                   "import/missing.csv", "import/text_column.csv"};
    return names;
}

QString describe(QWidget* dialog) {
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(dialog->metaObject()->className()), dialog->windowTitle());
}

}  // namespace

DialogDismisser::DialogDismisser(latentlab::gui::MainWindow& window, std::uint32_t seed,
                                 QString folder, Log log, QObject* parent)
    : QObject(parent),
      m_window(window),
      m_random(seed ^ 0x9e3779b9u),
      m_folder(std::move(folder)),
      m_log(std::move(log)) {
    window.document()->setPrompt([this](const QString& question) {
        const Choice choice = m_forceDiscard ? Choice::Discard
                                             : std::array{Choice::Save, Choice::Discard,
                                                          Choice::Cancel}[std::size_t(pick(3))];
        const char* names[] = {"Save", "Discard", "Cancel"};
        m_log(QStringLiteral("  asked \"%1\": %2").arg(question, names[int(choice)]));
        return choice;
    });
    m_timer.setInterval(25);
    connect(&m_timer, &QTimer::timeout, this, &DialogDismisser::tick);
    m_timer.start();
}

void DialogDismisser::tickPopup() {
    QWidget* popup = m_leavePopups ? nullptr : QApplication::activePopupWidget();
    if (!popup) {
        m_popup = nullptr;
        return;
    }
    if (popup != m_popup) {
        m_popup = popup;
        m_popupFor.start();
        m_popupLookMs = 1200 + pick(800);
    }
    if (m_popupFor.elapsed() < m_popupLookMs) return;
    m_popupLookMs = 5000;
    // Queued: the item clicked may open a dialog, whose loop this timer must serve.
    QTimer::singleShot(0, this, [this] {
        const QString done = monkeyinput::handlePopup(m_random, {QStringLiteral("quit")});
        if (!done.isEmpty()) m_log(QStringLiteral("  popup: %1").arg(done));
    });
}

void DialogDismisser::tick() {
    tickPopup();
    QWidget* dialog = QApplication::activeModalWidget();
    if (!dialog) {
        m_current = nullptr;
        return;
    }
    if (dialog != m_current) {
        m_current = dialog;
        m_openFor.start();
        m_lookMs = 30 + pick(500);
        m_stage = 0;
        m_log(QStringLiteral("  dialog opened: %1").arg(describe(dialog)));
    }
    if (m_openFor.elapsed() > 5000 && m_problem.isEmpty())
        m_problem = QStringLiteral("%1 was still open after 5 s").arg(describe(dialog));
    if (m_openFor.elapsed() < m_lookMs) return;
    if (handle(dialog)) {
        ++m_answered;
        m_lookMs = 5000;  // one answer per dialog; a dialog that does not close is reported
    }
}

bool DialogDismisser::handle(QWidget* dialog) {
    // Answers are queued: accept() may ask again (overwrite?), in a loop this timer must
    // be free to serve.
    if (auto* files = qobject_cast<QFileDialog*>(dialog)) {
        answerFileDialog(files);
        return true;
    }
    if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
        answerMessageBox(box);
        return true;
    }
    if (auto* apply = qobject_cast<ApplyModelDialog*>(dialog)) return tryApplyModel(apply);
    if (auto* other = qobject_cast<QDialog*>(dialog)) {
        m_log(QStringLiteral("  rejected %1").arg(describe(other)));
        QMetaObject::invokeMethod(other, &QDialog::reject, Qt::QueuedConnection);
        return true;
    }
    m_log(QStringLiteral("  closed modal widget %1").arg(describe(dialog)));
    QMetaObject::invokeMethod(dialog, &QWidget::close, Qt::QueuedConnection);
    return true;
}

void DialogDismisser::answerFileDialog(QFileDialog* dialog) {
    const QString filters = dialog->nameFilters().join(QLatin1Char(' '));
    QString path;
    if (dialog->fileMode() == QFileDialog::Directory) {
        if (chance(0.7)) {
            path = nextFile(QStringLiteral("export"), QString());
            QDir().mkpath(path);
            if (m_answeredHook) m_answeredHook(QStringLiteral("export"));
        }
    } else if (dialog->acceptMode() == QFileDialog::AcceptSave) {
        const QString suffix = filters.contains(QLatin1String("latentlab")) ? "latentlab"
                               : filters.contains(QLatin1String("pdf"))
                                   ? (chance(0.5) ? "pdf" : "html")
                               : filters.contains(QLatin1String("svg")) ? "svg"
                                                                        : "png";
        // Now and then an existing name, so the overwrite question comes too.
        if (chance(0.75))
            path = chance(0.25) && m_files > 0
                       ? QDir(m_folder).filePath(
                             QStringLiteral("file-%1.%2").arg(pick(m_files)).arg(suffix))
                       : nextFile(QStringLiteral("file"), suffix);
    } else if (filters.contains(QLatin1String("latentlab"))) {
        const QStringList sessions =
            QDir(m_folder).entryList({QStringLiteral("*.latentlab")}, QDir::Files);
        if (!sessions.isEmpty() && chance(0.7))
            path = QDir(m_folder).filePath(sessions[pick(int(sessions.size()))]);
        else if (chance(0.3))
            path = testdata::path(QStringLiteral("iris.csv"));  // not a session: an error
    } else if (chance(0.75)) {
        path = testdata::path(tables()[pick(int(tables().size()))]);
    }
    if (path.isEmpty()) {
        m_log(QStringLiteral("  cancelled the file dialog"));
        QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        return;
    }
    m_log(QStringLiteral("  chose %1").arg(QDir(m_folder).relativeFilePath(path)));
    // Into the name field, as pasted: selectFile() alone is lost while the folder loads.
    if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
        name->setText(path);
    else
        dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
}

void DialogDismisser::answerMessageBox(QMessageBox* box) {
    const QList<QAbstractButton*> buttons = box->buttons();
    if (buttons.isEmpty()) {
        QMetaObject::invokeMethod(box, &QDialog::reject, Qt::QueuedConnection);
        return;
    }
    QAbstractButton* button = buttons[pick(int(buttons.size()))];
    m_log(QStringLiteral("  message box \"%1\": %2")
              .arg(box->text().left(80), button->text().remove(QLatin1Char('&'))));
    QMetaObject::invokeMethod(button, &QAbstractButton::click, Qt::QueuedConnection);
}

bool DialogDismisser::tryApplyModel(ApplyModelDialog* dialog) {
    // In steps, one per tick: choose a table and a folder, wait for the column check, maybe
    // apply, then close whatever the state.
    if (m_stage == 0) {
        m_stage = 1;
        if (chance(0.6)) {
            const QString table = tables()[pick(3)];
            m_log(QStringLiteral("  apply model to %1").arg(table));
            dialog->setInputPath(testdata::path(table));
            dialog->setOutputFolder(nextFile(QStringLiteral("applied"), QString()));
            m_lookMs = int(m_openFor.elapsed()) + 100 + pick(1500);
            return false;
        }
    } else if (m_stage == 1 && dialog->isReady() && !dialog->isBusy() && chance(0.5)) {
        m_stage = 2;
        m_log(QStringLiteral("  apply"));
        dialog->apply();
        m_lookMs = int(m_openFor.elapsed()) + pick(800);
        return false;
    }
    m_log(QStringLiteral("  closed the Apply model dialog"));
    QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
    return true;
}

QString DialogDismisser::nextFile(const QString& stem, const QString& suffix) {
    const int number = m_files++;
    return QDir(m_folder).filePath(
        suffix.isEmpty() ? QStringLiteral("%1-%2").arg(stem).arg(number)
                         : QStringLiteral("%1-%2.%3").arg(stem).arg(number).arg(suffix));
}
