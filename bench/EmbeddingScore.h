// How the method benchmarks (bench_umap, bench_tsne) score an embedding of the notebook's
// data exactly as their Python peers do: trustworthiness (k = 10) on the peer's sample,
// numpy's RandomState(seed).permutation(rows)[:sample] sorted, and the ARI of k-means
// (k = the blobs' centres, n_init 10) against the true blob of each row.
//
//   EmbeddingScore score = scoreEmbedding(scaled, embedding, blobs.labels, 8, 42, 5000);
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <vector>

struct EmbeddingScore {
    int sampleSize = 0;
    double trustworthiness = 0.0;
    double kmeansAri = 0.0;
};

EmbeddingScore scoreEmbedding(const Eigen::MatrixXd& scaled, const Eigen::MatrixXd& embedding,
                              const std::vector<int>& truth, int centers, std::uint64_t seed,
                              int sample);
