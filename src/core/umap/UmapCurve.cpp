#include "UmapCurve.h"

#include "Errors.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <sstream>

namespace latentlab {
namespace {

constexpr int kSamples = 300;  // np.linspace(0, 3 spread, 300)
constexpr int kMaxIterations = 200;

struct Problem {
    Eigen::VectorXd x, y;

    /// Residuals f(x) - y and their Jacobian in (a, b).
    double evaluate(double a, double b, Eigen::VectorXd* residuals,
                    Eigen::MatrixX2d* jacobian) const {
        double sum = 0.0;
        for (int i = 0; i < kSamples; ++i) {
            const double xi = x(i);
            // x^(2b) and its derivative in b, 2 ln(x) x^(2b); both 0 at x = 0 (b > 0).
            const double power = xi > 0.0 ? std::pow(xi, 2.0 * b) : 0.0;
            const double denominator = 1.0 + a * power;
            const double residual = 1.0 / denominator - y(i);
            sum += residual * residual;
            if (residuals) (*residuals)(i) = residual;
            if (jacobian) {
                const double scale = -1.0 / (denominator * denominator);
                (*jacobian)(i, 0) = scale * power;
                (*jacobian)(i, 1) = xi > 0.0 ? scale * a * power * 2.0 * std::log(xi) : 0.0;
            }
        }
        return sum;
    }
};

}  // namespace

UmapCurve fitUmapCurve(double minDist, double spread) {
    if (!(spread > 0.0) || !std::isfinite(spread) || !(minDist >= 0.0) || minDist > spread) {
        std::ostringstream message;
        message << "UMAP curve: min_dist = " << minDist << " and spread = " << spread
                << " are out of range: need spread > 0 and 0 <= min_dist <= spread";
        throw ConfigError(message.str());
    }
    Problem problem;
    problem.x = Eigen::VectorXd::LinSpaced(kSamples, 0.0, 3.0 * spread);
    problem.y.resize(kSamples);
    for (int i = 0; i < kSamples; ++i) {
        const double xi = problem.x(i);
        problem.y(i) = xi < minDist ? 1.0 : std::exp(-(xi - minDist) / spread);
    }

    // Levenberg-Marquardt with Marquardt's diagonal scaling, in double.
    double a = 1.0, b = 1.0, lambda = 1e-3;
    Eigen::VectorXd residuals(kSamples);
    Eigen::MatrixX2d jacobian(kSamples, 2);
    double cost = problem.evaluate(a, b, &residuals, &jacobian);
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        const Eigen::Matrix2d normal = jacobian.transpose() * jacobian;
        const Eigen::Vector2d gradient = jacobian.transpose() * residuals;
        bool improved = false;
        double step = 0.0;
        while (lambda < 1e12) {
            Eigen::Matrix2d damped = normal;
            damped.diagonal() *= 1.0 + lambda;
            const Eigen::Vector2d delta = damped.ldlt().solve(-gradient);
            const double nextA = a + delta(0), nextB = b + delta(1);
            const double nextCost =
                nextB > 0.0 ? problem.evaluate(nextA, nextB, nullptr, nullptr) : HUGE_VAL;
            if (nextCost < cost) {
                step = std::abs(delta(0)) / (std::abs(a) + 1e-300) +
                       std::abs(delta(1)) / (std::abs(b) + 1e-300);
                const double reduction = (cost - nextCost) / (cost + 1e-300);
                a = nextA;
                b = nextB;
                cost = problem.evaluate(a, b, &residuals, &jacobian);
                lambda = std::max(lambda / 10.0, 1e-12);
                improved = reduction > 1e-15 || step > 1e-12;
                break;
            }
            lambda *= 10.0;
        }
        if (!improved) break;
    }
    return {a, b};
}

}  // namespace latentlab
