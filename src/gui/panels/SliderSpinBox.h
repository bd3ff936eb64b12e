// A slider and a spin box bound to one value, on a linear or logarithmic scale: the
// building block of every numeric control in the panels (samples, learning rate, ...).
//
//   auto* rate = new SliderSpinBox;
//   rate->setRange(1e-5, 1.0, SliderSpinBox::Scale::Logarithmic);
//   rate->setDecimals(5);
//   connect(rate, &SliderSpinBox::valueChanged, ...);
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace latentlab::gui {

class SliderSpinBox : public QWidget {
    Q_OBJECT
public:
    enum class Scale { Linear, Logarithmic };

    explicit SliderSpinBox(QWidget* parent = nullptr);

    void setRange(double minimum, double maximum, Scale scale = Scale::Linear);
    /// Digits after the point; 0 makes it an integer control.
    void setDecimals(int decimals);
    void setSuffix(const QString& suffix);
    void setValue(double value);
    double value() const;
    int intValue() const { return qRound(value()); }
    /// Explains the control; applied to the slider and the spin box alike.
    void setToolTipText(const QString& text);

signals:
    void valueChanged(double value);

private:
    int sliderPosition(double value) const;
    double valueAt(int position) const;

    QSlider* m_slider;
    QDoubleSpinBox* m_spin;
    Scale m_scale = Scale::Linear;
    bool m_syncing = false;
    static constexpr int kSteps = 1000;
};

}  // namespace latentlab::gui
