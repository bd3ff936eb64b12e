#include "ViewTestData.h"

#include "Palette.h"
#include "Pca.h"
#include "ScatterView.h"
#include "TestData.h"

#include <algorithm>
#include <cstdlib>

namespace viewtest {

const Embedding& seedBlobs() {
    static const Embedding embedding = [] {
        Embedding e;
        e.data = testdata::referenceCsv(QStringLiteral("seed_blobs.csv"));
        const Eigen::RowVectorXd low = e.data.features.colwise().minCoeff();
        const Eigen::RowVectorXd range = e.data.features.colwise().maxCoeff() - low;
        e.scaled = (e.data.features.rowwise() - low).array().rowwise() / range.array().max(1e-12);
        latentlab::Pca full(int(e.scaled.cols()));
        full.fit(e.scaled);
        e.varianceRatio = full.explainedVarianceRatio();
        latentlab::Pca pca(2);
        e.latent = pca.fitTransform(e.scaled);
        latentlab::KMeansConfig config;
        config.k = 8;
        config.nInit = 3;
        config.seed = 42;
        e.clustering = latentlab::KMeans(config).fit(e.latent);
        return e;
    }();
    return embedding;
}

int pixelsNear(const QImage& image, const QColor& colour, int tolerance) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance &&
                std::abs(qGreen(line[x]) - colour.green()) <= tolerance &&
                std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

int paletteColoursPresent(const QImage& image, int count, int minimumPixels) {
    int present = 0;
    for (int i = 0; i < count; ++i)
        if (pixelsNear(image, latentlab::gui::Palette::color(i), 24) >= minimumPixels) ++present;
    return present;
}

int nonBackgroundPixels(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = rgb.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (line[x] != background) ++count;
    }
    return count;
}

int colouredPixels(const QImage& image, int chroma) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (std::max({r, g, b}) - std::min({r, g, b}) >= chroma) ++count;
        }
    }
    return count;
}

latentlab::gui::ScatterView* seedBlobsScatter() {
    auto* view = new latentlab::gui::ScatterView;
    view->resize(760, 560);
    view->setTitle(QStringLiteral("PCA"));
    view->setAxisTitles(QStringLiteral("PC 1"), QStringLiteral("PC 2"));
    const Embedding& e = seedBlobs();
    view->setData(e.latent, e.data.labels, e.data.labelNames, e.clustering.labels,
                  e.clustering.centers);
    return view;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Base, QColor(0x1F, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2B, 0x2D, 0x31));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3B));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7A, 0xC6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3B));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE6, 0xE6));
    return p;
}

latentlab::MethodMetrics handMadePca() {
    latentlab::MethodMetrics m;
    m.reconstructionMse = 0.020;
    m.inertia = 1500.0;
    m.inertiaOverTss = 0.10;
    m.silhouetteLatent = 0.60;
    m.silhouetteInput = 0.45;
    m.ari = 0.70;
    m.nmi = 0.80;
    m.calinskiHarabasz = 52000.0;
    m.daviesBouldin = 0.55;
    m.trustworthiness = 0.95;
    m.seconds = 0.0312;
    return m;
}

latentlab::MethodMetrics handMadeAutoencoder() {
    latentlab::MethodMetrics m = handMadePca();
    m.reconstructionMse = 0.012;  // lower is better: AE wins
    m.ari = 0.65;                 // higher is better: PCA wins
    m.daviesBouldin = 0.70;       // lower is better: PCA wins
    m.silhouetteLatent = 0.72;    // higher is better: AE wins
    m.nmi = 0.80;                 // tie: nobody marked
    m.finalLoss = 0.0118;         // only the AE has it: nobody marked
    m.seconds = 4.5;
    return m;
}

}  // namespace viewtest
