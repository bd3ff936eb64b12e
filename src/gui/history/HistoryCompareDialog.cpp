#include "HistoryCompareDialog.h"

#include "HistoryThumbnail.h"
#include "MethodRegistry.h"
#include "MethodStyle.h"
#include "MetricFormat.h"
#include "SettingsDiff.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {
namespace {

QWidget* runCard(const HistoryEntry& entry) {
    auto* card = new QWidget;
    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(entry.name().toHtmlEscaped()));
    auto* what = new QLabel(entry.source.isEmpty() ? entry.data : entry.source);
    what->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(what);
    if (!entry.thumbnails.empty()) {
        std::vector<QImage> large;
        if (entry.result) large = HistoryThumbnail::render(*entry.result, 120);
        auto* pictures = new QLabel;
        pictures->setPixmap(HistoryThumbnail::strip(large.empty() ? entry.thumbnails : large));
        column->addWidget(pictures);
    }
    column->addStretch(1);
    return card;
}

}  // namespace

HistoryCompareDialog::HistoryCompareDialog(const HistoryEntry& first, const HistoryEntry& second,
                                           QWidget* parent)
    : QDialog(parent),
      m_first(first),
      m_second(second),
      m_table(new QTableWidget(this)),
      m_all(new QCheckBox(tr("Show every setting"))) {
    setObjectName(QStringLiteral("historyCompareDialog"));
    setWindowTitle(tr("%1 and %2 side by side").arg(first.name(), second.name()));
    m_table->setObjectName(QStringLiteral("historyCompareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Setting or metric"), first.name(), second.name(),
                                        tr("%1 \u2212 %2").arg(second.name(), first.name())});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* cards = new QHBoxLayout;
    cards->addWidget(runCard(first), 1);
    cards->addWidget(runCard(second), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_all, &QCheckBox::toggled, this, &HistoryCompareDialog::fill);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(m_all);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fill();
    resize(760, 620);
}

int HistoryCompareDialog::rowOf(const QString& label) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->text() == label) return row;
    return -1;
}

void HistoryCompareDialog::addSection(const QString& title) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* item = new QTableWidgetItem(title);
    QFont font = m_table->font();
    font.setBold(true);
    item->setFont(font);
    item->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 4);
}

void HistoryCompareDialog::addRow(const QString& label, const QString& a, const QString& b,
                                  const QString& d, int better) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts{label, a, b, d};
    for (int column = 0; column < 4; ++column) {
        auto* item = new QTableWidgetItem(texts[column]);
        if (column > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (column == better) {
            QFont font = m_table->font();
            font.setBold(true);
            item->setFont(font);
        }
        item->setToolTip(texts[column]);
        m_table->setItem(row, column, item);
    }
}

void HistoryCompareDialog::fill() {
    m_table->clearSpans();
    m_table->setRowCount(0);
    const std::vector<SettingChange> settings =
        settingsDiff(m_first.config, m_second.config, m_all->isChecked());
    addSection(m_all->isChecked() ? tr("Settings")
               : settings.empty() ? tr("Settings: the same")
                                  : tr("Settings that differ"));
    for (const SettingChange& change : settings)
        addRow(change.key, change.before, change.after,
               change.before == change.after ? QString() : tr("changed"));

    std::vector<std::string> methods;
    for (const MethodInfo& info : methodCatalog())
        if (m_first.metricsOf(info.name) || m_second.metricsOf(info.name))
            methods.push_back(info.name);
    for (const std::string& method : methods) {
        addSection(tr("%1 metrics").arg(MethodStyle::name(method)));
        const MethodMetrics* a = m_first.metricsOf(method);
        const MethodMetrics* b = m_second.metricsOf(method);
        for (const MetricInfo& info : metricCatalog()) {
            const double x = a ? a->*info.member : NAN, y = b ? b->*info.member : NAN;
            if (!std::isfinite(x) && !std::isfinite(y)) continue;
            int better = -1;
            if (info.comparable && std::isfinite(x) && std::isfinite(y) && x != y)
                better = ((y > x) == info.higherIsBetter) ? 2 : 1;
            addRow(MethodStyle::name(method) + QStringLiteral(" \u00b7 ") +
                       QString::fromUtf8(info.label),
                   a ? MetricFormat::cell(info, *a) : QStringLiteral("\u2014"),
                   b ? MetricFormat::cell(info, *b) : QStringLiteral("\u2014"),
                   std::isfinite(x) && std::isfinite(y) ? MetricFormat::differenceOf(info, y - x)
                                                        : QString(),
                   better);
        }
    }
    addSection(tr("Run"));
    addRow(tr("Time (s)"), MetricFormat::seconds(m_first.seconds),
           MetricFormat::seconds(m_second.seconds),
           std::isfinite(m_first.seconds) && std::isfinite(m_second.seconds)
               ? MetricFormat::difference(m_second.seconds - m_first.seconds, true)
               : QString());
    m_table->resizeColumnsToContents();
}

}  // namespace latentlab::gui
