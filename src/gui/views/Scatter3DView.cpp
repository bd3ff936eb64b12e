#include "Scatter3DView.h"

#include "CornerlessAxisFormatter.h"
#include "Marker.h"
#include "NiceScale.h"
#include "NumberFormat.h"
#include "Palette.h"
#include "Random.h"
#include "RowSelection.h"
#include "Scatter3DPainter.h"
#include "ScatterSelection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QOpenGLContext>
#include <QPainter>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DTheme>
#include <QtDataVisualization/QScatter3DSeries>
#include <QtDataVisualization/QScatterDataProxy>
#include <QtDataVisualization/QValue3DAxis>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {
namespace {

// Data Visualization sizes the box by the view's width; past this width / height it cuts
// the bottom off unless zoomed out.
constexpr double kWidestUnzoomedAspect = 1.15;
constexpr int kExportTitlePixels = 18;
constexpr int kExportLegendPixels = 13;

bool openGlWorks() {
    static const bool works = [] {
        QOpenGLContext context;
        return context.create();
    }();
    return works;
}

}  // namespace

Scatter3DView::Scatter3DView(QWidget* parent) : QWidget(parent), m_note(new QLabel) {
    auto* controls = new QHBoxLayout;
    const QStringList axisNames{tr("&x"), tr("&y"), tr("&z")};
    for (int a = 0; a < 3; ++a) {
        m_axes[a] = new QComboBox;
        m_axes[a]->setToolTip(tr("Column shown on the %1 axis").arg(QStringLiteral("xyz")[a]));
        auto* label = new QLabel(axisNames[a]);
        label->setBuddy(m_axes[a]);
        controls->addWidget(label);
        controls->addWidget(m_axes[a], 1);
        connect(m_axes[a], &QComboBox::currentIndexChanged, this, &Scatter3DView::rebuild);
    }
    controls->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);

    if (!openGlWorks()) {
        // Qt Data Visualization draws with OpenGL only; without it the tab says so.
        auto* missing = new QLabel(tr("The 3-D view needs OpenGL, which this display lacks."));
        missing->setAlignment(Qt::AlignCenter);
        layout->addWidget(missing, 1);
        m_container = missing;
        return;
    }
    m_graph = new Q3DScatter;
    m_graph->setShadowQuality(QAbstract3DGraph::ShadowQualityNone);
    m_graph->setOptimizationHints(QAbstract3DGraph::OptimizationStatic);
    m_graph->activeTheme()->setLabelBackgroundEnabled(false);
    m_graph->activeTheme()->setGridLineColor(QColor(0xC8, 0xC8, 0xC8));
    QFont labels = m_graph->activeTheme()->font();
    labels.setPointSize(36);  // in scene units; the default is barely legible
    m_graph->activeTheme()->setFont(labels);
    m_graph->scene()->activeCamera()->setCameraPreset(Q3DCamera::CameraPresetIsometricRight);
    m_graph->axisY()->setFormatter(new CornerlessAxisFormatter);
    m_container = QWidget::createWindowContainer(m_graph);
    m_container->setMinimumSize(320, 240);
    m_container->setToolTip(tr("Drag with the right mouse button to rotate, wheel to zoom"));
    layout->addWidget(m_container, 1);
}

void Scatter3DView::setDataset(std::shared_ptr<const Dataset> data) {
    m_data = std::move(data);
    for (QComboBox* axis : m_axes) {
        const QSignalBlocker block(axis);
        axis->clear();
        if (m_data)
            for (const std::string& name : m_data->columnNames)
                axis->addItem(QString::fromStdString(name));
    }
    const int columns = m_data ? m_data->columns() : 0;
    setColumns(0, std::min(1, columns - 1), std::min(2, columns - 1));
}

void Scatter3DView::setColumns(int x, int y, int z) {
    const int wanted[3] = {x, y, z};
    for (int a = 0; a < 3; ++a) {
        const QSignalBlocker block(m_axes[a]);
        m_axes[a]->setCurrentIndex(wanted[a]);
    }
    rebuild();
}

