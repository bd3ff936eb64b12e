// A line edit for a comma-separated list of names picked from a long list (e.g. 5000 gene
// columns to leave out): the name being typed completes from the candidates, matching
// anywhere in the name, and choosing one replaces just that name.
//
//   auto* edit = new NameListEdit;
//   edit->setCandidates({"id", "batch", "TP53"});
//   edit->names();                                // {"id", "batch"} after typing "id, ba⏎"
#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace latentlab::gui {

class NameListEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit NameListEdit(QWidget* parent = nullptr);

    void setCandidates(const QStringList& names);
    QStringList candidates() const;

    /// The names typed, trimmed, without empty ones.
    QStringList names() const;
    void setNames(const QStringList& names);

    QCompleter* completer() const { return m_completer; }

signals:
    /// The user finished editing or picked a completion.
    void namesChanged();

private:
    void completeCurrentName();
    void insertName(const QString& name);

    QCompleter* m_completer;
    QStringListModel* m_model;
};

}  // namespace latentlab::gui
