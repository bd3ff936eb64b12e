#include "CsrRows.h"

#include <algorithm>
#include <numeric>

namespace latentlab::io {

namespace {

void sortRow(double* values, int* indices, std::size_t length, std::vector<std::size_t>& order,
             std::vector<double>& valueScratch, std::vector<int>& indexScratch) {
    order.resize(length);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [indices](std::size_t a, std::size_t b) { return indices[a] < indices[b]; });
    valueScratch.assign(values, values + length);
    indexScratch.assign(indices, indices + length);
    for (std::size_t k = 0; k < length; ++k) {
        values[k] = valueScratch[order[k]];
        indices[k] = indexScratch[order[k]];
    }
}

}  // namespace

void canonicaliseRows(std::vector<double>& values, std::vector<int>& indices,
                      std::vector<std::int64_t>& indptr) {
    std::vector<std::size_t> order;
    std::vector<double> valueScratch;
    std::vector<int> indexScratch;
    std::int64_t write = 0;
    const std::size_t rows = indptr.empty() ? 0 : indptr.size() - 1;
    for (std::size_t r = 0; r < rows; ++r) {
        const std::int64_t start = indptr[r];
        const std::int64_t end = indptr[r + 1];
        bool sorted = true;
        for (std::int64_t k = start + 1; k < end && sorted; ++k)
            sorted = indices[std::size_t(k - 1)] < indices[std::size_t(k)];
        if (!sorted)
            sortRow(values.data() + start, indices.data() + start, std::size_t(end - start), order,
                    valueScratch, indexScratch);
        indptr[r] = write;
        for (std::int64_t k = start; k < end; ++k) {
            const std::size_t from = std::size_t(k);
            if (write > indptr[r] && indices[std::size_t(write - 1)] == indices[from]) {
                values[std::size_t(write - 1)] += values[from];
                continue;
            }
            values[std::size_t(write)] = values[from];
            indices[std::size_t(write)] = indices[from];
            ++write;
        }
    }
    if (rows > 0) indptr[rows] = write;
    if (std::size_t(write) != values.size()) {
        values.resize(std::size_t(write));
        indices.resize(std::size_t(write));
    }
}

}  // namespace latentlab::io
