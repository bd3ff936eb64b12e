#include "MethodsPanel.h"

#include "MethodRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace latentlab::gui {

namespace {

QSpinBox* intBox(int minimum, int maximum, const QString& name, const QString& tip,
                 const QString& special = QString()) {
    auto* box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setObjectName(name);
    box->setToolTip(tip);
    if (!special.isEmpty()) box->setSpecialValueText(special);
    return box;
}

QDoubleSpinBox* realBox(double minimum, double maximum, int decimals, double step,
                        const QString& name, const QString& tip,
                        const QString& special = QString()) {
    auto* box = new QDoubleSpinBox;
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setObjectName(name);
    box->setToolTip(tip);
    if (!special.isEmpty()) box->setSpecialValueText(special);
    return box;
}

// Seeds beyond a spin box's int range are kept by the config the panel started from.
constexpr int kMaxSeed = 1'000'000'000;

}  // namespace

MethodsPanel::MethodsPanel(QWidget* parent) : ConfigPanel(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* boxes = new QGridLayout;
    const auto& catalog = methodCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        auto* box = new QCheckBox(QString::fromUtf8(catalog[i].title));
        box->setObjectName(QStringLiteral("method_") + QString::fromUtf8(catalog[i].name));
        box->setToolTip(
            catalog[i].hasTransform
                ? tr("Run %1 and compare its space with the others'").arg(box->text())
                : tr("Run %1 and compare its space with the others' (no transform for new "
                     "rows: Apply model leaves it out)")
                      .arg(box->text()));
        boxes->addWidget(box, int(i) / 2, int(i) % 2);
        m_methodBoxes.push_back(box);
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            // A run compares at least one method: the last one stays ticked.
            if (!on && methods().empty()) {
                const QSignalBlocker block(box);
                box->setChecked(true);
                return;
            }
            updateRows();
            emit changed();
        });
    }
    column->addLayout(boxes);
    auto* form = new QFormLayout;
    m_baseline = new QComboBox;
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setToolTip(
        tr("The method the others are compared with: the metrics table's "
           "difference columns and the repeats' paired differences"));
    form->addRow(tr("&Baseline"), m_baseline);
    column->addLayout(form);
    connect(m_baseline, &QComboBox::activated, this, [this] {
        m_baselineWanted = m_baseline->currentData().toString().toStdString();
        emit changed();
    });
    column->addWidget(buildClustering());
    column->addWidget(m_umap = buildUmap());
    column->addWidget(m_tsne = buildTsne());
    showConfig(Config());
}

void MethodsPanel::connectChanged(QWidget* control) {
    if (auto* box = qobject_cast<QSpinBox*>(control))
        connect(box, &QSpinBox::valueChanged, this, &ConfigPanel::changed);
    else if (auto* real = qobject_cast<QDoubleSpinBox*>(control))
        connect(real, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::changed);
    else if (auto* combo = qobject_cast<QComboBox*>(control))
        connect(combo, &QComboBox::currentIndexChanged, this, &ConfigPanel::changed);
}

QWidget* MethodsPanel::buildClustering() {
    auto* widget = new QWidget;
    auto* form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    m_clustering = new QComboBox;
    m_clustering->setObjectName(QStringLiteral("clusteringMethod"));
    m_clustering->addItem(tr("k-means"), int(ClusteringMethod::KMeans));
    m_clustering->addItem(tr("Leiden (kNN graph)"), int(ClusteringMethod::Leiden));
    m_clustering->setToolTip(
        tr("How every method's space is clustered: k-means with the k of "
           "the Clustering panel, or Leiden on a neighbour graph"));
    form->addRow(tr("Cl&ustering"), m_clustering);
    m_leidenRows = new QWidget;
    auto* leiden = new QFormLayout(m_leidenRows);
    leiden->setContentsMargins(0, 0, 0, 0);
    m_leidenNeighbors = intBox(2, 200, QStringLiteral("leidenNeighbors"),
                               tr("leiden.neighbors: k of the graph, the point itself included"));
    m_leidenResolution = realBox(0.01, 20.0, 2, 0.1, QStringLiteral("leidenResolution"),
                                 tr("leiden.resolution: higher gives more, smaller clusters"));
    leiden->addRow(tr("Graph neighbours"), m_leidenNeighbors);
    leiden->addRow(tr("Resolution"), m_leidenResolution);
    form->addRow(m_leidenRows);
    connect(m_clustering, &QComboBox::currentIndexChanged, this, [this] { updateRows(); });
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_clustering, m_leidenNeighbors, m_leidenResolution})
        connectChanged(control);
    return widget;
}

