// The notebook's 3-D plot: three chosen columns of the data as a rotatable 3-D scatter,
// coloured by true label (Qt Data Visualization), on nice ticks; with rows selected in the
// linked views, those keep their colour and the rest turn grey. Draws a seeded subsample of
// big tables. Exports are drawn with QPainter from the screen's camera (Scatter3DPainter: a
// vector drawing, no OpenGL), with a title and a legend beside the graph, not over it.
#pragma once

#include "Dataset.h"
#include "Exportable.h"
#include "Scatter3DPainter.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class Q3DScatter;

namespace latentlab::gui {

class RowSelection;

class Scatter3DView : public QWidget, public Exportable {
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 20'000;

    explicit Scatter3DView(QWidget* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> data);
    /// Columns shown on x, y and z (indices into the features).
    void setColumns(int x, int y, int z);
    int pointCount() const;
    /// Shows `selection` (shared with the scatters, not owned) and follows its changed().
    void setSelection(RowSelection* selection);
    /// The points drawn in colour because they are selected (0 without a selection).
    int highlightedCount() const;
    /// The points drawn grey because other rows are selected.
    int greyedCount() const;
    /// Turns the camera (degrees, as Q3DCamera's xRotation and yRotation); exports follow it.
    void setCamera(double azimuth, double elevation);
    /// The graph, or null where OpenGL is missing.
    Q3DScatter* graph() const { return m_graph; }

    /// Where an export of `target` puts its parts: the title band on top, the legend column
    /// on the right, the graph in the rest (at the view's aspect ratio).
    struct ExportLayout {
        QRectF title;
        QRectF legend;
        QRectF graph;
    };
    ExportLayout exportLayout(const QRectF& target) const;

    void renderTo(QPainter& painter, const QRectF& target) override;
    QSize exportSize() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void showInGraph();
    /// The points' series: one per label, or with a selection one grey series of the rest
    /// and one per label of the selected points.
    void showSeries();
    void removeSeries();
    /// Marks the drawn points that are selected (m_scene.selected).
    void applySelection();
    /// A wide view shows the whole box (Data Visualization fits its width and cuts the bottom).
    void fitZoom();
    QStringList legendNames() const;

    Q3DScatter* m_graph = nullptr;
    QWidget* m_container = nullptr;
    QComboBox* m_axes[3];
    QLabel* m_note;
    std::shared_ptr<const Dataset> m_data;
    RowSelection* m_selection = nullptr;
    std::vector<int> m_rows;  ///< the dataset row of each drawn point
    Scatter3DScene m_scene;   ///< what is shown, also without OpenGL (exports draw it)
};

}  // namespace latentlab::gui
