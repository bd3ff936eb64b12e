// RobustnessTab's two sections as laid out: the k sweep (range, charts) and the repeats
// (count, table, box plot). The tab's behaviour is in RobustnessTab.cpp.
#include "RobustnessTab.h"

#include "KSweepChartView.h"
#include "MetricBoxPlotView.h"
#include "ProgressRow.h"
#include "RepeatsTableView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace latentlab::gui {

QWidget* RobustnessTab::buildSweepSection() {
    auto* box = new QGroupBox(tr("k sweep: how the clustering changes with k"));
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
    m_sweepButton = new QPushButton(tr("S&weep k"));
    m_sweepButton->setObjectName(QStringLiteral("sweepButton"));
    m_sweepRow = new ProgressRow;
    auto* fromLabel = new QLabel(tr("k &from"));
    fromLabel->setBuddy(m_firstK);
    auto* toLabel = new QLabel(tr("t&o"));
    toLabel->setBuddy(m_lastK);
    auto* controls = new QHBoxLayout;
    controls->addWidget(fromLabel);
    controls->addWidget(m_firstK);
    controls->addWidget(toLabel);
    controls->addWidget(m_lastK);
    controls->addSpacing(8);
    controls->addWidget(m_sweepButton);
    controls->addSpacing(8);
    controls->addWidget(m_sweepRow, 1);

    auto* charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_elbow);
    charts->addWidget(m_silhouette);
    charts->setChildrenCollapsible(false);
    charts->setSizes({1000, 1000});
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(controls);
    layout->addWidget(charts, 1);
    connect(m_sweepButton, &QPushButton::clicked, this, &RobustnessTab::startSweep);
    connect(m_sweepRow, &ProgressRow::cancelRequested, this, &RobustnessTab::cancel);
    return box;
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