void Scatter3DView::rebuild() {
    Scatter3DScene fresh;
    fresh.azimuth = m_scene.azimuth;
    fresh.elevation = m_scene.elevation;
    m_scene = std::move(fresh);
    m_note->clear();
    m_rows.clear();
    removeSeries();
    if (!m_data || m_data->columns() == 0 || m_axes[0]->currentIndex() < 0) return;
    int columns[3];
    for (int a = 0; a < 3; ++a) columns[a] = std::max(0, m_axes[a]->currentIndex());

    const int n = m_data->rows();
    std::vector<int> rows = n > kMaxPoints ? Random(1).sample(n, kMaxPoints) : std::vector<int>();
    if (rows.empty()) {
        rows.resize(std::size_t(n));
        for (int i = 0; i < n; ++i) rows[std::size_t(i)] = i;
    } else {
        m_note->setText(
            tr("%1 of %2 points")
                .arg(report::NumberFormat::count(kMaxPoints), report::NumberFormat::count(n)));
    }
    // Nice ranges and ticks on the rows drawn.
    for (int a = 0; a < 3; ++a) {
        double low = 0.0, high = 0.0;
        bool any = false;
        for (int row : rows) {
            const double v = m_data->features(row, columns[a]);
            if (!std::isfinite(v)) continue;
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
        }
        m_scene.axes[std::size_t(a)] = {m_axes[a]->currentText(),
                                        any ? NiceScale::around(low, high, 6) : NiceRange{}};
    }
    m_scene.points.reserve(rows.size());
    for (int row : rows) {
        m_scene.points.push_back({float(m_data->features(row, columns[0])),
                                  float(m_data->features(row, columns[1])),
                                  float(m_data->features(row, columns[2]))});
        if (m_data->hasLabels()) m_scene.groups.push_back(m_data->labels[std::size_t(row)]);
    }
    m_rows = std::move(rows);
    applySelection();
    if (m_graph) showInGraph();
}

void Scatter3DView::setSelection(RowSelection* selection) {
    if (m_selection) disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    const auto follow = [this] {
        applySelection();
        if (m_graph && !m_scene.points.empty()) showSeries();
    };
    if (m_selection) connect(m_selection, &RowSelection::changed, this, follow);
    follow();
}

void Scatter3DView::applySelection() {
    m_scene.selected.clear();
    if (!m_selection || m_selection->isEmpty()) return;
    m_scene.selected.reserve(m_rows.size());
    for (int row : m_rows) m_scene.selected.push_back(m_selection->contains(row));
}

int Scatter3DView::highlightedCount() const {
    return int(std::count(m_scene.selected.begin(), m_scene.selected.end(), true));
}

int Scatter3DView::greyedCount() const {
    return int(std::count(m_scene.selected.begin(), m_scene.selected.end(), false));
}

void Scatter3DView::removeSeries() {
    if (!m_graph) return;
    for (QScatter3DSeries* series : m_graph->seriesList()) {
        m_graph->removeSeries(series);
        delete series;
    }
}

void Scatter3DView::showInGraph() {
    // Data Visualization's y axis points up, so the data's z column goes there.
    QValue3DAxis* axes[3] = {m_graph->axisX(), m_graph->axisZ(), m_graph->axisY()};
    for (int a = 0; a < 3; ++a) {
        const Scatter3DScene::Axis& axis = m_scene.axes[std::size_t(a)];
        axes[a]->setTitle(axis.title);
        axes[a]->setTitleVisible(true);
        axes[a]->setRange(float(axis.range.min), float(axis.range.max));
        axes[a]->setSegmentCount(std::max(1, axis.range.ticks - 1));
        axes[a]->setSubSegmentCount(1);
        axes[a]->setLabelFormat(QStringLiteral("%.%1f").arg(axis.range.decimals));
    }
    showSeries();
}

void Scatter3DView::showSeries() {
    removeSeries();
    const bool selecting = !m_scene.selected.empty();
    if (selecting) {
        // The rest first, grey, as the 2-D scatters show them.
        auto* rest = new QScatterDataArray;
        for (std::size_t i = 0; i < m_scene.points.size(); ++i) {
            if (m_scene.selected[i]) continue;
            const std::array<float, 3>& p = m_scene.points[i];
            rest->append(QScatterDataItem(QVector3D(p[0], p[2], p[1])));
        }
        auto* series = new QScatter3DSeries;
        series->dataProxy()->resetArray(rest);
        series->setBaseColor(ScatterSelection::greyFor(m_graph->activeTheme()->backgroundColor()));
        series->setItemSize(0.06f);
        series->setMesh(QAbstract3DSeries::MeshPoint);
        series->setName(tr("not selected"));
        m_graph->addSeries(series);
    }
    const int groups = m_data->hasLabels() ? m_data->classes() : 1;
    std::vector<QScatterDataArray*> arrays;
    for (int g = 0; g < groups; ++g) arrays.push_back(new QScatterDataArray);
    for (std::size_t i = 0; i < m_scene.points.size(); ++i) {
        if (selecting && !m_scene.selected[i]) continue;
        const std::array<float, 3>& p = m_scene.points[i];
        const int group = m_scene.groups.empty() ? 0 : m_scene.groups[i];
        arrays[std::size_t(group)]->append(QScatterDataItem(QVector3D(p[0], p[2], p[1])));
    }
    for (int g = 0; g < groups; ++g) {
        auto* series = new QScatter3DSeries;
        series->dataProxy()->resetArray(arrays[std::size_t(g)]);
        series->setBaseColor(Palette::color(g));
        series->setItemSize(0.06f);
        series->setMesh(QAbstract3DSeries::MeshPoint);
        if (m_data->hasLabels())
            series->setName(QString::fromStdString(m_data->labelNames[std::size_t(g)]));
        m_graph->addSeries(series);
    }
}

