#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace latentlab::gui {

void WheelGuard::install(QWidget* panel) {
    auto* guard = new WheelGuard(panel);
    const auto guardAll = [guard](const auto& widgets) {
        for (QWidget* widget : widgets) {
            if (qobject_cast<QScrollBar*>(widget)) continue;  // scrolling is what they are for
            if (widget->focusPolicy() == Qt::WheelFocus) widget->setFocusPolicy(Qt::StrongFocus);
            widget->installEventFilter(guard);
        }
    };
    guardAll(panel->findChildren<QAbstractSlider*>());
    guardAll(panel->findChildren<QAbstractSpinBox*>());
    guardAll(panel->findChildren<QComboBox*>());
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!widget->hasFocus()) {
            // Not the control's: the scroll area around it gets the wheel and scrolls.
            for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
                if (auto* area = qobject_cast<QAbstractScrollArea*>(up)) {
                    QCoreApplication::sendEvent(area->viewport(), event);
                    break;
                }
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace latentlab::gui