QGroupBox* MethodsPanel::buildUmap() {
    auto* box = new QGroupBox(tr("UMAP"));
    box->setObjectName(QStringLiteral("umapSettings"));
    auto* form = new QFormLayout(box);
    m_umapNeighbors = intBox(2, 200, QStringLiteral("umapNeighbors"),
                             tr("umap.neighbors: size of the local neighbourhood (15)"));
    m_umapMinDist = realBox(0.0, 10.0, 3, 0.05, QStringLiteral("umapMinDist"),
                            tr("umap.min_dist: how tightly points may pack (0.1)"));
    m_umapSpread = realBox(0.01, 10.0, 2, 0.1, QStringLiteral("umapSpread"),
                           tr("umap.spread: the scale of the embedded points (1.0)"));
    m_umapEpochs = intBox(0, 5000, QStringLiteral("umapEpochs"),
                          tr("umap.epochs: 0 = auto, 500 up to 10,000 rows, else 200"), tr("auto"));
    m_umapNegativeRate = intBox(0, 50, QStringLiteral("umapNegativeSampleRate"),
                                tr("umap.negative_sample_rate: repulsive samples per "
                                   "attractive one (5)"));
    m_umapInit = new QComboBox;
    m_umapInit->setObjectName(QStringLiteral("umapInit"));
    for (UmapInit init : {UmapInit::Spectral, UmapInit::Pca, UmapInit::Random})
        m_umapInit->addItem(QString::fromLatin1(toString(init)), int(init));
    m_umapInit->setToolTip(tr("umap.init: how the layout starts (spectral, as umap-learn)"));
    m_umapSeed = intBox(0, kMaxSeed, QStringLiteral("umapSeed"), tr("umap.seed"));
    form->addRow(tr("Neighbours"), m_umapNeighbors);
    form->addRow(tr("min_dist"), m_umapMinDist);
    form->addRow(tr("Spread"), m_umapSpread);
    form->addRow(tr("Epochs"), m_umapEpochs);
    form->addRow(tr("Negative rate"), m_umapNegativeRate);
    form->addRow(tr("Init"), m_umapInit);
    form->addRow(tr("Seed"), m_umapSeed);
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_umapNeighbors, m_umapMinDist, m_umapSpread, m_umapEpochs,
                                         m_umapNegativeRate, m_umapInit, m_umapSeed})
        connectChanged(control);
    return box;
}

QGroupBox* MethodsPanel::buildTsne() {
    auto* box = new QGroupBox(tr("t-SNE"));
    box->setObjectName(QStringLiteral("tsneSettings"));
    auto* form = new QFormLayout(box);
    m_tsnePerplexity = realBox(1.0, 500.0, 1, 5.0, QStringLiteral("tsnePerplexity"),
                               tr("tsne.perplexity: effective number of neighbours (30)"));
    m_tsneExaggeration = realBox(1.0, 100.0, 1, 1.0, QStringLiteral("tsneEarlyExaggeration"),
                                 tr("tsne.early_exaggeration: P is multiplied by it for the "
                                    "first 250 iterations (12)"));
    m_tsneLearningRate = realBox(0.0, 100000.0, 0, 50.0, QStringLiteral("tsneLearningRate"),
                                 tr("tsne.learning_rate: 0 = auto, max(rows / exaggeration / 4, "
                                    "50)"),
                                 tr("auto"));
    m_tsneIterations = intBox(250, 10000, QStringLiteral("tsneIterations"),
                              tr("tsne.iterations: at least 250, the exaggeration phase (1000)"));
    m_tsneTheta = realBox(0.0, 1.0, 2, 0.05, QStringLiteral("tsneTheta"),
                          tr("tsne.theta: Barnes-Hut angle; 0 = exact gradient (0.5)"));
    m_tsneInit = new QComboBox;
    m_tsneInit->setObjectName(QStringLiteral("tsneInit"));
    for (TsneInit init : {TsneInit::Pca, TsneInit::Random})
        m_tsneInit->addItem(QString::fromLatin1(toString(init)), int(init));
    m_tsneInit->setToolTip(tr("tsne.init: how the embedding starts (pca, as scikit-learn)"));
    m_tsneSeed = intBox(0, kMaxSeed, QStringLiteral("tsneSeed"), tr("tsne.seed"));
    form->addRow(tr("Perplexity"), m_tsnePerplexity);
    form->addRow(tr("Exaggeration"), m_tsneExaggeration);
    form->addRow(tr("Learning rate"), m_tsneLearningRate);
    form->addRow(tr("Iterations"), m_tsneIterations);
    form->addRow(tr("Theta"), m_tsneTheta);
    form->addRow(tr("Init"), m_tsneInit);
    form->addRow(tr("Seed"), m_tsneSeed);
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_tsnePerplexity, m_tsneExaggeration, m_tsneLearningRate,
                                         m_tsneIterations, m_tsneTheta, m_tsneInit, m_tsneSeed})
        connectChanged(control);
    return box;
}

