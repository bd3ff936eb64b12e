// A stack of fully connected layers over one flat parameter vector, with batched forward
// and backward passes for a mean-squared-error loss. Samples are rows (batch x features):
// the products then run along the batch, which fills SIMD registers (the layers are only
// 2-10 wide). Templated on the scalar: training runs in float for speed, the gradient
// check and stored models use double.
//
//   DenseNetwork<float> net({10, 8, 2}, {Activation::Tanh, Activation::Linear});
//   DenseNetwork<float>::Workspace ws;
//   float loss = net.lossAndGradient(batch, target, ws, gradient);   // batch: B x 10
#pragma once

#include "Config.h"
#include "SparseInput.h"

#include <Eigen/Core>
#include <algorithm>
#include <cassert>
#include <type_traits>
#include <vector>

namespace latentlab {

template <typename Scalar>
class DenseNetwork {
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
    using WeightMap = Eigen::Map<Matrix>;
    using ConstWeightMap = Eigen::Map<const Matrix>;
    using BiasMap = Eigen::Map<Vector>;
    using ConstBiasMap = Eigen::Map<const Vector>;

    /// Per-layer outputs and deltas of the last pass, reused between batches.
    struct Workspace {
        std::vector<Matrix> outputs;
        std::vector<Matrix> deltas;
    };

    DenseNetwork() = default;
    /// widths[0] is the input; layer l maps widths[l] -> widths[l + 1] with activations[l].
    DenseNetwork(std::vector<int> widths, std::vector<Activation> activations)
        : m_widths(std::move(widths)), m_activations(std::move(activations)) {
        assert(m_widths.size() == m_activations.size() + 1);
        Eigen::Index offset = 0;
        for (int layer = 0; layer < layerCount(); ++layer) {
            m_weightOffsets.push_back(offset);
            offset += Eigen::Index(m_widths[layer]) * m_widths[layer + 1];
            m_biasOffsets.push_back(offset);
            offset += m_widths[layer + 1];
        }
        m_parameters = Vector::Zero(offset);
    }

    int layerCount() const { return static_cast<int>(m_activations.size()); }
    int inputWidth() const { return m_widths.empty() ? 0 : m_widths.front(); }
    int outputWidth() const { return m_widths.empty() ? 0 : m_widths.back(); }
    /// Width after `layers` layers (0 = the input).
    int width(int layers) const { return m_widths[layers]; }
    const std::vector<int>& widths() const { return m_widths; }
    Activation activation(int layer) const { return m_activations[layer]; }

    Vector& parameters() { return m_parameters; }
    const Vector& parameters() const { return m_parameters; }
    Eigen::Index parameterCount() const { return m_parameters.size(); }

    WeightMap weights(int layer) { return weightsIn(m_parameters.data(), layer); }
    ConstWeightMap weights(int layer) const {
        return ConstWeightMap(m_parameters.data() + m_weightOffsets[layer], m_widths[layer + 1],
                              m_widths[layer]);
    }
    BiasMap bias(int layer) { return biasIn(m_parameters.data(), layer); }
    ConstBiasMap bias(int layer) const {
        return ConstBiasMap(m_parameters.data() + m_biasOffsets[layer], m_widths[layer + 1]);
    }
    /// The same views into another vector laid out like parameters() (e.g. a gradient).
    WeightMap weightsIn(Scalar* flat, int layer) const {
        return WeightMap(flat + m_weightOffsets[layer], m_widths[layer + 1], m_widths[layer]);
    }
    BiasMap biasIn(Scalar* flat, int layer) const {
        return BiasMap(flat + m_biasOffsets[layer], m_widths[layer + 1]);
    }

    /// Output of layers [first, end) for the given input rows. Works through blocks of rows
    /// so each layer's intermediate values stay in cache (several times faster at 30 000 rows).
    Matrix apply(const Eigen::Ref<const Matrix>& input, int first = 0, int end = -1) const {
        if (end < 0) end = layerCount();
        constexpr Eigen::Index kBlock = 256;
        Matrix output(input.rows(), m_widths[end]);
        Matrix current, next;
        for (Eigen::Index start = 0; start < input.rows(); start += kBlock) {
            const Eigen::Index rows = std::min(kBlock, input.rows() - start);
            current = input.middleRows(start, rows);
            for (int layer = first; layer < end; ++layer) {
                next.noalias() = current * weights(layer).transpose();
                next.rowwise() += bias(layer).transpose();
                activate(m_activations[layer], next);
                current.swap(next);
            }
            output.middleRows(start, rows) = current;
        }
        return output;
    }

