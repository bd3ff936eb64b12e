// What a ScatterView knows of its rows beyond their coordinates, for the point under the
// cursor: which dataset row each drawn row is (big data is drawn as a seeded subsample), the
// rows' names and per-sample silhouettes, a spatial index of the drawn points (PointIndex,
// built on the first lookup after the points change) and the short tooltip of one point.
//
//   hover.setContext({data, drawnRows, space.silhouetteLatent});
//   const int row = hover.nearest(xy, hiddenRows, x, y, radiusX, radiusY);
//   QToolTip::showText(at, hover.describe(row, facts));
#pragma once

#include "Dataset.h"
#include "PointIndex.h"

#include <Eigen/Core>
#include <QString>
#include <memory>
#include <vector>

namespace latentlab::gui {

class ScatterHover {
public:
    struct Context {
        std::shared_ptr<const Dataset> data;  ///< row names; null: rows are numbered only
        std::vector<int> datasetRows;         ///< per drawn row; empty: drawn row = dataset row
        Eigen::VectorXd silhouette;           ///< per dataset row (NaN: not sampled); or empty
    };
    /// What the view shows of a point, for describe().
    struct Facts {
        double x = 0, y = 0;
        QString axisX, axisY;  ///< axis titles ("PC 1"); empty: "x" and "y"
        QString label;         ///< true label's name; empty: none
        int cluster = -1;      ///< -1: none
    };

    void setContext(Context context);
    const Context& context() const { return m_context; }
    /// The points moved or some were hidden: the index is rebuilt on the next lookup.
    void invalidate() { m_indexValid = false; }

    int datasetRow(int viewRow) const;
    /// The drawn row showing `datasetRow`, or -1 when it is not drawn.
    int viewRow(int datasetRow) const;

    /// The drawn row nearest to (x, y) within the ellipse of radii (data units), skipping
    /// rows marked in `hiddenRows` (may be empty); -1 if none.
    int nearest(const Eigen::MatrixXd& xy, const std::vector<bool>& hiddenRows, double x, double y,
                double radiusX, double radiusY);

    /// "row 1,234" or the row's name, then label, cluster, coordinates and silhouette.
    QString describe(int viewRow, const Facts& facts) const;

private:
    Context m_context;
    mutable std::vector<int> m_viewRowOf;  ///< per dataset row when subsampled (built when needed)
    PointIndex m_index;
    bool m_indexValid = false;
};

}  // namespace latentlab::gui
