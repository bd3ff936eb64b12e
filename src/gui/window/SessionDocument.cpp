#include "SessionDocument.h"

#include "ConfigJson.h"
#include "RunDisplay.h"
#include "SettingsPanel.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace latentlab::gui {

SessionDocument::SessionDocument(QWidget* window, RunDisplay* display, SettingsPanel* settings)
    : QObject(window), m_window(window), m_display(display), m_settings(settings) {
    m_prompt = [this](const QString& question) {
        // Unattended (--quit-after-run, tests): nobody to ask, and nothing may block.
        if (qApp->property("latentlabQuiet").toBool()) return Choice::Discard;
        const auto answer = QMessageBox::question(
            m_window, tr("Unsaved work"), question,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save      ? Choice::Save
               : answer == QMessageBox::Discard ? Choice::Discard
                                                : Choice::Cancel;
    };
    markUnchanged();
}

void SessionDocument::markSaved(const QString& path) {
    m_path = path;
    m_savedRun = m_display->shown().number;
    m_savedSettings = io::configToJson(m_settings->config());
    m_forcedUnsaved = false;
    update();
}

void SessionDocument::markUnchanged() {
    m_savedRun = m_display->shown().number;
    m_savedSettings = io::configToJson(m_settings->config());
    m_forcedUnsaved = false;
    update();
}

void SessionDocument::markUnsaved() {
    m_forcedUnsaved = true;
    update();
}

bool SessionDocument::isModified() const {
    // Settings alone are kept between launches anyway; what can be lost is a result, or the
    // settings saved beside one.
    if (!m_display->result()) return false;
    return m_forcedUnsaved || m_display->shown().number != m_savedRun ||
           io::configToJson(m_settings->config()) != m_savedSettings;
}

void SessionDocument::update() {
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    m_window->setWindowTitle(tr("%1[*] — LatentLab").arg(name));
    m_window->setWindowModified(isModified());
}

bool SessionDocument::confirmDiscard(const QString& action, const std::function<bool()>& save) {
    if (!isModified()) return true;
    const QString what =
        m_path.isEmpty()
            ? tr("The result on screen (%1) has not been saved.").arg(m_display->shown().title())
            : tr("%1 has changes that are not saved.").arg(QFileInfo(m_path).fileName());
    switch (m_prompt(what + QLatin1Char(' ') + tr("Save it before you %1?").arg(action))) {
        case Choice::Save:
            return save();
        case Choice::Discard:
            return true;
        case Choice::Cancel:
            break;
    }
    return false;
}

}  // namespace latentlab::gui
