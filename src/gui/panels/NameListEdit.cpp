#include "NameListEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace latentlab::gui {

NameListEdit::NameListEdit(QWidget* parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this)) {
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    // Not QLineEdit::setCompleter: that one would complete the whole text, not the last name.
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &NameListEdit::completeCurrentName);
    connect(this, &QLineEdit::editingFinished, this, &NameListEdit::namesChanged);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &NameListEdit::insertName);
}

void NameListEdit::setCandidates(const QStringList& names) { m_model->setStringList(names); }

QStringList NameListEdit::candidates() const { return m_model->stringList(); }

QStringList NameListEdit::names() const {
    QStringList result;
    for (const QString& part : text().split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty()) result << name;
    }
    return result;
}

void NameListEdit::setNames(const QStringList& names) { setText(names.join(QStringLiteral(", "))); }

void NameListEdit::completeCurrentName() {
    const QString before = text().left(cursorPosition());
    const QString current = before.mid(before.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
    if (current.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(current);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void NameListEdit::insertName(const QString& name) {
    // Replace the name under the cursor (from the previous comma to the next one).
    const QString all = text();
    const int cursor = cursorPosition();
    const int start = all.left(cursor).lastIndexOf(QLatin1Char(',')) + 1;
    int end = all.indexOf(QLatin1Char(','), cursor);
    if (end < 0) end = int(all.size());
    const QString prefix = start > 0 ? all.left(start) + QLatin1Char(' ') : QString();
    const QString rest = all.mid(end);
    const QString inserted = prefix + name + (rest.isEmpty() ? QStringLiteral(", ") : QString());
    setText(inserted + rest);
    setCursorPosition(int(inserted.size()));
    emit namesChanged();
}

}  // namespace latentlab::gui
