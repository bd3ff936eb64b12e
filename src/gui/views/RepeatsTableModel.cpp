#include "RepeatsTableModel.h"

#include "ChartStyle.h"
#include "MethodStyle.h"
#include "MetricFormat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace latentlab::gui {

namespace {

QString number(const MetricInfo& info, double value) { return MetricFormat::valueOf(info, value); }

/// `digits` significant digits, and "+" for positive values if `sign`: spreads and bounds
/// need fewer digits than means ("56,837 ± 34,000" would overstate the spread).
QString compact(double value, int digits, bool sign = false) {
    const QString text = NumberFormat::significant(value, digits);
    return sign && value > 0.0 && std::isfinite(value) ? QLatin1Char('+') + text : text;
}

QString spread(const MetricInfo& info, double sd) {
    return MetricFormat::isSeconds(info) ? MetricFormat::seconds(sd) : compact(sd, 2);
}

QString meanSd(const MetricInfo& info, const MeanSd& summary) {
    if (summary.count == 0) return QStringLiteral("\u2014");
    if (!std::isfinite(summary.sd)) return number(info, summary.mean);
    return QStringLiteral("%1 \u00b1 %2").arg(number(info, summary.mean), spread(info, summary.sd));
}

}  // namespace

RepeatsTableModel::RepeatsTableModel(QObject* parent) : QAbstractTableModel(parent) {
    const Config defaults;
    m_methods = defaults.methods;
    m_baseline = defaults.baselineMethod();
}

QString RepeatsTableModel::verdictExplanation() {
    return tr(
        "A method is marked better only when the 95 % interval of the paired mean "
        "difference to the baseline (e.g. AE \u2212 PCA) excludes 0 on that metric's better "
        "side (\u2191 higher is better, \u2193 lower); inertia is not ranked, its scale differs "
        "between latent spaces.");
}

int RepeatsTableModel::valueColumn(const std::string& method) const {
    const auto it = std::find(m_methods.begin(), m_methods.end(), method);
    return it == m_methods.end() ? -1 : int(it - m_methods.begin());
}

int RepeatsTableModel::differenceColumn(const std::string& method) const {
    if (method == m_baseline) return -1;
    int column = int(m_methods.size());
    for (const std::string& other : m_methods) {
        if (other == m_baseline) continue;
        if (other == method) return column;
        ++column;
    }
    return -1;
}

std::string RepeatsTableModel::differenceMethod(int column) const {
    for (const std::string& method : m_methods)
        if (differenceColumn(method) == column) return method;
    return {};
}

io::PairedVerdict RepeatsTableModel::verdictAt(int row, const std::string& method) const {
    const int column = valueColumn(method);
    return column < 0 ? io::PairedVerdict::NotRanked
                      : m_rows[std::size_t(row)].verdicts[std::size_t(column)];
}