    /// Mean over all cells of (output - target)^2 for the batch; writes d loss / d parameters.
    Scalar lossAndGradient(const Eigen::Ref<const Matrix>& input,
                           const Eigen::Ref<const Matrix>& target, Workspace& ws,
                           Vector& gradient) const {
        return backpropagate([&](Matrix& out) { out.noalias() = input * weights(0).transpose(); },
                             [&](const Matrix& delta, WeightMap first) {
                                 first.noalias() = delta.transpose() * input;
                             },
                             [&](const Matrix& output, Matrix& top) { top = output - target; }, ws,
                             gradient);
    }
    /// The same for reconstructing a sparse batch (SparseInput.h), input and target: the
    /// first layer's product and weight gradient and the residual touch only the entries
    /// that differ from their column's baseline.
    Scalar lossAndGradient(const SparseBatch<Scalar>& input, Workspace& ws,
                           Vector& gradient) const {
        return backpropagate(
            [&](Matrix& out) {
                sparseTimesWeights<Scalar>(input, weights(0), Vector::Zero(width(1)), out);
            },
            [&](const Matrix& delta, WeightMap first) {
                sparseWeightGradient<Scalar>(input, delta, first);
            },
            [&](const Matrix& output, Matrix& residual) {
                subtractSparse<Scalar>(output, input, residual);
            },
            ws, gradient);
    }

    template <typename Other>
    DenseNetwork<Other> cast() const {
        DenseNetwork<Other> copy(m_widths, m_activations);
        copy.parameters() = m_parameters.template cast<Other>();
        return copy;
    }

private:
    /// Forward and backward through every layer; `firstProduct(out)` writes the first
    /// layer's input x weights^T, `firstGradient(delta, weights)` its weight gradient and
    /// `residual(output, top)` the last layer's output - target.
    template <typename FirstProduct, typename FirstGradient, typename Residual>
    Scalar backpropagate(FirstProduct&& firstProduct, FirstGradient&& firstGradient,
                         Residual&& residual, Workspace& ws, Vector& gradient) const {
        const int layers = layerCount();
        ws.outputs.resize(layers);
        ws.deltas.resize(layers);
        for (int layer = 0; layer < layers; ++layer) {
            Matrix& out = ws.outputs[layer];
            if (layer == 0)
                firstProduct(out);
            else
                out.noalias() = ws.outputs[layer - 1] * weights(layer).transpose();
            out.rowwise() += bias(layer).transpose();
            activate(m_activations[layer], out);
        }
        const Eigen::Index batch = ws.outputs[layers - 1].rows();
        const Scalar cells = Scalar(batch) * Scalar(outputWidth());
        Matrix& top = ws.deltas[layers - 1];
        residual(ws.outputs[layers - 1], top);
        const Scalar loss = top.squaredNorm() / cells;
        top *= Scalar(2) / cells;

        gradient.resize(m_parameters.size());
        for (int layer = layers - 1; layer >= 0; --layer) {
            Matrix& delta = ws.deltas[layer];
            multiplyByDerivative(m_activations[layer], ws.outputs[layer], delta);
            if (layer == 0)
                firstGradient(delta, weightsIn(gradient.data(), 0));
            else
                weightsIn(gradient.data(), layer).noalias() =
                    delta.transpose() * ws.outputs[layer - 1];
            biasIn(gradient.data(), layer) = delta.colwise().sum().transpose();
            if (layer > 0) ws.deltas[layer - 1].noalias() = delta * weights(layer);
        }
        return loss;
    }

    template <typename Derived>
    static void activate(Activation kind, Eigen::MatrixBase<Derived>& z) {
        switch (kind) {
            case Activation::Tanh:
                if constexpr (std::is_same_v<Scalar, double>) {
                    // Eigen vectorises tanh for float only; through exp, double is 5x faster.
                    z.derived() =
                        (Scalar(1) - Scalar(2) / ((Scalar(2) * z.array()).exp() + Scalar(1)))
                            .matrix();
                } else {
                    z.derived() = z.array().tanh().matrix();
                }
                break;
            case Activation::Sigmoid:
                z.derived() = (Scalar(1) / (Scalar(1) + (-z.array()).exp())).matrix();
                break;
            case Activation::Relu:
                z.derived() = z.cwiseMax(Scalar(0));
                break;
            case Activation::Linear:
                break;
        }
    }

    /// delta *= f'(z), written in terms of the layer's output a = f(z).
    static void multiplyByDerivative(Activation kind, const Matrix& a, Matrix& delta) {
        switch (kind) {
            case Activation::Tanh:
                delta.array() *= Scalar(1) - a.array().square();
                break;
            case Activation::Sigmoid:
                delta.array() *= a.array() * (Scalar(1) - a.array());
                break;
            case Activation::Relu:
                delta.array() *= (a.array() > Scalar(0)).template cast<Scalar>();
                break;
            case Activation::Linear:
                break;
        }
    }

    std::vector<int> m_widths;
    std::vector<Activation> m_activations;
    std::vector<Eigen::Index> m_weightOffsets;
    std::vector<Eigen::Index> m_biasOffsets;
    Vector m_parameters;
};

}  // namespace latentlab
