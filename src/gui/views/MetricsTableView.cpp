#include "MetricsTableView.h"

#include "ChartStyle.h"
#include "MethodStyle.h"
#include "MetricFormat.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace latentlab::gui {

MetricsTableView::MetricsTableView(QWidget* parent) : QWidget(parent) {
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrow keys move between cells; Tab moves on to the next control, not the next cell.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setHighlightSections(false);
    m_referenceLine = new QLabel(this);
    m_referenceLine->setObjectName(QStringLiteral("metricsReference"));
    m_referenceLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_referenceLine->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_referenceLine);
    layout->addWidget(m_table, 1);
    layout->addStretch(0);  // takes the part of a row left under a scrolling table
    const Config defaults;
    setMethods(defaults.methods, defaults.baselineMethod());
}

std::vector<std::string> MetricsTableView::compared() const {
    std::vector<std::string> others;
    for (const std::string& method : m_methods)
        if (method != m_baseline) others.push_back(method);
    return others;
}

int MetricsTableView::valueColumn(const std::string& method) const {
    for (std::size_t i = 0; i < m_methods.size(); ++i)
        if (m_methods[i] == method) return int(i);
    return -1;
}

int MetricsTableView::differenceColumn(const std::string& method) const {
    const std::vector<std::string> others = compared();
    for (std::size_t i = 0; i < others.size(); ++i)
        if (others[i] == method) return int(m_methods.size() + i);
    return -1;
}

void MetricsTableView::setMethods(const std::vector<std::string>& methods,
                                  const std::string& baseline) {
    if (methods == m_methods && baseline == m_baseline) return;
    m_methods = methods;
    m_baseline = baseline;
    m_values.clear();
    m_hasValues = false;
    m_table->setColumnCount(int(m_methods.size() + compared().size()));
    setHeaders();
    fillRows();
    markBetter();
    hideEmptyRows();
    fitColumns();
    fitRows();
    updateGeometry();
}

void MetricsTableView::setHeaders() {
    // Full names while two methods share the table; short ones ("AE") when more do, so four
    // methods and their three differences stay readable beside the loss chart.
    const bool roomy = m_methods.size() <= 2;
    for (std::size_t i = 0; i < m_methods.size(); ++i) {
        auto* item = new QTableWidgetItem(roomy ? MethodStyle::name(m_methods[i])
                                                : MethodStyle::shortName(m_methods[i]));
        item->setToolTip(MethodStyle::name(m_methods[i]));
        m_table->setHorizontalHeaderItem(int(i), item);
    }
    for (const std::string& method : compared()) {
        auto* item =
            new QTableWidgetItem(MethodStyle::shortName(method) + QStringLiteral(" \u2212 ") +
                                 MethodStyle::shortName(m_baseline));
        item->setToolTip(tr("Difference: %1 minus %2 (the baseline, compare.baseline)")
                             .arg(MethodStyle::name(method), MethodStyle::name(m_baseline)));
        m_table->setHorizontalHeaderItem(differenceColumn(method), item);
    }
}

void MetricsTableView::fitColumns() {
    // Wide enough for any value the formats give below a million, in bold (the marked ones
    // are bold), whatever this run's values: the table, and the loss chart beside it, then
    // keep their places from run to run. Only a sampled silhouette (a setting, not a value)
    // or a larger value still widens a column, rather than being cut.
    // With more than two methods the table has seven columns or so: then each is as wide as
    // this run's values need, so the comparison fits beside the loss chart on a laptop.
    const bool crowded = m_methods.size() > 2;
    QFont boldFont = m_table->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    QStringList values;
    if (!crowded)
        values = QStringList{MetricFormat::value(-888888.0), MetricFormat::value(-8.888e-4),
                             MetricFormat::seconds(8888.88)};
    int sample = 0;
    for (const MethodMetrics& metrics : m_values)
        sample = std::max(sample, metrics.silhouetteSampleSize);
    if (m_hasValues && sample > 0) values << MetricFormat::withInterval(-0.888, 0.888, sample);
    QStringList differences;
    if (!crowded)
        differences =
            QStringList{MetricFormat::difference(-888888.0), MetricFormat::difference(-8.888e-4)};
    for (int column = 0; column < m_table->columnCount(); ++column) {
        int widest = m_table->horizontalHeader()->sectionSizeHint(column);
        for (const QString& text : isDifferenceColumn(column) ? differences : values)
            widest = std::max(widest, bold.horizontalAdvance(text));
        for (int row = 0; row < m_table->rowCount(); ++row)
            widest = std::max(widest, bold.horizontalAdvance(m_table->item(row, column)->text()));
        m_table->setColumnWidth(column, widest + (crowded ? 12 : 20));
    }
}

int MetricsTableView::compactRowHeight() const { return m_table->fontMetrics().height() + 6; }

