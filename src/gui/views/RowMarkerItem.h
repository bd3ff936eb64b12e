// The ring a ScatterView draws around the point hovered in any scatter (the same row in every
// method's): two concentric circles, dark and light, so it shows on any colour and background.
#pragma once

#include <QGraphicsItem>

namespace latentlab::gui {

class RowMarkerItem : public QGraphicsItem {
public:
    explicit RowMarkerItem(QGraphicsItem* parent = nullptr);

    /// The ring's inner diameter: the marked point's size plus a gap.
    void setPointSize(double pixels);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override;

private:
    double m_radius = 6.0;
};

}  // namespace latentlab::gui
