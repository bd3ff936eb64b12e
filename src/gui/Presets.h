// Named starting points for the controls: the seed notebook exactly, and a tuned setup
// (Adam, smaller batches) that separates the 8 blobs far better.
#pragma once

#include "Config.h"

#include <QString>
#include <QStringList>

namespace latentlab::gui {

QStringList presetNames();
/// The preset's config; unknown names give the seed notebook.
Config presetConfig(const QString& name);
/// One sentence on what the preset is for (tooltips).
QString presetDescription(const QString& name);

}  // namespace latentlab::gui