int MetricsTableView::comfortableRowHeight() const { return m_table->fontMetrics().height() + 10; }

bool MetricsTableView::rowsScrollAt(int height) const {
    const int available = height - referenceLineHeight() - 2 * m_table->frameWidth() -
                          m_table->horizontalHeader()->sizeHint().height();
    return available < compactRowHeight() * visibleRows();
}

int MetricsTableView::heightForRows(int rows) const {
    return referenceLineHeight() + m_table->horizontalHeader()->sizeHint().height() +
           2 * m_table->frameWidth() + rows * compactRowHeight();
}

int MetricsTableView::widthFor(int height) const {
    const int scrollBar = m_table->verticalScrollBar()->sizeHint().width();
    return exportSize().width() + (rowsScrollAt(height) ? scrollBar : 0);
}

void MetricsTableView::fitRows() {
    // Rows share the height when it holds them all at a readable size, so no empty band is
    // left under the last one; on a short strip they keep that size and the table scrolls
    // (squeezed rows would cut their text).
    // (squeezed rows would cut their text). Scrolling, the table is as tall as the whole rows
    // that fit, so the last one shown is not cut in half.
    QHeaderView* rows = m_table->verticalHeader();
    rows->setMinimumSectionSize(compactRowHeight());
    rows->setDefaultSectionSize(compactRowHeight());
    const bool scrolls = rowsScrollAt(height());
    rows->setSectionResizeMode(scrolls ? QHeaderView::Fixed : QHeaderView::Stretch);
    int whole = 0;
    while (heightForRows(whole + 1) <= height()) ++whole;
    m_table->setMaximumHeight(scrolls ? std::max(heightForRows(whole), minimumSizeHint().height()) -
                                            referenceLineHeight()
                                      : QWIDGETSIZE_MAX);
}

void MetricsTableView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitRows();
}

QSize MetricsTableView::minimumSizeHint() const {
    // The metric names and two columns of values, the header and three rows: on a small
    // screen the rest is reached by scrolling. At the window's usual size the whole table
    // shows.
    const int width = m_table->verticalHeader()->sizeHint().width() + 2 * m_table->frameWidth() +
                      m_table->columnWidth(0) + m_table->columnWidth(1);
    return QSize(width, heightForRows(3));
}

QSize MetricsTableView::sizeHint() const { return exportSize() + QSize(0, referenceLineHeight()); }

int MetricsTableView::referenceLineHeight() const {
    return m_referenceName.isEmpty()
               ? 0
               : m_referenceLine->sizeHint().height() + std::max(0, layout()->spacing());
}

