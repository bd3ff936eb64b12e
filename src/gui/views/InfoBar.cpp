#include "InfoBar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <algorithm>

namespace latentlab::gui {

InfoBar::InfoBar(QWidget* parent)
    : QFrame(parent),
      m_text(new QLabel),
      m_buttons(new QHBoxLayout),
      m_close(new QToolButton),
      m_detailsToggle(new QToolButton) {
    setObjectName(QStringLiteral("infoBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->installEventFilter(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &InfoBar::dismiss);
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolTip(tr("Show the whole message"));
    m_detailsToggle->hide();
    connect(m_detailsToggle, &QToolButton::clicked, this,
            [this] { setShowDetails(!m_showingDetails); });
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 3, 4, 3);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    row->addLayout(m_buttons);
    row->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void InfoBar::showMessage(Kind kind, const QString& text, const QList<QAction*>& actions,
                          const QString& details) {
    m_kind = kind;
    m_summary = text;
    m_details = details;
    m_detailsToggle->setVisible(!details.isEmpty());
    m_text->setToolTip(details);
    setShowDetails(false);
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction* action : actions) {
        auto* button = new QPushButton(action->iconText());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    show();
    update();
}

void InfoBar::dismiss() {
    if (isHidden()) return;
    hide();
    emit dismissed();
}

QString InfoBar::text() const {
    if (isHidden()) return QString();
    return m_showingDetails ? m_details : m_summary;
}

void InfoBar::setFoldsToOneLine(bool folds) {
    m_oneLine = folds;
    // Folded, the label asks for no width of its own: the strip's width is its owner's choice.
    m_text->setSizePolicy(folds ? QSizePolicy::Ignored : QSizePolicy::Preferred,
                          QSizePolicy::Preferred);
    m_text->setMinimumWidth(folds ? 40 : 0);
    setShowDetails(m_showingDetails);
}

void InfoBar::updateText() {
    const bool cut = m_oneLine && !m_showingDetails;
    m_text->setWordWrap(!cut);
    if (!cut) {
        m_text->setText(m_showingDetails ? m_details : m_summary);
        return;
    }
    const QString shown =
        m_text->fontMetrics().elidedText(m_summary, Qt::ElideRight, std::max(40, m_text->width()));
    if (shown != m_text->text()) m_text->setText(shown);
}

bool InfoBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text && event->type() == QEvent::Resize && m_oneLine && !m_showingDetails)
        updateText();
    return QFrame::eventFilter(watched, event);
}

void InfoBar::setShowDetails(bool show) {
    m_showingDetails = show && !m_details.isEmpty();
    updateText();
    m_detailsToggle->setText(m_showingDetails ? tr("Less") : tr("Details"));
    m_detailsToggle->setToolTip(m_showingDetails ? tr("Show the short message")
                                                 : tr("Show the whole message"));
    // Overlays (PlotOverlay) size the strip from its height for width: tell them.
    updateGeometry();
    emit resized();
}

QColor InfoBar::background() const {
    // A tint of the desktop's own colours, so the strip reads on light and dark themes alike.
    const QColor base = palette().color(QPalette::Window);
    const QColor accent =
        m_kind == Kind::Warning ? QColor(0xE6, 0x9F, 0x00) : palette().color(QPalette::Highlight);
    constexpr float tint = 0.22f;
    return QColor::fromRgbF(base.redF() * (1 - tint) + accent.redF() * tint,
                            base.greenF() * (1 - tint) + accent.greenF() * tint,
                            base.blueF() * (1 - tint) + accent.blueF() * tint);
}

void InfoBar::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.fillRect(rect(), background());
    QFrame::paintEvent(event);
}

}  // namespace latentlab::gui
