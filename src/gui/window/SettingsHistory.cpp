#include "SettingsHistory.h"

#include "ConfigJson.h"
#include "NumberFormat.h"
#include "SettingsPanel.h"

#include <QDateTime>
#include <QStringList>
#include <QUndoStack>

namespace latentlab::gui {

namespace {

/// "autoencoder.learning_rate" for every key whose value differs.
QStringList changedKeys(const QJsonObject& before, const QJsonObject& after) {
    QStringList keys;
    QStringList sections = before.keys();
    for (const QString& key : after.keys())
        if (!sections.contains(key)) sections << key;
    for (const QString& section : sections) {
        const QJsonValue a = before.value(section), b = after.value(section);
        if (!a.isObject() || !b.isObject()) {
            if (a != b) keys << section;
            continue;
        }
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList leaves = x.keys();
        for (const QString& leaf : y.keys())
            if (!leaves.contains(leaf)) leaves << leaf;
        for (const QString& leaf : leaves)
            if (x.value(leaf) != y.value(leaf)) keys << section + QLatin1Char('.') + leaf;
    }
    return keys;
}

QString describe(const QStringList& keys, const QJsonObject& after) {
    if (keys.size() != 1) return SettingsHistory::tr("Change %1 settings").arg(keys.size());
    const QStringList path = keys.front().split(QLatin1Char('.'));
    QJsonValue value = after.value(path.front());
    if (path.size() > 1) value = value.toObject().value(path.back());
    QString text = value.isString() ? value.toString()
                   : value.isBool()
                       ? (value.toBool() ? QStringLiteral("on") : QStringLiteral("off"))
                   : value.isDouble() ? report::NumberFormat::data(value.toDouble())
                                      : SettingsHistory::tr("a new value");
    if (text.size() > 40) text = text.left(37) + QStringLiteral("…");
    return SettingsHistory::tr("Set %1 to %2").arg(keys.front(), text);
}

}  // namespace

/// One step: the settings before and after. Steps changing the same single key within two
/// seconds merge, so a slider drag is undone in one go.
class SettingsStep : public QUndoCommand {
public:
    SettingsStep(SettingsHistory* history, QJsonObject before, QJsonObject after, QString what)
        : m_history(history),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_keys(changedKeys(m_before, m_after)),
          m_when(QDateTime::currentMSecsSinceEpoch()) {
        setText(what.isEmpty() ? describe(m_keys, m_after) : what);
        m_named = !what.isEmpty();
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = static_cast<const SettingsStep*>(other);
        if (m_named || next->m_named || m_keys.size() != 1 || next->m_keys != m_keys ||
            next->m_when - m_when > 2000)
            return false;
        m_after = next->m_after;
        m_when = next->m_when;
        setText(describe(m_keys, m_after));
        setObsolete(m_before == m_after);
        return true;
    }
    void undo() override { m_history->show(m_before); }
    void redo() override {
        // The first redo is the push: the panel already shows the change.
        if (m_pushed) m_history->show(m_after);
        m_pushed = true;
    }

private:
    SettingsHistory* m_history;
    QJsonObject m_before, m_after;
    QStringList m_keys;
    qint64 m_when;
    bool m_named = false;
    bool m_pushed = false;
};

SettingsHistory::SettingsHistory(SettingsPanel* panel, QObject* parent)
    : QObject(parent), m_panel(panel), m_stack(new QUndoStack(this)) {
    m_current = io::configToJson(panel->config());
}

void SettingsHistory::record(const QString& what) {
    const QJsonObject now = io::configToJson(m_panel->config());
    if (now == m_current) return;
    QJsonObject before = m_current;
    m_current = now;
    m_stack->push(new SettingsStep(this, std::move(before), now, what));
}

void SettingsHistory::change(const Config& config, const QString& what) {
    m_panel->setConfig(config);
    record(what);
}

void SettingsHistory::restart() {
    m_stack->clear();
    m_current = io::configToJson(m_panel->config());
}

void SettingsHistory::show(const QJsonObject& settings) {
    Config config;
    io::applyJson(config, settings);
    m_panel->setConfig(config);
    m_current = settings;
    emit applied();
}

}  // namespace latentlab::gui
