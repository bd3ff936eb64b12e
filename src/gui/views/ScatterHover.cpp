#include "ScatterHover.h"

#include "NumberFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace latentlab::gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ScatterView", text); }

QString number(double value) { return QLocale().toString(value, 'g', 4); }

}  // namespace

void ScatterHover::setContext(Context context) {
    m_context = std::move(context);
    m_viewRowOf.clear();
    m_indexValid = false;
}

int ScatterHover::datasetRow(int viewRow) const {
    if (viewRow < 0) return -1;
    const auto& rows = m_context.datasetRows;
    if (rows.empty()) return viewRow;
    return viewRow < int(rows.size()) ? rows[std::size_t(viewRow)] : -1;
}

int ScatterHover::viewRow(int datasetRow) const {
    const auto& rows = m_context.datasetRows;
    if (datasetRow < 0) return -1;
    if (rows.empty()) return datasetRow;
    if (m_viewRowOf.empty()) {
        int count = 0;
        for (int row : rows) count = std::max(count, row + 1);
        m_viewRowOf.assign(std::size_t(count), -1);
        for (std::size_t i = 0; i < rows.size(); ++i) m_viewRowOf[std::size_t(rows[i])] = int(i);
    }
    return datasetRow < int(m_viewRowOf.size()) ? m_viewRowOf[std::size_t(datasetRow)] : -1;
}

int ScatterHover::nearest(const Eigen::MatrixXd& xy, const std::vector<bool>& hiddenRows, double x,
                          double y, double radiusX, double radiusY) {
    if (!m_indexValid) {
        Eigen::MatrixXd shown = xy.leftCols(std::min<Eigen::Index>(2, xy.cols()));
        // Hidden groups are not hovered: their rows stay out of the index.
        for (std::size_t row = 0; row < hiddenRows.size() && Eigen::Index(row) < shown.rows();
             ++row)
            if (hiddenRows[row]) shown.row(Eigen::Index(row)).setConstant(std::nan(""));
        m_index = PointIndex(shown);
        m_indexValid = true;
    }
    return m_index.nearest(x, y, radiusX, radiusY);
}

QString ScatterHover::describe(int viewRow, const Facts& facts) const {
    const int row = datasetRow(viewRow);
    if (row < 0) return QString();
    QStringList lines;
    const QString numbered = tr("row %1").arg(report::NumberFormat::count(row + 1));
    const Dataset* data = m_context.data.get();
    if (data && row < int(data->rowNames.size()))
        lines << QStringLiteral("%1 (%2)").arg(
            QString::fromStdString(data->rowNames[std::size_t(row)]), numbered);
    else
        lines << numbered;
    if (!facts.label.isEmpty()) lines << tr("label: %1").arg(facts.label);
    if (facts.cluster >= 0) lines << tr("cluster %1").arg(facts.cluster);
    lines << QStringLiteral("%1 %2 · %3 %4")
                 .arg(facts.axisX.isEmpty() ? QStringLiteral("x") : facts.axisX, number(facts.x),
                      facts.axisY.isEmpty() ? QStringLiteral("y") : facts.axisY, number(facts.y));
    const Eigen::VectorXd& silhouette = m_context.silhouette;
    if (row < silhouette.size() && std::isfinite(silhouette(row)))
        lines << tr("silhouette %1").arg(QLocale().toString(silhouette(row), 'f', 3));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace latentlab::gui