void Scatter3DView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitZoom();
}

void Scatter3DView::fitZoom() {
    if (!m_graph || m_container->height() <= 0) return;
    const double aspect = double(m_container->width()) / m_container->height();
    // Measured: at width / height 2.3 the box fits from zoom 72 % down, at 1.15 at 100 %;
    // the camera's perspective makes the needed zoom go with the square root of the ratio.
    const double zoom =
        aspect > kWidestUnzoomedAspect ? 97.0 * std::sqrt(kWidestUnzoomedAspect / aspect) : 100.0;
    m_graph->scene()->activeCamera()->setZoomLevel(float(std::max(40.0, zoom)));
}

QStringList Scatter3DView::legendNames() const {
    QStringList names;
    if (m_data && m_data->hasLabels() && !m_scene.points.empty())
        for (const std::string& name : m_data->labelNames) names << QString::fromStdString(name);
    return names;
}

Scatter3DView::ExportLayout Scatter3DView::exportLayout(const QRectF& target) const {
    ExportLayout layout;
    QFont titleFont = font();
    titleFont.setPixelSize(kExportTitlePixels);
    titleFont.setBold(true);
    QFont legendFont = font();
    legendFont.setPixelSize(kExportLegendPixels);
    const QFontMetricsF title(titleFont), legend(legendFont);
    layout.title = QRectF(target.left(), target.top() + 8, target.width(), title.height() + 4);
    double legendWidth = 0.0;
    const QStringList names = legendNames();
    for (const QString& name : names)
        legendWidth = std::max(legendWidth, legend.horizontalAdvance(name));
    if (!names.isEmpty()) {
        legendWidth += 12 + 10 + 16;  // marker, gap, margin
        layout.legend = QRectF(target.right() - legendWidth, layout.title.bottom() + 12,
                               legendWidth, names.size() * 20.0);
    }
    // The graph in what is left, at the view's own aspect ratio, so it looks as on screen.
    const QRectF free(target.left() + 8, layout.title.bottom() + 4,
                      target.width() - 16 - legendWidth,
                      target.bottom() - layout.title.bottom() - 12);
    const QSizeF screen = m_container ? QSizeF(m_container->size()) : free.size();
    QSizeF size = screen.isEmpty() ? free.size() : screen.scaled(free.size(), Qt::KeepAspectRatio);
    layout.graph = QRectF(free.center() - QPointF(size.width() / 2, size.height() / 2), size);
    return layout;
}

void Scatter3DView::renderTo(QPainter& painter, const QRectF& target) {
    // Drawn with QPainter from the camera the screen shows (no OpenGL: a vector drawing
    // that records in milliseconds), with a title naming the columns and a legend of the
    // label colours, each in its own place.
    const ExportLayout layout = exportLayout(target);
    Scatter3DScene scene = m_scene;  // shares nothing the view changes while it is painted
    if (m_graph) {
        const Q3DCamera* camera = m_graph->scene()->activeCamera();
        scene.azimuth = camera->xRotation();
        scene.elevation = camera->yRotation();
    }
    painter.save();
    painter.fillRect(target, Qt::white);
    Scatter3DPainter::paint(painter, layout.graph, scene);
    QFont font = painter.font();
    font.setPixelSize(kExportTitlePixels);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString title =
        tr("Data: %1, %2, %3")
            .arg(m_axes[0]->currentText(), m_axes[1]->currentText(), m_axes[2]->currentText());
    painter.drawText(layout.title, Qt::AlignHCenter | Qt::AlignVCenter, title);
    font.setPixelSize(kExportLegendPixels);
    font.setBold(false);
    painter.setFont(font);
    qreal y = layout.legend.top() + 10;
    const QStringList names = legendNames();
    for (int g = 0; g < names.size(); ++g) {
        painter.setBrush(Palette::color(g));
        painter.setPen(Qt::NoPen);
        report::Marker::draw(painter, Palette::shape(g), QPointF(layout.legend.left() + 6, y), 10);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(layout.legend.left() + 18, y - 10, layout.legend.width() - 18, 20),
                         Qt::AlignLeft | Qt::AlignVCenter, names[g]);
        y += 20;
    }
    painter.restore();
}

QSize Scatter3DView::exportSize() const { return m_container->size().expandedTo({640, 480}); }

void Scatter3DView::setCamera(double azimuth, double elevation) {
    m_scene.azimuth = azimuth;
    m_scene.elevation = elevation;
    if (m_graph)
        m_graph->scene()->activeCamera()->setCameraPosition(
            float(azimuth), float(elevation), m_graph->scene()->activeCamera()->zoomLevel());
}

int Scatter3DView::pointCount() const { return int(m_scene.points.size()); }

}  // namespace latentlab::gui