void MetricsTableView::fillRows() {
    const auto& catalog = metricCatalog();
    m_table->setRowCount(int(catalog.size()));
    for (int row = 0; row < int(catalog.size()); ++row) {
        const MetricInfo& info = catalog[std::size_t(row)];
        const QString tip = MetricFormat::tooltip(info);
        auto* header = new QTableWidgetItem(
            QString::fromUtf8(info.label) +
            (info.higherIsBetter ? QStringLiteral("  \u2191") : QStringLiteral("  \u2193")));
        header->setToolTip(tip);
        m_table->setVerticalHeaderItem(row, header);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            auto* item = new QTableWidgetItem(m_hasValues ? QString() : QStringLiteral("\u2014"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(tip);
            m_table->setItem(row, column, item);
        }
    }
}

void MetricsTableView::setMetrics(const std::vector<MethodMetrics>& metrics) {
    if (metrics.size() != m_methods.size()) return;
    m_values = metrics;
    m_hasValues = true;
    fillValues();
}

void MetricsTableView::fillValues() {
    const auto& catalog = metricCatalog();
    const MethodMetrics& base = m_values[std::size_t(valueColumn(m_baseline))];
    for (int row = 0; row < int(catalog.size()); ++row) {
        const MetricInfo& info = catalog[std::size_t(row)];
        const QString tip = MetricFormat::tooltip(info);
        for (std::size_t i = 0; i < m_methods.size(); ++i) {
            const QString versus = referenceDifference(row, m_methods[i]);
            const double reference = referenceValue(info, m_methods[i]);
            QTableWidgetItem* item = m_table->item(row, int(i));
            item->setText(versus.isEmpty()
                              ? MetricFormat::cell(info, m_values[i])
                              : QStringLiteral("%1 (%2)").arg(
                                    MetricFormat::cell(info, m_values[i]),
                                    briefDifference(info, m_values[i].*info.member - reference)));
            item->setToolTip(
                versus.isEmpty()
                    ? tip
                    : QStringLiteral("<p><b>%1</b></p>%2").arg(versus.toHtmlEscaped(), tip));
            const int difference = differenceColumn(m_methods[i]);
            if (difference >= 0)
                m_table->item(row, difference)
                    ->setText(MetricFormat::differenceOf(
                        info, m_values[i].*info.member - base.*info.member));
        }
    }
    markBetter();
    hideEmptyRows();
    fitColumns();
    fitRows();
    updateGeometry();
}

QString MetricsTableView::briefDifference(const MetricInfo& info, double difference) {
    if (MetricFormat::isSeconds(info) || info.member == &MethodMetrics::clusters ||
        !std::isfinite(difference) || difference == 0.0)
        return MetricFormat::differenceOf(info, difference);
    return (difference > 0 ? QStringLiteral("+") : QString()) +
           NumberFormat::significant(difference, 2, true);
}

double MetricsTableView::referenceValue(const MetricInfo& info, const std::string& method) const {
    for (std::size_t m = 0; m < m_referenceMethods.size() && m < m_referenceMetrics.size(); ++m)
        if (m_referenceMethods[m] == method) return m_referenceMetrics[m].*info.member;
    return kNotAvailable;
}

QString MetricsTableView::referenceDifference(int row, const std::string& method) const {
    const int column = valueColumn(method);
    if (m_referenceName.isEmpty() || !m_hasValues || column < 0 || row < 0 ||
        row >= int(metricCatalog().size()))
        return QString();
    const MetricInfo& info = metricCatalog()[std::size_t(row)];
    const double value = m_values[std::size_t(column)].*info.member;
    const double reference = referenceValue(info, method);
    if (!std::isfinite(value) || !std::isfinite(reference)) return QString();
    return tr("%1 %2 vs %3")
        .arg(MetricFormat::differenceOf(info, value - reference), QString::fromUtf8(info.label),
             m_referenceName);
}

void MetricsTableView::setReference(const QString& name, const std::vector<std::string>& methods,
                                    const std::vector<MethodMetrics>& metrics) {
    m_referenceName = name;
    m_referenceMethods = methods;
    m_referenceMetrics = metrics;
    m_referenceLine->setText(
        tr("In brackets: the difference to %1, pinned in the History").arg(name));
    m_referenceLine->setVisible(!name.isEmpty());
    if (m_hasValues) fillValues();
    updateGeometry();
}

void MetricsTableView::clearReference() {
    if (m_referenceName.isEmpty()) return;
    setReference(QString(), {}, {});
}

void MetricsTableView::hideEmptyRows() {
    const auto& catalog = metricCatalog();
    for (int row = 0; row < int(catalog.size()) && row < m_table->rowCount(); ++row) {
        const MetricInfo& info = catalog[std::size_t(row)];
        bool applies = false, valued = false;
        for (std::size_t i = 0; i < m_methods.size(); ++i) {
            applies = applies || info.appliesTo(m_methods[i]);
            valued = valued || (m_hasValues && i < m_values.size() &&
                                std::isfinite(m_values[i].*info.member));
        }
        const bool shown = applies && (!m_hasValues || valued || info.space == MetricSpace::Labels);
        m_table->setRowHidden(row, !shown);
    }
}

int MetricsTableView::visibleRows() const {
    int rows = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) rows += m_table->isRowHidden(row) ? 0 : 1;
    return rows;
}

void MetricsTableView::clear() {
    m_hasValues = false;
    m_values.clear();
    const auto& catalog = metricCatalog();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString tip = MetricFormat::tooltip(catalog[std::size_t(row)]);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            m_table->item(row, column)->setText(QStringLiteral("\u2014"));
            m_table->item(row, column)->setToolTip(tip);  // no difference to a reference
        }
    }
    markBetter();
    hideEmptyRows();
}

int MetricsTableView::betterColumn(int row) const {
    if (!m_hasValues || row < 0 || row >= int(metricCatalog().size())) return -1;
    const MetricInfo& info = metricCatalog()[std::size_t(row)];
    if (!info.comparable) return -1;
    // The best of the finite values, when at least two methods have one and it is unique.
    int best = -1, finite = 0;
    bool tie = false;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const double value = m_values[i].*info.member;
        if (!std::isfinite(value)) continue;
        ++finite;
        if (best < 0) {
            best = int(i);
            continue;
        }
        const double top = m_values[std::size_t(best)].*info.member;
        if (value == top) {
            tie = true;
        } else if ((value > top) == info.higherIsBetter) {
            best = int(i);
            tie = false;
        }
    }
    return finite >= 2 && !tie ? best : -1;
}

void MetricsTableView::markBetter() {
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.4;
    const QColor better = ChartStyle::mix(base, QColor(0x2E, 0x9E, 0x4F), dark ? 0.32 : 0.16);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int winner = betterColumn(row);
        for (int column = 0; column < int(m_methods.size()); ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            QFont font = m_table->font();
            font.setBold(column == winner);
            item->setFont(font);
            item->setBackground(column == winner ? QBrush(better) : QBrush());
        }
    }
}

void MetricsTableView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) markBetter();
}

}  // namespace latentlab::gui
