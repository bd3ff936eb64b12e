// Lays the views out at realistic sizes with real data (seed_blobs: PCA and k-means by hand,
// the autoencoder through the pipeline) and exports each one, so people can look at them.
// Not a test:  xvfb-run -a -s "-screen 0 1600x1000x24" latentlab-gui-gallery --out /tmp/gui-views
//   --dark          dark palette (Fusion)    --hold SECONDS  keep the window up for screenshots
//   --epochs N      autoencoder epochs (20)
#include "ChartExport.h"
#include "ConfusionMatrixView.h"
#include "LossChartView.h"
#include "MetricsTableView.h"
#include "Pipeline.h"
#include "ScatterView.h"
#include "SilhouettePlotView.h"
#include "VarianceBarsView.h"
#include "ViewTestData.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGridLayout>
#include <QStyleFactory>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <cstdio>

using namespace latentlab;
using namespace latentlab::gui;

namespace {

Eigen::MatrixXi confusionOf(const std::vector<int>& truth, const std::vector<int>& clusters,
                            int classes, int k) {
    Eigen::MatrixXi counts = Eigen::MatrixXi::Zero(classes, k);
    for (std::size_t i = 0; i < truth.size(); ++i) ++counts(truth[i], clusters[i]);
    return counts;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG/SVG files."),
                      QStringLiteral("dir"), QStringLiteral("/tmp/gui-views")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Use a dark palette.")});
    parser.addOption({QStringLiteral("hold"), QStringLiteral("Seconds to keep the window."),
                      QStringLiteral("seconds"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("Autoencoder epochs."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const bool dark = parser.isSet(QStringLiteral("dark"));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(viewtest::darkPalette());
    }
    const QString prefix = dark ? QStringLiteral("dark_") : QString();
    QDir().mkpath(parser.value(QStringLiteral("out")));
    const QDir out(parser.value(QStringLiteral("out")));

    const viewtest::Embedding& e = viewtest::seedBlobs();
    Config config;
    config.autoencoder.epochs = parser.value(QStringLiteral("epochs")).toInt();
    config.metrics.silhouette = SilhouetteMode::Sampled;
    config.metrics.silhouetteSample = 5000;
    Result result = runPipeline(config, e.data);

    QWidget window;
    window.setWindowTitle(QStringLiteral("LatentLab views"));
    auto* grid = new QGridLayout(&window);
    grid->setContentsMargins(8, 8, 8, 8);
    grid->setSpacing(8);

    auto* pca = new ScatterView;
    pca->setTitle(QStringLiteral("PCA"));
    pca->setAxisTitles(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
    pca->setData(e.latent, e.data.labels, e.data.labelNames, e.clustering.labels,
                 e.clustering.centers);
    auto* ae = new ScatterView;
    ae->setTitle(QStringLiteral("Autoencoder"));
    ae->setAxisTitles(QStringLiteral("z1"), QStringLiteral("z2"));
    ae->setData(result.space("autoencoder").embedding, e.data.labels, e.data.labelNames,
                result.space("autoencoder").clustering.labels,
                result.space("autoencoder").clustering.centers);
    ae->setNote(QStringLiteral("after %1 epochs").arg(config.autoencoder.epochs));

    auto* loss = new LossChartView;
    loss->setEpochCount(config.autoencoder.epochs);
    loss->setLoss(result.loss);
    auto* variance = new VarianceBarsView;
    variance->setExplainedVarianceRatio(e.varianceRatio);
    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(loss);
    sideLayout->addWidget(variance);

    auto* metrics = new MetricsTableView;
    metrics->setMetrics({result.space("pca").metrics, result.space("autoencoder").metrics});
    auto* confusion = new ConfusionMatrixView;
    confusion->setMatrix(confusionOf(e.data.labels, e.clustering.labels, e.data.classes(), 8),
                         e.data.labelNames, QStringLiteral("PCA: true label \u00d7 cluster"));
    auto* silhouette = new SilhouettePlotView;
    silhouette->setSilhouettes(result.space("autoencoder").silhouetteLatent,
                               result.space("autoencoder").clustering.labels,
                               QStringLiteral("Autoencoder: silhouette per sample"));

    grid->addWidget(pca, 0, 0);
    grid->addWidget(ae, 0, 1);
    grid->addWidget(side, 0, 2);
    grid->addWidget(metrics, 1, 0);
    grid->addWidget(confusion, 1, 1);
    grid->addWidget(silhouette, 1, 2);
    for (int column = 0; column < 3; ++column) grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    window.resize(1580, 960);
    window.move(10, 10);
    window.show();

    const int hold = parser.value(QStringLiteral("hold")).toInt();
    QTimer::singleShot(800, &app, [&] {
        const std::pair<QWidget*, QString> views[] = {
            {pca, QStringLiteral("pca_scatter")},
            {ae, QStringLiteral("ae_scatter")},
            {loss, QStringLiteral("loss")},
            {variance, QStringLiteral("pca_variance")},
            {metrics, QStringLiteral("metrics")},
            {confusion, QStringLiteral("confusion_pca")},
            {silhouette, QStringLiteral("silhouette_ae")}};
        for (const auto& [view, name] : views) {
            QString error;
            const QString png = out.filePath(prefix + name + QStringLiteral(".png"));
            const QString svg = out.filePath(prefix + name + QStringLiteral(".svg"));
            if (!ChartExport::savePng(view, png, 2.0, &error) ||
                !ChartExport::saveSvg(view, svg, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        }
        loss->setLogScale(true);
        QString error;
        if (!ChartExport::savePng(loss, out.filePath(prefix + QStringLiteral("loss_log.png")), 2.0,
                                  &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
        QTimer::singleShot(hold * 1000, &app, &QApplication::quit);
    });
    return app.exec();
}
