#include "RepeatsCsv.h"

#include "CsvWriter.h"

#include <cmath>

namespace latentlab::io {

PairedVerdict pairedVerdict(const MetricInfo& info, const MetricSummary& summary) {
    if (!info.comparable) return PairedVerdict::NotRanked;
    const MeanSd& difference = summary.difference;
    if (!std::isfinite(difference.mean) || !std::isfinite(difference.ciHalfWidth))
        return PairedVerdict::NoClearDifference;
    const double low = difference.mean - difference.ciHalfWidth;
    const double high = difference.mean + difference.ciHalfWidth;
    if (low > 0.0)
        return info.higherIsBetter ? PairedVerdict::AutoencoderBetter : PairedVerdict::PcaBetter;
    if (high < 0.0)
        return info.higherIsBetter ? PairedVerdict::PcaBetter : PairedVerdict::AutoencoderBetter;
    return PairedVerdict::NoClearDifference;
}

const char* verdictKey(PairedVerdict verdict) {
    switch (verdict) {
        case PairedVerdict::NotRanked:
            return "not_ranked";
        case PairedVerdict::NoClearDifference:
            return "none";
        case PairedVerdict::AutoencoderBetter:
            return "autoencoder";
        case PairedVerdict::PcaBetter:
            return "pca";
    }
    return "none";
}

QByteArray repeatsSummaryCsv(const RepeatsResult& repeats) {
    CsvWriter csv;
    csv.addRow({"metric", "label", "higher_is_better", "repeats", "pca_mean", "pca_sd", "ae_mean",
                "ae_sd", "difference_mean", "difference_sd", "difference_ci_low",
                "difference_ci_high", "better"});
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary s = repeats.summary(info.key);
        if (s.pca.count == 0 && s.autoencoder.count == 0) continue;
        csv.addText(info.key);
        csv.addText(info.label);
        csv.addText(info.higherIsBetter ? "true" : "false");
        csv.addInteger(static_cast<long long>(repeats.pca.size()));
        csv.addNumber(s.pca.mean);
        csv.addNumber(s.pca.sd);
        csv.addNumber(s.autoencoder.mean);
        csv.addNumber(s.autoencoder.sd);
        csv.addNumber(s.difference.mean);
        csv.addNumber(s.difference.sd);
        csv.addNumber(s.difference.mean - s.difference.ciHalfWidth);
        csv.addNumber(s.difference.mean + s.difference.ciHalfWidth);
        csv.addText(verdictKey(pairedVerdict(info, s)));
        csv.endRow();
    }
    return csv.bytes();
}

QByteArray repeatsCsv(const RepeatsResult& repeats) {
    CsvWriter csv;
    std::vector<std::string> header{"repeat", "method"};
    for (const MetricInfo& info : metricCatalog()) header.emplace_back(info.key);
    csv.addRow(header);
    for (std::size_t r = 0; r < repeats.pca.size(); ++r) {
        const std::pair<const char*, const MethodMetrics*> methods[] = {
            {"pca", &repeats.pca[r]}, {"autoencoder", &repeats.autoencoder[r]}};
        for (const auto& [name, metrics] : methods) {
            csv.addInteger(static_cast<long long>(r + 1));
            csv.addText(name);
            for (const MetricInfo& info : metricCatalog()) csv.addNumber(metrics->*info.member);
            csv.endRow();
        }
    }
    return csv.bytes();
}

}  // namespace latentlab::io
