#include "EmbeddingScore.h"

#include "ClusterMetrics.h"
#include "KMeans.h"
#include "Random.h"
#include "Trustworthiness.h"

EmbeddingScore scoreEmbedding(const Eigen::MatrixXd& scaled, const Eigen::MatrixXd& embedding,
                              const std::vector<int>& truth, int centers, std::uint64_t seed,
                              int sample) {
    const std::vector<int> rows =
        latentlab::Random(seed).sample(static_cast<int>(scaled.rows()), sample);
    Eigen::MatrixXd input(rows.size(), scaled.cols()), embedded(rows.size(), embedding.cols());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        input.row(Eigen::Index(r)) = scaled.row(rows[r]);
        embedded.row(Eigen::Index(r)) = embedding.row(rows[r]);
    }
    EmbeddingScore score;
    score.sampleSize = static_cast<int>(rows.size());
    score.trustworthiness = latentlab::trustworthiness(input, embedded, 10);
    latentlab::KMeansConfig kmeans;
    kmeans.k = centers;
    score.kmeansAri =
        latentlab::adjustedRandIndex(truth, latentlab::KMeans(kmeans).fit(embedding).labels);
    return score;
}
