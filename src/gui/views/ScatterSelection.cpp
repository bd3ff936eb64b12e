#include "ScatterSelection.h"

namespace latentlab::gui {

std::vector<PointGroup> ScatterSelection::drawnGroups(const std::vector<PointGroup>& groups,
                                                      const std::vector<bool>& groupHidden,
                                                      const std::function<bool(int)>& selected,
                                                      const QColor& grey) {
    const auto hidden = [&](std::size_t g) { return g < groupHidden.size() && groupHidden[g]; };
    std::vector<PointGroup> drawn;
    if (!selected) {
        for (std::size_t g = 0; g < groups.size(); ++g)
            if (!hidden(g)) drawn.push_back(groups[g]);
        return drawn;
    }
    // Grey first, each group keeping its shape; the selected points on top in colour.
    std::vector<PointGroup> chosen;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (hidden(g)) continue;
        PointGroup rest{grey, {}, groups[g].shape};
        PointGroup picked{groups[g].colour, {}, groups[g].shape};
        for (int row : groups[g].rows) (selected(row) ? picked : rest).rows.push_back(row);
        drawn.push_back(std::move(rest));
        chosen.push_back(std::move(picked));
    }
    drawn.insert(drawn.end(), std::make_move_iterator(chosen.begin()),
                 std::make_move_iterator(chosen.end()));
    return drawn;
}

std::vector<int> ScatterSelection::rowsInside(const Eigen::MatrixXd& xy, const QPolygonF& outline,
                                              const std::vector<bool>& hiddenRows) {
    std::vector<int> rows;
    if (outline.size() < 3 || xy.cols() < 2) return rows;
    const QRectF box = outline.boundingRect();
    for (int row = 0; row < int(xy.rows()); ++row) {
        if (row < int(hiddenRows.size()) && hiddenRows[std::size_t(row)]) continue;
        const QPointF point(xy(row, 0), xy(row, 1));
        // The bounding box first: most points of a small lasso fail it at once.
        if (box.contains(point) && outline.containsPoint(point, Qt::OddEvenFill))
            rows.push_back(row);
    }
    return rows;
}

QColor ScatterSelection::greyFor(const QColor& background) {
    return background.lightness() > 128 ? QColor(196, 196, 196) : QColor(92, 94, 98);
}

}  // namespace latentlab::gui
