#include "SliderSpinBox.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace latentlab::gui {

SliderSpinBox::SliderSpinBox(QWidget* parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal)), m_spin(new QDoubleSpinBox) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_slider->setRange(0, kSteps);
    m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_spin->setKeyboardTracking(false);  // one valueChanged per typed number, not per digit
    m_spin->setMinimumWidth(96);
    m_spin->setAlignment(Qt::AlignRight);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    // One Tab stop per setting: the keyboard edits the spin box (arrows, Page Up/Down,
    // typing); the slider beside it is for the mouse.
    m_slider->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_syncing) return;
        m_syncing = true;
        m_spin->setValue(valueAt(position));
        m_syncing = false;
        emit valueChanged(m_spin->value());
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_syncing) return;
        m_syncing = true;
        m_slider->setValue(sliderPosition(value));
        m_syncing = false;
        emit valueChanged(value);
    });
}

void SliderSpinBox::setRange(double minimum, double maximum, Scale scale) {
    m_scale = scale;
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setRange(minimum, maximum);
    m_slider->setValue(sliderPosition(m_spin->value()));
}

void SliderSpinBox::setDecimals(int decimals) {
    const QSignalBlocker block(m_spin);
    m_spin->setDecimals(decimals);
}

void SliderSpinBox::setSuffix(const QString& suffix) { m_spin->setSuffix(suffix); }

void SliderSpinBox::setValue(double value) {
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(sliderPosition(m_spin->value()));
}

double SliderSpinBox::value() const { return m_spin->value(); }

void SliderSpinBox::setToolTipText(const QString& text) {
    setToolTip(text);
    m_slider->setToolTip(text);
    m_spin->setToolTip(text);
}

int SliderSpinBox::sliderPosition(double value) const {
    const double low = m_spin->minimum(), high = m_spin->maximum();
    if (high <= low) return 0;
    double t;
    if (m_scale == Scale::Logarithmic && low > 0)
        t = std::log(value / low) / std::log(high / low);
    else
        t = (value - low) / (high - low);
    return qBound(0, int(std::lround(t * kSteps)), kSteps);
}

double SliderSpinBox::valueAt(int position) const {
    const double low = m_spin->minimum(), high = m_spin->maximum();
    const double t = double(position) / kSteps;
    double value = m_scale == Scale::Logarithmic && low > 0 ? low * std::pow(high / low, t)
                                                            : low + t * (high - low);
    if (m_scale == Scale::Logarithmic && m_spin->decimals() == 0) {
        // Round log-scaled counts to 2 significant digits: 30000, not 29854.
        const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 1);
        value = std::round(value / magnitude) * magnitude;
    }
    return qBound(low, value, high);
}

}  // namespace latentlab::gui
