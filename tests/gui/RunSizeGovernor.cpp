#include "RunSizeGovernor.h"

#include "MainWindow.h"
#include "MethodRegistry.h"
#include "MethodsPanel.h"
#include "MonkeyInput.h"
#include "NetworkPanel.h"
#include "RobustnessTab.h"
#include "RunController.h"
#include "SettingsPanel.h"
#include "SliderSpinBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace latentlab;

namespace {

constexpr int kMaxSamples = 2500;
constexpr int kMaxFeatures = 20;
constexpr int kMaxNoise = 5;
constexpr int kMaxCenters = 10;
constexpr int kMaxK = 12;
constexpr int kMaxInits = 5;
constexpr int kMaxLayers = 4;
constexpr int kMaxWidth = 64;
constexpr int kMaxRepeats = 3;
constexpr int kMaxLastK = 12;
/// Epochs per pace (as fast as possible, 20 a second, 4 a second): at most ~2 s of training.
constexpr int kMaxEpochs[] = {40, 30, 6};

int maxEpochs(const gui::MainWindow& window) {
    const auto* pace = window.settings()->findChild<QComboBox*>(QStringLiteral("pace"));
    return kMaxEpochs[qBound(0, pace ? pace->currentIndex() : 0, 2)];
}

}  // namespace

void RunSizeGovernor::cap(QStringList& done, const char* control, double value, double maximum,
                          double minimum) {
    if (value <= maximum && value >= minimum) return;
    auto* box = m_window.settings()->findChild<gui::SliderSpinBox*>(QLatin1String(control));
    if (!box || !box->isVisible()) return;
    const double target = value > maximum ? maximum : minimum;
    monkeyinput::typeInto(box->findChild<QDoubleSpinBox*>(), QString::number(target), true);
    done << QStringLiteral("%1 %2 -> %3").arg(QLatin1String(control)).arg(value).arg(target);
}

void RunSizeGovernor::keepDefaultMethods(QStringList& done) {
    // The audits compare PCA's and the autoencoder's views with their run; UMAP, t-SNE,
    // Leiden and other baselines are tst_methodsgrid's. Ticks first, so the last box is
    // never the one unticked.
    const Config defaults;
    gui::MethodsPanel* panel = m_window.settings()->methodsPanel();
    for (bool tick : {true, false})
        for (const MethodInfo& info : methodCatalog()) {
            QCheckBox* box = panel->methodBox(info.name);
            if (!box || box->isChecked() == defaults.runs(info.name) ||
                defaults.runs(info.name) != tick)
                continue;
            box->click();
            done << QStringLiteral("method %1 -> %2").arg(info.name).arg(tick ? "on" : "off");
        }
    auto* clustering = panel->findChild<QComboBox*>(QStringLiteral("clusteringMethod"));
    if (clustering && clustering->currentIndex() != 0) {
        clustering->setCurrentIndex(0);
        done << QStringLiteral("clustering -> k-means");
    }
    auto* baseline = panel->findChild<QComboBox*>(QStringLiteral("baseline"));
    const int pca = baseline ? baseline->findData(QStringLiteral("pca")) : -1;
    if (pca >= 0 && baseline->currentIndex() != pca) {
        baseline->setCurrentIndex(pca);
        emit baseline->activated(pca);  // as the user's choice: the panel listens to it
        done << QStringLiteral("baseline -> pca");
    }
}

QStringList RunSizeGovernor::govern() {
    QStringList done;
    keepDefaultMethods(done);
    const Config config = m_window.config();
    if (config.data.source == DataSource::Blobs) {
        cap(done, "samples", config.data.samples, kMaxSamples, 0);
        cap(done, "features", config.data.features, kMaxFeatures, 0);
        cap(done, "noiseColumns", config.data.noiseColumns, kMaxNoise, 0);
        cap(done, "centers", config.data.centers, kMaxCenters, 0);
    }
    cap(done, "epochs", config.autoencoder.epochs, maxEpochs(m_window), 0);
    if (config.kmeans.k > 0) cap(done, "k", config.kmeans.k, kMaxK, 0);
    cap(done, "nInit", config.kmeans.nInit, kMaxInits, 0);

    auto* layers = m_window.settings()->networkPanel()->findChild<QListWidget*>("layers");
    auto* remove = m_window.settings()->networkPanel()->findChild<QPushButton*>("removeLayer");
    while (layers && remove && layers->count() > kMaxLayers && remove->isEnabled()) {
        monkeyinput::reveal(remove);
        monkeyinput::click(remove, remove->rect().center());
        done << QStringLiteral("removed a layer");
    }
    for (int row = 0; layers && row < layers->count(); ++row) {
        QListWidgetItem* item = layers->item(row);
        if (item->text().toInt() <= kMaxWidth) continue;
        // Double-click opens the width's editor; type a small width and commit.
        monkeyinput::reveal(layers);
        const QRect rect = layers->visualItemRect(item);
        monkeyinput::doubleClick(layers->viewport(), rect.center());
        if (auto* editor = layers->viewport()->findChild<QLineEdit*>()) {
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, QStringLiteral("16"));
            QTest::keyClick(editor, Qt::Key_Return);
            done << QStringLiteral("layer %1 width -> 16").arg(row + 1);
        }
    }

    const gui::RobustnessTab* robustness = m_window.robustness();
    for (auto [box, maximum] : {std::pair{robustness->repeatCountBox(), kMaxRepeats},
                                std::pair{robustness->lastKBox(), kMaxLastK}}) {
        if (box->value() <= maximum || !box->isEnabled()) continue;
        const int was = box->value();
        monkeyinput::typeInto(box, QString::number(maximum), true);
        done << QStringLiteral("%1 %2 -> %3").arg(box->objectName()).arg(was).arg(maximum);
    }

    gui::RunController* runs = m_window.runController();
    if (runs->isRunning() && tooLarge()) {
        QTest::keyClick(&m_window, Qt::Key_Escape);
        done << QStringLiteral("stopped a run that started too large");
    }
    if (runs->isRunning() && runs->isPaused()) {
        if (!m_pausedFor.isValid()) m_pausedFor.start();
        if (m_pausedFor.elapsed() > 4000) {
            m_window.action(QStringLiteral("pause"))->trigger();
            done << QStringLiteral("resumed a run paused for 4 s");
            m_pausedFor.invalidate();
        }
    } else {
        m_pausedFor.invalidate();
    }
    return done;
}

bool RunSizeGovernor::tooLarge() const {
    const Config& running = m_window.runController()->currentConfig();
    const bool blobs = running.data.source == DataSource::Blobs;
    return (blobs && running.data.samples > kMaxSamples) ||
           running.autoencoder.epochs > kMaxEpochs[0] ||
           int(running.autoencoder.encoder.size()) > kMaxLayers;
}
