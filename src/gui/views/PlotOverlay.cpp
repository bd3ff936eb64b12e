#include "PlotOverlay.h"

#include "ScatterView.h"

#include <QChart>
#include <QEvent>
#include <algorithm>

namespace latentlab::gui {

namespace {

constexpr int kGap = 0;  ///< between the strip and the chart's title, which has its own padding

}  // namespace

PlotOverlay::PlotOverlay(QWidget* overlay, ScatterView* view)
    : QObject(overlay), m_overlay(overlay), m_view(view) {
    view->installEventFilter(this);
    overlay->installEventFilter(this);
    connect(view->chart(), &QChart::plotAreaChanged, this, &PlotOverlay::place);
}

void PlotOverlay::place() {
    if (m_overlay->isHidden()) return;
    const int width = std::max(120, m_view->topInsetRect().width());
    const int height = m_overlay->hasHeightForWidth() ? m_overlay->heightForWidth(width)
                                                      : m_overlay->sizeHint().height();
    setRoom(height + kGap);
    const QRect room = m_view->topInsetRect();
    m_overlay->setGeometry(room.left(), room.top(), width, height);
    m_overlay->raise();
}

void PlotOverlay::setPeers(const std::vector<ScatterView*>& peers) {
    m_peers.clear();
    for (ScatterView* peer : peers)
        if (peer != m_view) m_peers.push_back(peer);
}

void PlotOverlay::setRoom(int pixels) {
    m_view->setTopInset(pixels);
    for (ScatterView* peer : m_peers) peer->setTopInset(pixels);
}

bool PlotOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_overlay && event->type() == QEvent::Hide) setRoom(0);
    if (watched == m_overlay && event->type() == QEvent::Show) place();
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QObject::eventFilter(watched, event);
}

}  // namespace latentlab::gui
