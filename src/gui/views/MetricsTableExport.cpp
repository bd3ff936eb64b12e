// MetricsTableView's exports: metrics_table.csv and the table drawn whole for Export all.
#include "MetricsTableView.h"

#include "MetricFormat.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableWidget>
#include <cmath>

namespace latentlab::gui {

namespace {

QString csvNumber(double value) {
    return std::isfinite(value) ? QString::number(value, 'g', 17) : QString();
}

QString csvText(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

}  // namespace

QString MetricsTableView::toCsv() const {
    QStringList header{QStringLiteral("metric"), QStringLiteral("label")};
    for (const std::string& method : m_methods) header << QString::fromStdString(method);
    const std::vector<std::string> others = compared();
    for (const std::string& method : others)
        header << (m_methods.size() == 2 ? QStringLiteral("difference")
                                         : QString::fromStdString(method + "_minus_" + m_baseline));
    header << QStringLiteral("higher_is_better");
    QStringList lines{header.join(QLatin1Char(','))};
    const int baseColumn = valueColumn(m_baseline);
    for (const MetricInfo& info : metricCatalog()) {
        QStringList line{QString::fromUtf8(info.key), csvText(QString::fromUtf8(info.label))};
        const auto valueOf = [&](int column) {
            return m_hasValues && column >= 0 ? m_values[std::size_t(column)].*info.member
                                              : kNotAvailable;
        };
        for (std::size_t i = 0; i < m_methods.size(); ++i) line << csvNumber(valueOf(int(i)));
        for (const std::string& method : others)
            line << csvNumber(valueOf(valueColumn(method)) - valueOf(baseColumn));
        line << (info.higherIsBetter ? QStringLiteral("true") : QStringLiteral("false"));
        lines << line.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QSize MetricsTableView::exportSize() const {
    int width = m_table->verticalHeader()->sizeHint().width() + 2 * m_table->frameWidth();
    for (int column = 0; column < m_table->columnCount(); ++column)
        width += m_table->columnWidth(column);
    const int rowHeight = comfortableRowHeight();
    const int height = m_table->horizontalHeader()->sizeHint().height() +
                       2 * m_table->frameWidth() + visibleRows() * rowHeight;
    return QSize(width, height);
}

void MetricsTableView::renderTo(QPainter& painter, const QRectF& target) {
    // Lay the table out at its full size so no row is scrolled away, then paint it.
    const QSize full = exportSize();
    const QSize original = m_table->size();
    const auto horizontal = m_table->horizontalScrollBarPolicy();
    const auto vertical = m_table->verticalScrollBarPolicy();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int maximumHeight = m_table->maximumHeight();
    m_table->setMaximumHeight(QWIDGETSIZE_MAX);
    m_table->resize(full);
    const auto rowMode = m_table->verticalHeader()->sectionResizeMode(0);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / full.width(), target.height() / full.height());
    m_table->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
    m_table->verticalHeader()->setSectionResizeMode(rowMode);
    m_table->setMaximumHeight(maximumHeight);
    m_table->resize(original);
    m_table->setHorizontalScrollBarPolicy(horizontal);
    m_table->setVerticalScrollBarPolicy(vertical);
}

}  // namespace latentlab::gui
