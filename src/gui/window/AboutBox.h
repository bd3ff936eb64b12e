// Help → About: what LatentLab is, and the versions of Qt and Eigen it runs on.
#pragma once

class QWidget;

namespace latentlab::gui {

void showAboutBox(QWidget* parent);

}  // namespace latentlab::gui
