#include "RunStamp.h"

#include "NumberFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace latentlab::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("RunStamp", text); }

}  // namespace

QString RunStamp::name() const {
    if (isNull()) return tr("no run");
    const QString run = tr("run %1").arg(number);
    return session.isEmpty() ? run : tr("%1 (%2)").arg(run, session);
}

QString RunStamp::title() const { return data.isEmpty() ? name() : name() + ": " + data; }

QString describeData(const Config& config, const Dataset* data) {
    const QString source = config.data.source == DataSource::Csv
                               ? QFileInfo(QString::fromStdString(config.data.path)).fileName()
                               : (config.data.source == DataSource::Counts ? tr("simulated counts")
                                                                           : tr("generated blobs"));
    qlonglong rows = config.data.samples;
    qlonglong columns = config.data.features + config.data.noiseColumns;
    if (data) {
        rows = data->rows();
        columns = data->columns();
    } else if (config.data.source != DataSource::Blobs) {
        return source;  // its size is known once it is read
    }
    return tr("%1, %2 × %3")
        .arg(source, report::NumberFormat::count(rows), report::NumberFormat::count(columns));
}

}  // namespace latentlab::gui
