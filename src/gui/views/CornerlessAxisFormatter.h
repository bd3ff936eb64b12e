// Labels of a 3-D value axis without the one at its minimum: in Qt Data Visualization the
// vertical axis's lowest label sits on the graph's bottom corners, on top of the end labels
// of both horizontal axes. The other ticks, at nice steps, say where that one is.
//
//   graph->axisY()->setFormatter(new CornerlessAxisFormatter);
#pragma once

#include <QtDataVisualization/QValue3DAxisFormatter>

namespace latentlab::gui {

class CornerlessAxisFormatter : public QValue3DAxisFormatter {
    Q_OBJECT
public:
    explicit CornerlessAxisFormatter(QObject* parent = nullptr);

protected:
    QValue3DAxisFormatter* createNewInstance() const override;
    QString stringForValue(qreal value, const QString& format) const override;
};

}  // namespace latentlab::gui
