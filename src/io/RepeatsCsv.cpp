#include "RepeatsCsv.h"

#include "CsvWriter.h"

#include <cmath>

namespace latentlab::io {

PairedVerdict pairedVerdict(const MetricInfo& info, const MeanSd& difference) {
    if (!info.comparable) return PairedVerdict::NotRanked;
    if (!std::isfinite(difference.mean) || !std::isfinite(difference.ciHalfWidth))
        return PairedVerdict::NoClearDifference;
    const double low = difference.mean - difference.ciHalfWidth;
    const double high = difference.mean + difference.ciHalfWidth;
    if (low > 0.0)
        return info.higherIsBetter ? PairedVerdict::MethodBetter : PairedVerdict::BaselineBetter;
    if (high < 0.0)
        return info.higherIsBetter ? PairedVerdict::BaselineBetter : PairedVerdict::MethodBetter;
    return PairedVerdict::NoClearDifference;
}

std::string verdictKey(PairedVerdict verdict, const std::string& method,
                       const std::string& baseline) {
    switch (verdict) {
        case PairedVerdict::NotRanked:
            return "not_ranked";
        case PairedVerdict::NoClearDifference:
            return "none";
        case PairedVerdict::MethodBetter:
            return method;
        case PairedVerdict::BaselineBetter:
            return baseline;
    }
    return "none";
}

QByteArray repeatsSummaryCsv(const RepeatsResult& repeats) {
    CsvWriter csv;
    csv.addRow({"metric", "label", "higher_is_better", "repeats", "method", "mean", "sd",
                "difference_mean", "difference_sd", "difference_ci_low", "difference_ci_high",
                "better"});
    // The baseline first, then the others in the run's order.
    std::vector<std::size_t> order;
    for (std::size_t m = 0; m < repeats.methods.size(); ++m)
        if (repeats.methods[m] == repeats.baseline) order.push_back(m);
    for (std::size_t m = 0; m < repeats.methods.size(); ++m)
        if (repeats.methods[m] != repeats.baseline) order.push_back(m);
    for (const MetricInfo& info : metricCatalog()) {
        const MetricSummary s = repeats.summary(info.key);
        for (std::size_t m : order) {
            const std::string& method = s.methods[m];
            if (!info.appliesTo(method) || s.values[m].count == 0) continue;
            csv.addText(info.key);
            csv.addText(info.label);
            csv.addText(info.higherIsBetter ? "true" : "false");
            csv.addInteger(repeats.repeats());
            csv.addText(method);
            csv.addNumber(s.values[m].mean);
            csv.addNumber(s.values[m].sd);
            const MeanSd& d = s.differences[m];
            if (method == repeats.baseline) {
                for (int empty = 0; empty < 5; ++empty) csv.addText("");
            } else {
                csv.addNumber(d.mean);
                csv.addNumber(d.sd);
                csv.addNumber(d.mean - d.ciHalfWidth);
                csv.addNumber(d.mean + d.ciHalfWidth);
                csv.addText(verdictKey(pairedVerdict(info, d), method, repeats.baseline));
            }
            csv.endRow();
        }
    }
    return csv.bytes();
}

QByteArray repeatsCsv(const RepeatsResult& repeats) {
    CsvWriter csv;
    std::vector<std::string> header{"repeat", "method"};
    for (const MetricInfo& info : metricCatalog()) header.emplace_back(info.key);
    csv.addRow(header);
    for (std::size_t r = 0; r < repeats.runs.size(); ++r) {
        for (std::size_t m = 0; m < repeats.methods.size(); ++m) {
            csv.addInteger(static_cast<long long>(r + 1));
            csv.addText(repeats.methods[m]);
            for (const MetricInfo& info : metricCatalog())
                csv.addNumber(repeats.runs[r][m].*info.member);
            csv.endRow();
        }
    }
    return csv.bytes();
}

}  // namespace latentlab::io
