#include "HistoryController.h"

#include "Errors.h"
#include "FileDialogs.h"
#include "HistoryCompareDialog.h"
#include "HistoryCsv.h"
#include "HistoryPanel.h"
#include "HistoryState.h"
#include "JsonFile.h"
#include "LatentSpacesTab.h"
#include "MainWindow.h"
#include "MetricsTableView.h"
#include "RunDisplay.h"
#include "RunHistory.h"
#include "SessionDocument.h"
#include "SettingsHistory.h"
#include "WindowActions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTabWidget>

namespace latentlab::gui {

HistoryController::HistoryController(MainWindow* window)
    : QObject(window),
      m_window(window),
      m_history(new RunHistory(this)),
      m_panel(new HistoryPanel(m_history)) {
    // A tab of its own: at 1366 x 768 the list needs the room a dock under the scatters lacks.
    window->tabs()->addTab(m_panel, tr("Histor&y"));
    createActions();

    connect(m_panel, &HistoryPanel::restoreRequested, this, &HistoryController::restore);
    connect(m_panel, &HistoryPanel::pinRequested, this, &HistoryController::pin);
    connect(m_panel, &HistoryPanel::compareRequested, this, &HistoryController::compare);
    connect(window->display(), &RunDisplay::runEnded, this, [this](bool ok) { runEnded(ok); });
    connect(window->display(), &RunDisplay::resultChanged, this,
            &HistoryController::updateReference);
    connect(m_history, &RunHistory::pinnedChanged, this, &HistoryController::updateReference);
    connect(m_history, &RunHistory::changed, this, [this] {
        m_window->action("exportHistory")->setEnabled(!m_history->entries().empty());
        updateReference();
    });
}

void HistoryController::createActions() {
    QAction* show =
        makeAction(m_window, "showHistory", tr("&History"), QKeySequence(Qt::CTRL | Qt::Key_H),
                   tr("Show the finished runs: compare two, restore one, pin a "
                      "reference for the metrics table"));
    connect(show, &QAction::triggered, this, &HistoryController::showPanel);
    QAction* open = makeAction(m_window, "openHistory", tr("Open &history.csv…"), QKeySequence(),
                               tr("Add the runs of a history.csv written by latentlab-cli grid "
                                  "or merge to the History"));
    connect(open, &QAction::triggered, this, [this] {
        const QString path =
            FileDialogs::open(m_window, FileKind::Export, tr("Open history"),
                              tr("Run histories (history.csv *.csv);;All files (*)"));
        if (!path.isEmpty()) openCsv(path);
    });
    QAction* save =
        makeAction(m_window, "exportHistory", tr("Export histor&y CSV…"), QKeySequence(),
                   tr("Write the History as one CSV: a row per run, a column per "
                      "setting and metric"));
    save->setEnabled(false);
    connect(save, &QAction::triggered, this, [this] {
        const QString path =
            FileDialogs::save(m_window, FileKind::Export, tr("Export history"),
                              tr("CSV files (*.csv)"), QStringLiteral("history.csv"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            m_window->reportError(tr("Cannot export the history"), error);
    });
    m_panel->addFileActions({open, save});
}

void HistoryController::showPanel() { m_window->tabs()->setCurrentWidget(m_panel); }

void HistoryController::runEnded(bool ok) {
    RunDisplay* display = m_window->display();
    if (!ok || !display->result()) return;  // only finished, successful runs enter
    m_history->add(display->result(), display->shown());
}

void HistoryController::say(const QString& message) {
    m_panel->showMessage(message);
    m_window->showStatus(message);
}

void HistoryController::restore(int number) {
    const HistoryEntry* entry = m_history->find(number);
    if (!entry) return;
    const HistoryEntry chosen = *entry;  // the History may change below
    m_window->history()->change(chosen.config, tr("Restore %1").arg(chosen.name()));
    if (chosen.result) {
        m_window->stop();  // a run in progress would replace it again
        m_window->display()->showOpened(chosen.result, chosen.settings, QString(), chosen.number);
        say(tr("Restored %1: its settings (Ctrl+Z takes them back) and its result")
                .arg(chosen.name()));
    } else {
        m_window->display()->refresh();
        const QString why =
            chosen.dropped ? tr("its embeddings were dropped to save memory")
            : chosen.source.isEmpty()
                ? tr("its embeddings were not saved (a session keeps the run on screen's)")
                : tr("it came from %1 without embeddings").arg(chosen.source);
        say(tr("Restored the settings of %1; %2: F5 runs it again").arg(chosen.name(), why));
    }
    m_window->document()->update();
}

void HistoryController::pin(int number) { m_history->setPinned(number); }

void HistoryController::updateReference() {
    MetricsTableView* table = m_window->latentSpaces()->metricsTable();
    const HistoryEntry* reference = m_history->find(m_history->pinned());
    // The run on screen compared with itself says nothing: no brackets then.
    if (!reference || reference->number == m_window->display()->shown().number)
        table->clearReference();
    else
        table->setReference(reference->name(), reference->methods, reference->metrics);
}

HistoryCompareDialog* HistoryController::compare(int first, int second) {
    const HistoryEntry* a = m_history->find(first);
    const HistoryEntry* b = m_history->find(second);
    if (!a || !b) return nullptr;
    auto* dialog = new HistoryCompareDialog(*a, *b, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool HistoryController::openCsv(const QString& path, QString* error) {
    try {
        const std::vector<io::HistoryRow> rows = io::readHistoryCsv(path);
        m_history->addRows(rows, path);
        m_window->display()->reserveNumbers(m_history->lastNumber());
        showPanel();
        say(tr("Added %n run(s) of %1: sort by a column, Restore one, F5 runs it", nullptr,
               int(rows.size()))
                .arg(QFileInfo(path).fileName()));
        return true;
    } catch (const latentlab::Error& failure) {
        const QString message = QString::fromStdString(failure.what());
        if (error)
            *error = message;
        else
            m_window->reportError(tr("Cannot open the history"), message);
        return false;
    }
}

bool HistoryController::exportCsv(const QString& path, QString* error) {
    try {
        io::writeFileAtomically(path, io::historyCsv(m_history->rows()));
        say(tr("Exported %n run(s) to %1", nullptr, int(m_history->entries().size()))
                .arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const latentlab::Error& failure) {
        if (error) *error = QString::fromStdString(failure.what());
        return false;
    }
}

QJsonObject HistoryController::state() const {
    return historyToJson(*m_history, m_window->display()->shown().number);
}

void HistoryController::setState(const QJsonObject& state) {
    HistoryState read = historyFromJson(state);
    m_openedRun = read.shown;
    m_history->replace(std::move(read.entries), read.pinned);
    m_window->display()->reserveNumbers(m_history->lastNumber());
}

int HistoryController::attachOpened(std::shared_ptr<const Result> result) {
    const int number = m_history->find(m_openedRun) ? m_openedRun : 0;
    m_openedRun = 0;
    if (number > 0) m_history->attach(number, std::move(result));
    return number;
}

}  // namespace latentlab::gui
