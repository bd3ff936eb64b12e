// How the clusters relate to the truth and to each other, for every method of the run: a
// confusion matrix and a per-sample silhouette plot per method, and PCA's explained variance.
#pragma once

#include "Result.h"

#include <QWidget>
#include <string>
#include <vector>

class QGridLayout;

namespace latentlab::gui {

class ConfusionMatrixView;
class SilhouettePlotView;
class VarianceBarsView;

class ClustersTab : public QWidget {
    Q_OBJECT
public:
    explicit ClustersTab(QWidget* parent = nullptr);

    /// `runName` ("run 3"): the run it is, in every view's title.
    void showResult(const Result& result, const QString& runName = QString());
    void clear();

    /// The methods with views, in the run's order, and their views (null for others).
    std::vector<std::string> methods() const;
    ConfusionMatrixView* confusion(const std::string& method) const;
    SilhouettePlotView* silhouette(const std::string& method) const;
    VarianceBarsView* varianceBars() const { return m_variance; }

signals:
    /// The views are those of other methods now.
    void methodsChanged();

private:
    struct Views {
        std::string method;
        ConfusionMatrixView* confusion;
        SilhouettePlotView* silhouette;
    };
    /// Makes the views those of `methods`, reusing the ones that stay.
    void setMethods(const std::vector<std::string>& methods);

    QGridLayout* m_grid;
    std::vector<Views> m_views;
    VarianceBarsView* m_variance;
};

}  // namespace latentlab::gui
