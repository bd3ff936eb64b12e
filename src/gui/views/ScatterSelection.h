// How a ScatterView shows the linked selection and the groups hidden from its legend: the
// groups the point layer draws (hidden groups left out; with a selection, every unselected
// point in grey underneath and the selected ones in their colours on top), and which drawn
// rows a lasso or box encloses.
#pragma once

#include "ScatterPainter.h"

#include <Eigen/Core>
#include <QPolygonF>
#include <functional>
#include <vector>

namespace latentlab::gui {

class ScatterSelection {
public:
    /// `groupHidden`: per group; `selected`: whether a drawn row is selected, or empty when
    /// nothing is; `grey`: the colour of the unselected points.
    static std::vector<PointGroup> drawnGroups(const std::vector<PointGroup>& groups,
                                               const std::vector<bool>& groupHidden,
                                               const std::function<bool(int)>& selected,
                                               const QColor& grey);
    /// Drawn rows inside `outline` (data coordinates, even-odd rule), skipping `hiddenRows`.
    static std::vector<int> rowsInside(const Eigen::MatrixXd& xy, const QPolygonF& outline,
                                       const std::vector<bool>& hiddenRows);
    /// The grey of unselected points on `background`: visible, but quieter than any colour.
    static QColor greyFor(const QColor& background);
};

}  // namespace latentlab::gui
