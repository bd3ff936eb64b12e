// SparseMatrix (CSR) on hand-computed cases, one or more per method, including the in-place
// (rvalue) row and column filters and the invariants validate() must catch.
#include "SparseMatrix.h"
#include "TestData.h"

#include <stdexcept>

using namespace latentlab;

namespace {

// [[0 2 0]
//  [3 0 4]
//  [0 0 0]
//  [5 6 0]]
SparseMatrix example() {
    return SparseMatrix::fromCsr(4, 3, {2, 3, 4, 5, 6}, {1, 0, 2, 0, 1}, {0, 1, 3, 3, 5});
}

Eigen::MatrixXd exampleDense() {
    Eigen::MatrixXd d(4, 3);
    d << 0, 2, 0, 3, 0, 4, 0, 0, 0, 5, 6, 0;
    return d;
}

}  // namespace

class TestSparseMatrix : public QObject {
    Q_OBJECT
private slots:
    void emptyShapes();
    void fromTripletsSumsSortsAndDropsZeros();
    void fromTripletsRejectsOutOfRange();
    void fromCsrKeepsArrays();
    void fromDenseAndToDense();
    void rowRanges();
    void denseColumnsInAnyOrderWithRepeats();
    void denseColumnsRejectsOutOfRange();
    void keepRows();
    void keepRowsInPlace();
    void keepColumns();
    void keepColumnsInPlace();
    void keepWithWrongFlagCountIsAnError();
    void transposed();
    void validateCatchesBrokenArrays_data();
    void validateCatchesBrokenArrays();
};

void TestSparseMatrix::emptyShapes() {
    const SparseMatrix none;
    QCOMPARE(none.rows(), 0);
    QCOMPARE(none.columns(), 0);
    QCOMPARE(none.nonZeros(), std::int64_t(0));
    none.validate();  // a default matrix is a valid 0 x 0 one
    const SparseMatrix zeros(2, 5);
    QCOMPARE(zeros.indptr, std::vector<std::int64_t>({0, 0, 0}));
    zeros.validate();
    QCOMPARE(zeros.toDense(), Eigen::MatrixXd::Zero(2, 5).eval());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SparseMatrix(-1, 2));
}

void TestSparseMatrix::fromTripletsSumsSortsAndDropsZeros() {
    const SparseMatrix m = SparseMatrix::fromTriplets(
        3, 4, {{2, 3, 1.0}, {0, 2, 5.0}, {0, 0, 1.5}, {2, 3, 2.0}, {1, 1, 4.0}, {1, 1, -4.0}});
    QCOMPARE(m.rows(), 3);
    QCOMPARE(m.columns(), 4);
    QCOMPARE(m.values, std::vector<double>({1.5, 5.0, 3.0}));  // (1,1) summed to 0: dropped
    QCOMPARE(m.indices, std::vector<int>({0, 2, 3}));
    QCOMPARE(m.indptr, std::vector<std::int64_t>({0, 2, 2, 3}));
    m.validate();
}

void TestSparseMatrix::fromTripletsRejectsOutOfRange() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SparseMatrix::fromTriplets(2, 2, {{2, 0, 1}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SparseMatrix::fromTriplets(2, 2, {{0, -1, 1}}));
}

void TestSparseMatrix::fromCsrKeepsArrays() {
    const SparseMatrix m = example();
    QCOMPARE(m.rows(), 4);
    QCOMPARE(m.columns(), 3);
    QCOMPARE(m.nonZeros(), std::int64_t(5));
    QCOMPARE(m.values, std::vector<double>({2, 3, 4, 5, 6}));
    QCOMPARE(m.toDense(), exampleDense());
}

void TestSparseMatrix::fromDenseAndToDense() {
    const SparseMatrix m = SparseMatrix::fromDense(exampleDense());
    QCOMPARE(m.values, example().values);
    QCOMPARE(m.indices, example().indices);
    QCOMPARE(m.indptr, example().indptr);
    QCOMPARE(m.toDense(), exampleDense());
}

void TestSparseMatrix::rowRanges() {
    const SparseMatrix m = example();
    QCOMPARE(m.rowStart(1), std::int64_t(1));
    QCOMPARE(m.rowEnd(1), std::int64_t(3));
    QCOMPARE(m.rowStart(2), m.rowEnd(2));  // the empty row
    QCOMPARE(m.rowEnd(3), std::int64_t(5));
}

void TestSparseMatrix::denseColumnsInAnyOrderWithRepeats() {
    Eigen::MatrixXd expected(4, 4);
    expected << 0, 0, 2, 0,  //
        4, 3, 0, 3,          //
        0, 0, 0, 0,          //
        0, 5, 6, 5;
    QCOMPARE(example().denseColumns({2, 0, 1, 0}), expected);
    QCOMPARE(example().denseColumns({}).cols(), Eigen::Index(0));
}

void TestSparseMatrix::denseColumnsRejectsOutOfRange() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, example().denseColumns({3}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, example().denseColumns({-1}));
}

void TestSparseMatrix::keepRows() {
    const SparseMatrix m = example();
    const SparseMatrix kept = m.keepRows({true, false, true, true});
    QCOMPARE(kept.rows(), 3);
    QCOMPARE(kept.columns(), 3);
    QCOMPARE(kept.values, std::vector<double>({2, 5, 6}));
    QCOMPARE(kept.indices, std::vector<int>({1, 0, 1}));
    QCOMPARE(kept.indptr, std::vector<std::int64_t>({0, 1, 1, 3}));
    kept.validate();
    QCOMPARE(m.nonZeros(), std::int64_t(5));  // the original is untouched
    const SparseMatrix none = m.keepRows({false, false, false, false});
    QCOMPARE(none.rows(), 0);
    none.validate();
}

