#include "AboutBox.h"

#include <Eigen/Core>
#include <QApplication>
#include <QMessageBox>

namespace latentlab::gui {

void showAboutBox(QWidget* parent) {
    QMessageBox::about(
        parent, QApplication::translate("AboutBox", "About LatentLab"),
        QApplication::translate("AboutBox",
                                "<h3>LatentLab %1</h3><p>PCA and a small autoencoder side by "
                                "side, before k-means.</p><p>Qt %2 (built with %3), Eigen "
                                "%4.%5.%6</p>")
            .arg(QApplication::applicationVersion(), qVersion(), QT_VERSION_STR)
            .arg(EIGEN_WORLD_VERSION)
            .arg(EIGEN_MAJOR_VERSION)
            .arg(EIGEN_MINOR_VERSION));
}

}  // namespace latentlab::gui
