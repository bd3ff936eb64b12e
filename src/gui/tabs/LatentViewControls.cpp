#include "LatentViewControls.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <algorithm>

namespace latentlab::gui {

LatentViewControls::LatentViewControls(QWidget* parent)
    : QWidget(parent),
      m_colourBy(new QComboBox),
      m_pointSize(new QSlider(Qt::Horizontal)),
      m_opacity(new QSlider(Qt::Horizontal)),
      m_align(new QCheckBox(tr("&Align to PCA"))),
      m_showAll(new QPushButton(tr("Show a&ll points"))),
      m_select(new QToolButton) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_colourBy->addItems({tr("True label"), tr("Cluster")});
    m_colourBy->setToolTip(tr("Colour points by their true label or by their cluster"));
    m_pointSize->setRange(1, 12);
    m_pointSize->setValue(4);
    m_pointSize->setMaximumWidth(120);
    m_pointSize->setToolTip(tr("Point size in pixels"));
    m_opacity->setRange(5, 100);
    m_opacity->setValue(60);
    m_opacity->setMaximumWidth(120);
    m_opacity->setToolTip(tr("Point opacity: lower it to see density where points overlap"));
    auto* reset = new QPushButton(tr("Reset &zoom"));
    reset->setToolTip(
        tr("Back to the opening view in every scatter (wheel zooms, drag pans, "
           "double-click resets too)"));
    m_showAll->setObjectName(QStringLiteral("showAllPoints"));
    m_showAll->setCheckable(true);
    m_showAll->setToolTip(
        tr("The axes open on the central 99.5 % of the points on each axis, plus a small "
           "margin, so a few far points do not squeeze the rest into the middle; the note "
           "above a plot says how many points lie outside. Press to fit every point."));
    // The objectName sessions and tests have known since there were two methods.
    m_align->setObjectName(QStringLiteral("alignAe"));
    m_align->setToolTip(
        tr("Rotate, reflect and scale every other method's latent space onto the baseline's "
           "(orthogonal Procrustes) so the scatters can be compared at a glance. Display "
           "only: no metric changes."));

    auto* colourLabel = new QLabel(tr("&Colour by"));
    colourLabel->setBuddy(m_colourBy);
    auto* sizeLabel = new QLabel(tr("Point si&ze"));
    sizeLabel->setBuddy(m_pointSize);
    auto* opacityLabel = new QLabel(tr("&Opacity"));
    opacityLabel->setBuddy(m_opacity);
    row->addWidget(colourLabel);
    row->addWidget(m_colourBy);
    row->addSpacing(10);
    row->addWidget(sizeLabel);
    row->addWidget(m_pointSize);
    row->addSpacing(10);
    row->addWidget(opacityLabel);
    row->addWidget(m_opacity);
    row->addSpacing(10);
    row->addWidget(m_align);
    row->addSpacing(10);
    // What a left-drag in a scatter does: zoom, or with "Select" pressed draw the outline its
    // menu chose. One button keeps the bar narrow enough for a laptop at a large font.
    m_select->setObjectName(QStringLiteral("selectTool"));
    m_select->setText(tr("Select"));
    m_select->setCheckable(true);
    m_select->setPopupMode(QToolButton::MenuButtonPopup);
    m_select->setToolTip(
        tr("Pressed: a drag in a scatter selects its points (lasso or box, from the menu) in "
           "every scatter and in the Data tab's table. Shift adds, Alt removes, Esc or "
           "Ctrl+Shift+A clears. Released: a drag zooms, and Shift+drag selects with a lasso."));
    auto* shapes = new QMenu(m_select);
    auto* shapeGroup = new QActionGroup(m_select);
    m_lasso = shapes->addAction(tr("&Lasso"));
    m_box = shapes->addAction(tr("&Box"));
    for (QAction* shape : {m_lasso, m_box}) {
        shape->setCheckable(true);
        shapeGroup->addAction(shape);
        connect(shape, &QAction::triggered, this, [this] {
            m_select->setChecked(true);
            emit dragToolChanged(dragTool());
        });
    }
    m_lasso->setChecked(true);
    // "Link zoom" lives in this menu too: a check box of its own widened the bar past a
    // laptop's screen at a large font.
    shapes->addSeparator();
    m_linkZoom = shapes->addAction(tr("Lin&k zoom of aligned scatters"));
    m_linkZoom->setObjectName(QStringLiteral("linkZoom"));
    m_linkZoom->setCheckable(true);
    m_linkZoom->setChecked(true);
    m_linkZoom->setEnabled(false);
    m_linkZoom->setToolTip(
        tr("While aligned, the scatters share their axes: a zoom, pan or reset in one is shown "
           "in all of them. Unchecked, each zooms on its own."));
    shapes->setToolTipsVisible(true);
    m_select->setMenu(shapes);
    connect(m_select, &QToolButton::toggled, this, [this] { emit dragToolChanged(dragTool()); });
    row->addWidget(m_select);
    row->addStretch(1);
    row->addWidget(m_showAll);
    row->addWidget(reset);