void RepeatsTableModel::setRepeats(std::shared_ptr<const RepeatsResult> repeats) {
    beginResetModel();
    m_repeats = std::move(repeats);
    m_rows.clear();
    if (m_repeats) {
        m_methods = m_repeats->methods;
        m_baseline = m_repeats->baseline;
        for (const MetricInfo& info : metricCatalog()) {
            const MetricSummary summary = m_repeats->summary(info.key);
            bool any = false;
            for (const MeanSd& value : summary.values) any = any || value.count > 0;
            if (!any) continue;
            Row row{&info, summary, {}};
            for (const std::string& method : m_methods)
                row.verdicts.push_back(method == m_baseline
                                           ? io::PairedVerdict::NotRanked
                                           : io::pairedVerdict(info, summary.differenceOf(method)));
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

void RepeatsTableModel::clear() { setRepeats(nullptr); }

int RepeatsTableModel::rowOf(const QString& key) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (key == QLatin1String(m_rows[r].info->key)) return int(r);
    return -1;
}

int RepeatsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepeatsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : verdictColumn() + 1;
}

std::vector<int> RepeatsTableModel::betterColumns(const Row& row) const {
    std::vector<int> winners;
    int baselineWins = 0, others = 0;
    for (std::size_t i = 0; i < m_methods.size(); ++i) {
        if (m_methods[i] == m_baseline) continue;
        ++others;
        if (row.verdicts[i] == io::PairedVerdict::MethodBetter) winners.push_back(int(i));
        if (row.verdicts[i] == io::PairedVerdict::BaselineBetter) ++baselineWins;
    }
    if (winners.empty() && others > 0 && baselineWins == others)
        winners.push_back(valueColumn(m_baseline));
    return winners;
}

QString RepeatsTableModel::verdictText(const Row& row) const {
    const std::vector<int> winners = betterColumns(row);
    if (!winners.empty()) {
        QStringList names;
        for (int column : winners) names << MethodStyle::shortName(m_methods[std::size_t(column)]);
        return QStringLiteral("\u2714 ") + names.join(QStringLiteral(", "));
    }
    bool ranked = false, paired = false;
    for (std::size_t i = 0; i < m_methods.size(); ++i) {
        if (m_methods[i] == m_baseline) continue;
        ranked = ranked || row.verdicts[i] != io::PairedVerdict::NotRanked;
        paired = paired || row.summary.differences[i].count >= 2;
    }
    if (!ranked) return tr("not ranked");
    return paired ? tr("inconclusive") : QStringLiteral("\u2014");
}

QString RepeatsTableModel::text(const Row& row, int column) const {
    const MetricInfo& info = *row.info;
    const MetricSummary& s = row.summary;
    if (column == verdictColumn()) return verdictText(row);
    if (column < int(m_methods.size())) return meanSd(info, s.values[std::size_t(column)]);
    const std::string method = differenceMethod(column);
    if (method.empty()) return QString();
    const MeanSd& difference = s.differenceOf(method);
    if (difference.count == 0) return QStringLiteral("\u2014");
    const bool seconds = MetricFormat::isSeconds(info);
    QString text = MetricFormat::difference(difference.mean, seconds);
    if (std::isfinite(difference.ciHalfWidth)) {
        const double low = difference.mean - difference.ciHalfWidth;
        const double high = difference.mean + difference.ciHalfWidth;
        text += QStringLiteral("  [%1, %2]")
                    .arg(seconds ? MetricFormat::difference(low, true) : compact(low, 3, true),
                         seconds ? MetricFormat::difference(high, true) : compact(high, 3, true));
    }
    return text;
}

QString RepeatsTableModel::tooltip(const Row& row, int column) const {
    const QString metric = MetricFormat::tooltip(*row.info);
    const int n = repeatCount();
    if (column < int(m_methods.size()))
        return metric + tr("<p>Mean \u00b1 sample standard deviation over %1 repeats "
                           "(seeds moved on by one per repeat).</p>")
                            .arg(n);
    const std::string method = differenceMethod(column);
    if (!method.empty())
        return metric + tr("<p>Mean of the per-repeat differences %1 \u2212 %2 (same data "
                           "and seeds in both), with the 95 % t interval of that mean in "
                           "brackets.</p>")
                            .arg(MethodStyle::name(method), MethodStyle::name(m_baseline));
    return metric + QStringLiteral("<p>%1</p>").arg(verdictExplanation());
}

QVariant RepeatsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const std::string compared = differenceMethod(column);
    const MeanSd* difference = compared.empty() ? nullptr : &row.summary.differenceOf(compared);
    const MeanSd* cell =
        column < int(m_methods.size()) ? &row.summary.values[std::size_t(column)] : difference;
    const std::vector<int> winners = betterColumns(row);
    const bool better = std::find(winners.begin(), winners.end(), column) != winners.end();
    const bool verdict = column == verdictColumn();
    switch (role) {
        case Qt::DisplayRole:
            return text(row, column);
        case Qt::ToolTipRole:
            return tooltip(row, column);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(
                Qt::Alignment((verdict ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
        case Qt::FontRole: {
            QFont font = QApplication::font();
            font.setBold(better || (verdict && !winners.empty()));
            return font;
        }
        case Qt::BackgroundRole: {
            if (!better) return {};
            // The metrics table's "better" green, so both tables read alike.
            const QColor base = QApplication::palette().color(QPalette::Base);
            const bool dark = base.lightnessF() < 0.4;
            return ChartStyle::mix(base, QColor(0x2E, 0x9E, 0x4F), dark ? 0.32 : 0.16);
        }
        case Qt::ForegroundRole:
            if (verdict && winners.empty()) return ChartStyle::mutedText(QApplication::palette());
            return {};
        case MeanRole:
            return cell ? cell->mean : QVariant();
        case SdRole:
            return cell ? cell->sd : QVariant();
        case CiLowRole:
            return difference ? difference->mean - difference->ciHalfWidth : QVariant();
        case CiHighRole:
            return difference ? difference->mean + difference->ciHalfWidth : QVariant();
        case KeyRole:
            return QString::fromLatin1(row.info->key);
        case VerdictRole:
            return compared.empty() ? QVariant()
                                    : int(row.verdicts[std::size_t(valueColumn(compared))]);
        default:
            return {};
    }
}

QVariant RepeatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= int(m_rows.size())) return {};
        const MetricInfo& info = *m_rows[std::size_t(section)].info;
        if (role == Qt::DisplayRole)
            return QString::fromUtf8(info.label) +
                   (info.higherIsBetter ? QStringLiteral("  \u2191") : QStringLiteral("  \u2193"));
        if (role == Qt::ToolTipRole) return MetricFormat::tooltip(info);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (section == verdictColumn()) return tr("Better");
        if (section >= 0 && section < int(m_methods.size()))
            return tr("%1  mean \u00b1 sd")
                .arg(MethodStyle::shortName(m_methods[std::size_t(section)]));
        const std::string method = differenceMethod(section);
        if (!method.empty())
            return tr("%1 \u2212 %2  [95 % CI]")
                .arg(MethodStyle::shortName(method), MethodStyle::shortName(m_baseline));
    }
    if (role == Qt::ToolTipRole && section == verdictColumn()) return verdictExplanation();
    return {};
}

}  // namespace latentlab::gui
