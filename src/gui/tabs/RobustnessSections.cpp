// RobustnessTab's two sections as laid out: the sweep (the k or the resolution range, their
// charts) and the repeats (count, table, box plot). The tab's behaviour is in RobustnessTab.cpp.
#include "RobustnessTab.h"

#include "KSweepChartView.h"
#include "MetricBoxPlotView.h"
#include "ProgressRow.h"
#include "RepeatsTableView.h"

#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <initializer_list>
#include <utility>

namespace latentlab::gui {

namespace {

/// One row of inputs, each after its label (`text` with its mnemonic, buddy to the input).
QWidget* labelledRow(std::initializer_list<std::pair<QString, QWidget*>> inputs) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& [text, input] : inputs) {
        auto* label = new QLabel(text);
        label->setBuddy(input);
        layout->addWidget(label);
        layout->addWidget(input);
    }
    return row;
}

}  // namespace

QWidget* RobustnessTab::buildSweepSection() {
    m_sweepBox = new QGroupBox;  // titled by showSweepKind()
    m_sweepBox->setObjectName(QStringLiteral("sweepSection"));
    m_kInputs = buildKInputs();
    m_resolutionInputs = buildResolutionInputs();
    m_sweepButton = new QPushButton;
    m_sweepButton->setObjectName(QStringLiteral("sweepButton"));
    m_sweepRow = new ProgressRow;
    // Only the inputs of what the result sweeps are shown (a hidden widget takes no room).
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kInputs);
    controls->addWidget(m_resolutionInputs);
    controls->addSpacing(8);
    controls->addWidget(m_sweepButton);
    controls->addSpacing(8);
    controls->addWidget(m_sweepRow, 1);

    auto pair = [](QWidget* left, QWidget* right) {
        auto* charts = new QSplitter(Qt::Horizontal);
        charts->addWidget(left);
        charts->addWidget(right);
        charts->setChildrenCollapsible(false);
        charts->setSizes({1000, 1000});
        return charts;
    };
    m_kCharts = pair(m_elbow, m_silhouette);
    m_resolutionCharts = pair(m_resolutionClusters, m_resolutionSilhouette);
    auto* layout = new QVBoxLayout(m_sweepBox);
    layout->addLayout(controls);
    layout->addWidget(m_kCharts, 1);
    layout->addWidget(m_resolutionCharts, 1);
    connect(m_sweepButton, &QPushButton::clicked, this, &RobustnessTab::startSweep);
    connect(m_sweepRow, &ProgressRow::cancelRequested, this, &RobustnessTab::cancel);
    return m_sweepBox;
}

QWidget* RobustnessTab::buildKInputs() {
    m_firstK = new QSpinBox;
    m_firstK->setObjectName(QStringLiteral("firstK"));
    m_lastK = new QSpinBox;
    m_lastK->setObjectName(QStringLiteral("lastK"));
    m_firstK->setRange(2, kDefaultLastK);
    m_lastK->setRange(2, kDefaultLastK);
    m_firstK->setValue(kDefaultFirstK);
    m_lastK->setValue(kDefaultLastK);
    m_firstK->setToolTip(tr("Smallest k to try (at least 2)"));
    m_lastK->setToolTip(tr("Largest k to try (fewer than the number of rows)"));
    // The range stays ordered whichever end the user moves.
    connect(m_firstK, &QSpinBox::valueChanged, this, [this](int k) {
        if (m_lastK->value() < k) m_lastK->setValue(k);
    });
    connect(m_lastK, &QSpinBox::valueChanged, this, [this](int k) {
        if (m_firstK->value() > k) m_firstK->setValue(k);
    });
    return labelledRow({{tr("k &from"), m_firstK}, {tr("t&o"), m_lastK}});
}

QWidget* RobustnessTab::buildResolutionInputs() {
    auto box = [](const char* name, double low, double high, double step, double value) {
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(QLatin1String(name));
        spin->setDecimals(2);
        spin->setRange(low, high);
        spin->setSingleStep(step);
        spin->setValue(value);
        return spin;
    };
    m_firstResolution = box("firstResolution", 0.01, 50.0, 0.1, kDefaultFirstResolution);
    m_lastResolution = box("lastResolution", 0.01, 50.0, 0.1, kDefaultLastResolution);
    m_resolutionStep = box("resolutionStep", 0.01, 10.0, 0.05, kDefaultResolutionStep);
    m_firstResolution->setToolTip(tr("Smallest Leiden resolution to try (above 0)"));
    m_lastResolution->setToolTip(tr("Largest Leiden resolution to try"));
    m_resolutionStep->setToolTip(
        tr("Step between the resolutions tried (at most 200 resolutions)"));
    connect(m_firstResolution, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_lastResolution->value() < value) m_lastResolution->setValue(value);
        updateControls();
    });
    connect(m_lastResolution, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_firstResolution->value() > value) m_firstResolution->setValue(value);
        updateControls();
    });
    connect(m_resolutionStep, &QDoubleSpinBox::valueChanged, this, [this] { updateControls(); });
    return labelledRow({{tr("Resolution &from"), m_firstResolution},
                        {tr("t&o"), m_lastResolution},
                        {tr("ste&p"), m_resolutionStep}});
}

QWidget* RobustnessTab::buildRepeatsSection() {
    auto* box = new QGroupBox(tr("Repeated seeds: is the difference more than seed noise?"));
    m_repeatCount = new QSpinBox;
    m_repeatCount->setObjectName(QStringLiteral("repeatCount"));
    m_repeatCount->setRange(2, 50);
    m_repeatCount->setValue(10);
    m_repeatCount->setToolTip(
        tr("How many times to run the whole pipeline, every seed moved "
           "on by one per repeat"));
    m_repeatButton = new QPushButton;
    m_repeatButton->setObjectName(QStringLiteral("repeatButton"));
    m_repeatsRow = new ProgressRow;
    auto* countLabel = new QLabel(tr("&Repeats"));
    countLabel->setBuddy(m_repeatCount);
    auto* controls = new QHBoxLayout;
    controls->addWidget(countLabel);
    controls->addWidget(m_repeatCount);
    controls->addSpacing(8);
    controls->addWidget(m_repeatButton);
    controls->addSpacing(8);
    controls->addWidget(m_repeatsRow, 1);

    auto* views = new QSplitter(Qt::Horizontal);
    m_views = views;
    views->installEventFilter(this);
    views->addWidget(m_table);
    views->addWidget(m_boxPlot);
    views->setChildrenCollapsible(false);
    // The table's intervals need the width; the box plot reads well narrower.
    views->setStretchFactor(0, 5);
    views->setStretchFactor(1, 2);
    views->setSizes({960, 380});
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(controls);
    layout->addWidget(views, 1);
    connect(m_repeatCount, &QSpinBox::valueChanged, this, [this] { updateControls(); });
    connect(m_repeatButton, &QPushButton::clicked, this, &RobustnessTab::startRepeats);
    connect(m_repeatsRow, &ProgressRow::cancelRequested, this, &RobustnessTab::cancel);
    connect(m_table, &RepeatsTableView::currentMetricChanged, this, &RobustnessTab::showMetric);
    return box;
}

}  // namespace latentlab::gui