std::vector<std::string> MethodsPanel::methods() const {
    std::vector<std::string> ticked;
    const auto& catalog = methodCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (m_methodBoxes[i]->isChecked()) ticked.emplace_back(catalog[i].name);
    return ticked;
}

QCheckBox* MethodsPanel::methodBox(const std::string& method) const {
    const auto& catalog = methodCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (method == catalog[i].name) return m_methodBoxes[i];
    return nullptr;
}

void MethodsPanel::showConfig(const Config& config) {
    const QSignalBlocker block(this);
    // The blockers keep each control's own signal from reaching changed() mid-way.
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject* child : findChildren<QWidget*>())
        blockers.push_back(std::make_unique<QSignalBlocker>(child));
    const auto& catalog = methodCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i)
        m_methodBoxes[i]->setChecked(config.runs(catalog[i].name));
    m_baselineWanted = config.compare.baseline;
    m_clustering->setCurrentIndex(m_clustering->findData(int(config.clustering.method)));
    m_leidenNeighbors->setValue(config.leiden.neighbors);
    m_leidenResolution->setValue(config.leiden.resolution);
    m_umapNeighbors->setValue(config.umap.neighbors);
    m_umapMinDist->setValue(config.umap.minDist);
    m_umapSpread->setValue(config.umap.spread);
    m_umapEpochs->setValue(config.umap.epochs);
    m_umapNegativeRate->setValue(config.umap.negativeSampleRate);
    m_umapInit->setCurrentIndex(m_umapInit->findData(int(config.umap.init)));
    m_umapSeed->setValue(int(std::min<std::uint64_t>(config.umap.seed, kMaxSeed)));
    m_tsnePerplexity->setValue(config.tsne.perplexity);
    m_tsneExaggeration->setValue(config.tsne.earlyExaggeration);
    m_tsneLearningRate->setValue(config.tsne.learningRate);
    m_tsneIterations->setValue(config.tsne.iterations);
    m_tsneTheta->setValue(config.tsne.theta);
    m_tsneInit->setCurrentIndex(m_tsneInit->findData(int(config.tsne.init)));
    m_tsneSeed->setValue(int(std::min<std::uint64_t>(config.tsne.seed, kMaxSeed)));
    updateRows();
}

void MethodsPanel::applyTo(Config& config) const {
    config.methods = methods();
    config.compare.baseline = m_baselineWanted;
    config.clustering.method = ClusteringMethod(m_clustering->currentData().toInt());
    config.leiden.neighbors = m_leidenNeighbors->value();
    config.leiden.resolution = m_leidenResolution->value();
    config.umap.neighbors = m_umapNeighbors->value();
    config.umap.minDist = m_umapMinDist->value();
    config.umap.spread = m_umapSpread->value();
    config.umap.epochs = m_umapEpochs->value();
    config.umap.negativeSampleRate = m_umapNegativeRate->value();
    config.umap.init = UmapInit(m_umapInit->currentData().toInt());
    if (config.umap.seed < std::uint64_t(kMaxSeed) || m_umapSeed->value() < kMaxSeed)
        config.umap.seed = std::uint64_t(m_umapSeed->value());
    config.tsne.perplexity = m_tsnePerplexity->value();
    config.tsne.earlyExaggeration = m_tsneExaggeration->value();
    config.tsne.learningRate = m_tsneLearningRate->value();
    config.tsne.iterations = m_tsneIterations->value();
    config.tsne.theta = m_tsneTheta->value();
    config.tsne.init = TsneInit(m_tsneInit->currentData().toInt());
    if (config.tsne.seed < std::uint64_t(kMaxSeed) || m_tsneSeed->value() < kMaxSeed)
        config.tsne.seed = std::uint64_t(m_tsneSeed->value());
}

void MethodsPanel::updateRows() {
    const std::vector<std::string> ticked = methods();
    {
        const QSignalBlocker block(m_baseline);
        m_baseline->clear();
        for (const std::string& method : ticked)
            m_baseline->addItem(QString::fromUtf8(methodInfo(method).title),
                                QString::fromStdString(method));
        // The wanted baseline when it runs; else the run falls back to the first method
        // (Config::baselineMethod), and so does the box, keeping the wish for later.
        const int wanted = m_baseline->findData(QString::fromStdString(m_baselineWanted));
        m_baseline->setCurrentIndex(std::max(0, wanted));
    }
    m_baseline->setEnabled(ticked.size() > 1);
    m_leidenRows->setVisible(ClusteringMethod(m_clustering->currentData().toInt()) ==
                             ClusteringMethod::Leiden);
    // Parameters of the methods not run are out of the way.
    if (QCheckBox* umap = methodBox("umap")) m_umap->setVisible(umap->isChecked());
    if (QCheckBox* tsne = methodBox("tsne")) m_tsne->setVisible(tsne->isChecked());
}

}  // namespace latentlab::gui
