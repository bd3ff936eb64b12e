// A one-line message strip above the window's tabs, as desktop apps show "this document was
// recovered" or "showing an older version": text, a few buttons, and a colour for its kind.
// Given details, it shows the short text with a "Details" button that swaps in the long one.
//
//   auto* bar = new InfoBar;
//   bar->showMessage(InfoBar::Kind::Warning, tr("Showing the last finished run ..."), {runAction});
//   bar->showMessage(InfoBar::Kind::Warning, tr("2 warnings: ..."), {}, fullText);
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

    /// Shows `text` with one button per action (buttons trigger the actions); with `details`,
    /// also a toggle between `text` and `details` (which is the tooltip too).
    void showMessage(Kind kind, const QString& text, const QList<QAction*>& actions = {},
                     const QString& details = {});
    void dismiss();
    /// What the strip shows now, before any cut to one line (empty when hidden).
    QString text() const;
    /// The long text given to showMessage() (empty when hidden or none was given).
    QString details() const { return isHidden() ? QString() : m_details; }
    bool showsDetails() const { return m_showingDetails; }
    void setShowDetails(bool show);
    /// On, the short text stays on one line, cut with "…" where the strip is too narrow (the
    /// whole of it in the tooltip); the details still wrap. For a strip over a plot.
    void setFoldsToOneLine(bool folds);
    Kind kind() const { return m_kind; }

signals:
    void dismissed();
    /// The text changed length (details shown or hidden): an overlay should place it again.
    void resized();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QColor background() const;
    /// The label's text: the details, the summary, or the summary cut to the label's width.
    void updateText();

    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    QToolButton* m_detailsToggle;
    QString m_summary, m_details;
    bool m_showingDetails = false;
    bool m_oneLine = false;
    Kind m_kind = Kind::Info;
};

}  // namespace latentlab::gui
