#include "Scatter3DView.h"

#include "NumberFormat.h"
#include "Palette.h"
#include "Random.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QOpenGLContext>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DTheme>
#include <QtDataVisualization/QScatter3DSeries>
#include <QtDataVisualization/QScatterDataProxy>
#include <QtDataVisualization/QValue3DAxis>

namespace latentlab::gui {
namespace {

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
    if (!m_graph) return;
    for (QScatter3DSeries* series : m_graph->seriesList()) {
        m_graph->removeSeries(series);
        delete series;
    }
    m_pointCount = 0;
    m_note->clear();
    if (!m_data || m_data->columns() == 0 || m_axes[0]->currentIndex() < 0) return;
    int columns[3];
    for (int a = 0; a < 3; ++a) columns[a] = std::max(0, m_axes[a]->currentIndex());
    // Data Visualization's y axis points up, so the chosen z column goes there.
    m_graph->axisX()->setTitle(m_axes[0]->currentText());
    m_graph->axisY()->setTitle(m_axes[2]->currentText());
    m_graph->axisZ()->setTitle(m_axes[1]->currentText());
    for (QValue3DAxis* axis : {m_graph->axisX(), m_graph->axisY(), m_graph->axisZ()})
        axis->setTitleVisible(true);

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
    const int groups = m_data->hasLabels() ? m_data->classes() : 1;
    std::vector<QScatterDataArray*> arrays;
    for (int g = 0; g < groups; ++g) arrays.push_back(new QScatterDataArray);
    for (int row : rows) {
        const int group = m_data->hasLabels() ? m_data->labels[std::size_t(row)] : 0;
        arrays[std::size_t(group)]->append(QScatterDataItem(QVector3D(
            float(m_data->features(row, columns[0])), float(m_data->features(row, columns[2])),
            float(m_data->features(row, columns[1])))));
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
    m_pointCount = int(rows.size());
}

void Scatter3DView::renderTo(QPainter& painter, const QRectF& target) {
    if (!m_graph) return;
    // Render at the export's pixel density (2x for PNG), then add what the 3-D scene lacks:
    // a title naming the columns and a legend of the label colours.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QImage image = m_graph->renderToImage(0, (target.size() * ratio).toSize());
    image.setDevicePixelRatio(ratio);
    painter.save();
    painter.fillRect(target, Qt::white);
    painter.drawImage(target, image);
    QFont font = painter.font();
    font.setPixelSize(18);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString title =
        tr("Data: %1, %2, %3")
            .arg(m_axes[0]->currentText(), m_axes[1]->currentText(), m_axes[2]->currentText());
    painter.drawText(target.adjusted(0, 10, 0, 0), Qt::AlignHCenter | Qt::AlignTop, title);
    font.setPixelSize(13);
    font.setBold(false);
    painter.setFont(font);
    const QList<QScatter3DSeries*> series = m_graph->seriesList();
    qreal y = target.top() + 50;
    for (QScatter3DSeries* one : series) {
        if (one->name().isEmpty()) continue;
        painter.setBrush(one->baseColor());
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(target.right() - 90, y), 5, 5);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(target.right() - 78, y + 5), one->name());
        y += 20;
    }
    painter.restore();
}

QSize Scatter3DView::exportSize() const { return m_container->size().expandedTo({640, 480}); }

}  // namespace latentlab::gui