    connect(m_colourBy, &QComboBox::currentIndexChanged, this,
            [this] { emit colourByChanged(colourBy()); });
    connect(m_pointSize, &QSlider::valueChanged, this, &LatentViewControls::pointSizeChanged);
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int percent) { emit opacityChanged(percent / 100.0); });
    connect(m_align, &QCheckBox::toggled, this, [this](bool on) {
        m_linkZoom->setEnabled(on);
        emit alignToggled(on);
    });
    connect(m_linkZoom, &QAction::toggled, this, &LatentViewControls::linkZoomToggled);
    connect(m_showAll, &QPushButton::toggled, this, &LatentViewControls::showAllToggled);
    connect(reset, &QPushButton::clicked, this, &LatentViewControls::resetZoomRequested);
}

ColourBy LatentViewControls::colourBy() const {
    return m_colourBy->currentIndex() == 0 ? ColourBy::TrueLabel : ColourBy::Cluster;
}

int LatentViewControls::pointSize() const { return m_pointSize->value(); }

double LatentViewControls::opacity() const { return m_opacity->value() / 100.0; }

bool LatentViewControls::aligning() const { return m_align->isChecked(); }

bool LatentViewControls::linksZoom() const { return m_linkZoom->isChecked(); }

bool LatentViewControls::showsAll() const { return m_showAll->isChecked(); }

DragTool LatentViewControls::dragTool() const {
    if (!m_select->isChecked()) return DragTool::Zoom;
    return m_box->isChecked() ? DragTool::Box : DragTool::Lasso;
}

void LatentViewControls::setDragTool(DragTool mode) {
    if (mode != DragTool::Zoom) (mode == DragTool::Box ? m_box : m_lasso)->setChecked(true);
    m_select->setChecked(mode != DragTool::Zoom);
    emit dragToolChanged(dragTool());
}

QAction* LatentViewControls::shapeAction(DragTool shape) const {
    return shape == DragTool::Box ? m_box : m_lasso;
}

void LatentViewControls::setBaselineTitle(const QString& title) {
    m_align->setText(tr("&Align to %1").arg(title));
}

void LatentViewControls::styleScatter(ScatterView* view) const {
    view->setPointSize(pointSize());
    view->setOpacity(opacity());
    view->setColourBy(colourBy());
    view->setShowAllPoints(showsAll());
}

QJsonObject LatentViewControls::state() const {
    return {{"colour_by", m_colourBy->currentIndex() == 0 ? "label" : "cluster"},
            {"point_size", m_pointSize->value()},
            {"opacity", m_opacity->value()},
            {"align_ae", m_align->isChecked()},
            {"link_zoom", m_linkZoom->isChecked()},
            {"show_all", m_showAll->isChecked()}};
}

void LatentViewControls::setState(const QJsonObject& state) {
    if (state.contains("colour_by"))
        m_colourBy->setCurrentIndex(state.value("colour_by").toString() == "cluster" ? 1 : 0);
    const auto setSlider = [&state](QSlider* slider, const char* key) {
        if (state.value(key).isDouble())
            slider->setValue(
                std::clamp(state.value(key).toInt(), slider->minimum(), slider->maximum()));
    };
    setSlider(m_pointSize, "point_size");
    setSlider(m_opacity, "opacity");
    if (state.value("align_ae").isBool()) m_align->setChecked(state.value("align_ae").toBool());
    if (state.value("link_zoom").isBool())
        m_linkZoom->setChecked(state.value("link_zoom").toBool());
    if (state.value("show_all").isBool()) m_showAll->setChecked(state.value("show_all").toBool());
}

}  // namespace latentlab::gui
