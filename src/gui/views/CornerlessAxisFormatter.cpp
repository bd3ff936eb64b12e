#include "CornerlessAxisFormatter.h"

#include <QtDataVisualization/QValue3DAxis>
#include <cmath>

namespace latentlab::gui {

CornerlessAxisFormatter::CornerlessAxisFormatter(QObject* parent) : QValue3DAxisFormatter(parent) {}

QValue3DAxisFormatter* CornerlessAxisFormatter::createNewInstance() const {
    return new CornerlessAxisFormatter;
}

QString CornerlessAxisFormatter::stringForValue(qreal value, const QString& format) const {
    const QValue3DAxis* owner = axis();
    if (owner) {
        const double span = double(owner->max()) - double(owner->min());
        if (std::abs(double(value) - double(owner->min())) <= 1e-6 * std::abs(span))
            return QString();
    }
    return QValue3DAxisFormatter::stringForValue(value, format);
}

}  // namespace latentlab::gui
