#include "DataCsv.h"

#include "CsvWriter.h"
#include "EmbeddingCsv.h"
#include "IoErrors.h"

#include <QSaveFile>
#include <algorithm>
#include <thread>
#include <vector>

namespace latentlab::io {
namespace {

/// Rows per block: a few MB of text for 2,000 columns, so a thread's block is worth starting.
constexpr Eigen::Index kBlockRows = 1024;

std::string formatRows(const Dataset& data, Eigen::Index first, Eigen::Index end) {
    CsvWriter csv;
    for (Eigen::Index r = first; r < end; ++r) {
        for (Eigen::Index c = 0; c < data.features.cols(); ++c) csv.addNumber(data.features(r, c));
        if (data.hasLabels()) csv.addText(labelText(data, r));
        csv.endRow();
    }
    return csv.takeText();
}

}  // namespace

void writeDataCsv(const QString& path, const Dataset& data, const std::string& labelColumn,
                  int threads) {
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    QSaveFile file(path);
    const auto fail = [&] {
        throw WriteError("cannot write " + path.toStdString() + " (" +
                         file.errorString().toStdString() + ")");
    };
    if (!file.open(QIODevice::WriteOnly)) fail();
    const auto put = [&](const std::string& text) {
        if (file.write(text.data(), qint64(text.size())) != qint64(text.size())) fail();
    };
    CsvWriter header;
    std::vector<std::string> names = data.columnNames;
    if (data.hasLabels()) names.push_back(labelColumn);
    header.addRow(names);
    put(header.takeText());
    // Waves of one block per thread; each wave is written in row order before the next.
    const Eigen::Index rows = data.features.rows();
    std::vector<std::string> blocks(static_cast<std::size_t>(threads));
    for (Eigen::Index start = 0; start < rows; start += kBlockRows * threads) {
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            const Eigen::Index first = std::min(rows, start + t * kBlockRows);
            const Eigen::Index end = std::min(rows, first + kBlockRows);
            if (t == 0 || first == end) {
                if (first < end) blocks[0] = formatRows(data, first, end);
                continue;
            }
            workers.emplace_back(
                [&, t, first, end] { blocks[std::size_t(t)] = formatRows(data, first, end); });
        }
        for (std::thread& worker : workers) worker.join();
        for (int t = 0; t < threads; ++t) {
            put(blocks[std::size_t(t)]);
            blocks[std::size_t(t)].clear();
        }
    }
    if (!file.commit()) fail();
}

}  // namespace latentlab::io
