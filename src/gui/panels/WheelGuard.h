// Desktop manners for the mouse wheel in a scrolling panel: over a slider, spin box or combo
// box that does not have keyboard focus, the wheel scrolls the panel instead of changing the
// value (with Live on, a stray scroll would otherwise rerun the pipeline).
//
//   WheelGuard::install(settingsPanel);   // every such control inside it
#pragma once

#include <QObject>

class QWidget;

namespace latentlab::gui {

class WheelGuard : public QObject {
    Q_OBJECT
public:
    /// Guards every slider, spin box and combo box inside `panel`; they take focus by click
    /// or Tab, not by the wheel.
    static void install(QWidget* panel);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

}  // namespace latentlab::gui
