// A one-line message strip above the window's tabs, as desktop apps show "this document was
// recovered" or "showing an older version": text, a few buttons, and a colour for its kind.
//
//   auto* bar = new InfoBar;
//   bar->showMessage(InfoBar::Kind::Warning, tr("Showing the last finished run ..."), {runAction});
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace latentlab::gui {

class InfoBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning };

    explicit InfoBar(QWidget* parent = nullptr);

    /// Shows `text` with one button per action (buttons trigger the actions).
    void showMessage(Kind kind, const QString& text, const QList<QAction*>& actions = {});
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor background() const;

    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    Kind m_kind = Kind::Info;
};

}  // namespace latentlab::gui