void TestSparseMatrix::keepRowsInPlace() {
    const std::vector<bool> keep{false, true, false, true};
    const SparseMatrix copied = example().keepRows(keep);
    SparseMatrix m = example();
    const SparseMatrix moved = std::move(m).keepRows(keep);
    QCOMPARE(moved.rows(), 2);
    QCOMPARE(moved.values, std::vector<double>({3, 4, 5, 6}));
    QCOMPARE(moved.indices, std::vector<int>({0, 2, 0, 1}));
    QCOMPARE(moved.indptr, std::vector<std::int64_t>({0, 2, 4}));
    QCOMPARE(moved.toDense(), copied.toDense());
    moved.validate();
}

void TestSparseMatrix::keepColumns() {
    const SparseMatrix kept = example().keepColumns({true, false, true});
    Eigen::MatrixXd expected(4, 2);
    expected << 0, 0, 3, 4, 0, 0, 5, 0;
    QCOMPARE(kept.columns(), 2);
    QCOMPARE(kept.toDense(), expected);
    QCOMPARE(kept.indptr, std::vector<std::int64_t>({0, 0, 2, 2, 3}));
    kept.validate();
}

void TestSparseMatrix::keepColumnsInPlace() {
    SparseMatrix m = example();
    const SparseMatrix moved = std::move(m).keepColumns({false, true, true});
    Eigen::MatrixXd expected(4, 2);
    expected << 2, 0, 0, 4, 0, 0, 6, 0;
    QCOMPARE(moved.columns(), 2);
    QCOMPARE(moved.values, std::vector<double>({2, 4, 6}));
    QCOMPARE(moved.indices, std::vector<int>({0, 1, 0}));
    QCOMPARE(moved.indptr, std::vector<std::int64_t>({0, 1, 2, 2, 3}));
    QCOMPARE(moved.toDense(), expected);
    moved.validate();
    SparseMatrix again = example();
    QCOMPARE(
        std::move(again)
            .keepRows({true, true, false, true})
            .keepColumns({true, true, false})
            .toDense(),
        example().keepRows({true, true, false, true}).keepColumns({true, true, false}).toDense());
}

void TestSparseMatrix::keepWithWrongFlagCountIsAnError() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, example().keepRows({true}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, example().keepColumns({true}));
    SparseMatrix m = example();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::move(m).keepRows({true}));
    SparseMatrix n = example();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, std::move(n).keepColumns({true}));
}

void TestSparseMatrix::transposed() {
    const SparseMatrix t = example().transposed();
    QCOMPARE(t.rows(), 3);
    QCOMPARE(t.columns(), 4);
    QCOMPARE(t.values, std::vector<double>({3, 5, 2, 6, 4}));
    QCOMPARE(t.indices, std::vector<int>({1, 3, 0, 3, 1}));
    QCOMPARE(t.indptr, std::vector<std::int64_t>({0, 2, 4, 5}));
    QCOMPARE(t.toDense(), exampleDense().transpose().eval());
    t.validate();
    QCOMPARE(t.transposed().toDense(), exampleDense());
}

void TestSparseMatrix::validateCatchesBrokenArrays_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<std::vector<int>>("indices");
    QTest::addColumn<std::vector<std::int64_t>>("indptr");
    QTest::newRow("indptr too short")
        << 2 << std::vector<double>{1} << std::vector<int>{0} << std::vector<std::int64_t>{0, 1};
    QTest::newRow("sizes differ") << 1 << std::vector<double>{1, 2} << std::vector<int>{0}
                                  << std::vector<std::int64_t>{0, 1};
    QTest::newRow("not from 0") << 1 << std::vector<double>{1} << std::vector<int>{0}
                                << std::vector<std::int64_t>{1, 1};
    QTest::newRow("wrong end") << 1 << std::vector<double>{1, 2} << std::vector<int>{0, 1}
                               << std::vector<std::int64_t>{0, 1};
    QTest::newRow("decreasing") << 2 << std::vector<double>{1} << std::vector<int>{0}
                                << std::vector<std::int64_t>{0, 2, 1};
    // An early offset past the end: must be caught before it is read through.
    QTest::newRow("past the end") << 2 << std::vector<double>{1} << std::vector<int>{0}
                                  << std::vector<std::int64_t>{0, 5, 1};
    QTest::newRow("column out of range")
        << 1 << std::vector<double>{1} << std::vector<int>{3} << std::vector<std::int64_t>{0, 1};
    QTest::newRow("negative column")
        << 1 << std::vector<double>{1} << std::vector<int>{-1} << std::vector<std::int64_t>{0, 1};
    QTest::newRow("unsorted") << 1 << std::vector<double>{1, 2} << std::vector<int>{2, 1}
                              << std::vector<std::int64_t>{0, 2};
    QTest::newRow("repeated column") << 1 << std::vector<double>{1, 2} << std::vector<int>{1, 1}
                                     << std::vector<std::int64_t>{0, 2};
    QTest::newRow("negative rows")
        << -1 << std::vector<double>{} << std::vector<int>{} << std::vector<std::int64_t>{0};
}

void TestSparseMatrix::validateCatchesBrokenArrays() {
    QFETCH(int, rows);
    QFETCH(std::vector<double>, values);
    QFETCH(std::vector<int>, indices);
    QFETCH(std::vector<std::int64_t>, indptr);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             SparseMatrix::fromCsr(rows, 3, values, indices, indptr));
}

QTEST_APPLESS_MAIN(TestSparseMatrix)
#include "tst_sparsematrix.moc"
