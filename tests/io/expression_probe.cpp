// Not a test: loads an .h5ad file or a 10x folder with the real readers and prints its size
// and the time taken, so peak memory can be measured on a large file:
//   /usr/bin/time -v build/tests/io/expression_probe big.h5ad [X|raw|layers/NAME]
#include "Errors.h"
#include "H5adReader.h"
#include "TenxReader.h"

#include <QFileInfo>
#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: expression_probe FILE.h5ad|10X_FOLDER [MATRIX]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const auto start = std::chrono::steady_clock::now();
    try {
        const latentlab::ExpressionData data =
            path.endsWith(".h5ad")
                ? latentlab::io::H5adReader({argc > 2 ? argv[2] : "X"}).read(path)
                : latentlab::io::TenxReader().read(path);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%d cells x %d genes, %lld non-zeros, %zu obs columns, %.2f s\n", data.cells(),
                    data.genes(), static_cast<long long>(data.values.nonZeros()),
                    data.annotations.size(), seconds);
    } catch (const latentlab::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 2;
    }
    return 0;
}
