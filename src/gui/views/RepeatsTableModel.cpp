#include "RepeatsTableModel.h"

#include "ChartStyle.h"
#include "MetricFormat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
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

RepeatsTableModel::RepeatsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString RepeatsTableModel::verdictExplanation() {
    return tr(
        "A method is marked better only when the 95 % interval of the paired mean "
        "difference AE \u2212 PCA excludes 0 on that metric's better side (\u2191 higher "
        "is better, \u2193 lower); inertia is not ranked, its scale differs between "
        "latent spaces.");
}

void RepeatsTableModel::setRepeats(std::shared_ptr<const RepeatsResult> repeats) {
    beginResetModel();
    m_repeats = std::move(repeats);
    m_rows.clear();
    if (m_repeats) {
        for (const MetricInfo& info : metricCatalog()) {
            const MetricSummary summary = m_repeats->summary(info.key);
            if (summary.pca.count == 0 && summary.autoencoder.count == 0) continue;
            m_rows.push_back({&info, summary, io::pairedVerdict(info, summary)});
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
    return parent.isValid() ? 0 : ColumnCount;
}

int RepeatsTableModel::betterColumn(const Row& row) const {
    switch (row.verdict) {
        case io::PairedVerdict::AutoencoderBetter:
            return AutoencoderColumn;
        case io::PairedVerdict::PcaBetter:
            return PcaColumn;
        default:
            return -1;
    }
}

QString RepeatsTableModel::text(const Row& row, int column) const {
    const MetricInfo& info = *row.info;
    const MetricSummary& s = row.summary;
    switch (column) {
        case PcaColumn:
            return meanSd(info, s.pca);
        case AutoencoderColumn:
            return meanSd(info, s.autoencoder);
        case DifferenceColumn: {
            if (s.difference.count == 0) return QStringLiteral("\u2014");
            const bool seconds = MetricFormat::isSeconds(info);
            QString text = MetricFormat::difference(s.difference.mean, seconds);
            if (std::isfinite(s.difference.ciHalfWidth)) {
                const double low = s.difference.mean - s.difference.ciHalfWidth;
                const double high = s.difference.mean + s.difference.ciHalfWidth;
                text +=
                    QStringLiteral("  [%1, %2]")
                        .arg(seconds ? MetricFormat::difference(low, true) : compact(low, 3, true),
                             seconds ? MetricFormat::difference(high, true)
                                     : compact(high, 3, true));
            }
            return text;
        }
        case VerdictColumn:
            switch (row.verdict) {
                case io::PairedVerdict::AutoencoderBetter:
                    return tr("\u2714 AE");
                case io::PairedVerdict::PcaBetter:
                    return tr("\u2714 PCA");
                case io::PairedVerdict::NotRanked:
                    return tr("not ranked");
                case io::PairedVerdict::NoClearDifference:
                    return s.difference.count < 2 ? QStringLiteral("\u2014") : tr("inconclusive");
            }
    }
    return QString();
}

QString RepeatsTableModel::tooltip(const Row& row, int column) const {
    const QString metric = MetricFormat::tooltip(*row.info);
    const int n = repeatCount();
    switch (column) {
        case PcaColumn:
        case AutoencoderColumn:
            return metric + tr("<p>Mean \u00b1 sample standard deviation over %1 repeats "
                               "(seeds moved on by one per repeat).</p>")
                                .arg(n);
        case DifferenceColumn:
            return metric + tr("<p>Mean of the per-repeat differences AE \u2212 PCA (same data "
                               "and seeds in both), with the 95 % t interval of that mean in "
                               "brackets.</p>");
        default:
            return metric + QStringLiteral("<p>%1</p>").arg(verdictExplanation());
    }
}

QVariant RepeatsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const MeanSd* cell = column == PcaColumn           ? &row.summary.pca
                         : column == AutoencoderColumn ? &row.summary.autoencoder
                         : column == DifferenceColumn  ? &row.summary.difference
                                                       : nullptr;
    switch (role) {
        case Qt::DisplayRole:
            return text(row, column);
        case Qt::ToolTipRole:
            return tooltip(row, column);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(
                (column == VerdictColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
        case Qt::FontRole: {
            QFont font = QApplication::font();
            font.setBold(column == betterColumn(row) ||
                         (column == VerdictColumn && betterColumn(row) >= 0));
            return font;
        }
        case Qt::BackgroundRole: {
            if (column != betterColumn(row)) return {};
            // The metrics table's "better" green, so both tables read alike.
            const QColor base = QApplication::palette().color(QPalette::Base);
            const bool dark = base.lightnessF() < 0.4;
            return ChartStyle::mix(base, QColor(0x2E, 0x9E, 0x4F), dark ? 0.32 : 0.16);
        }
        case Qt::ForegroundRole:
            if (column == VerdictColumn && betterColumn(row) < 0)
                return ChartStyle::mutedText(QApplication::palette());
            return {};
        case MeanRole:
            return cell ? cell->mean : QVariant();
        case SdRole:
            return cell ? cell->sd : QVariant();
        case CiLowRole:
            return column == DifferenceColumn
                       ? row.summary.difference.mean - row.summary.difference.ciHalfWidth
                       : QVariant();
        case CiHighRole:
            return column == DifferenceColumn
                       ? row.summary.difference.mean + row.summary.difference.ciHalfWidth
                       : QVariant();
        case KeyRole:
            return QString::fromLatin1(row.info->key);
        case VerdictRole:
            return int(row.verdict);
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
        switch (section) {
            case PcaColumn:
                return tr("PCA  mean \u00b1 sd");
            case AutoencoderColumn:
                return tr("AE  mean \u00b1 sd");
            case DifferenceColumn:
                return tr("AE \u2212 PCA  [95 % CI]");
            case VerdictColumn:
                return tr("Better");
        }
    }
    if (role == Qt::ToolTipRole && section == VerdictColumn) return verdictExplanation();
    return {};
}

}  // namespace latentlab::gui
