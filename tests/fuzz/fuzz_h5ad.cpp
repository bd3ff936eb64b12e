// The .h5ad structure checks under fuzzing: the input is a recipe (FuzzedDataProvider) for a
// small AnnData file -- dense, CSR or CSC X in either generation's attributes, data, indices
// and indptr of any type and value, shapes that agree or not, obs/var with categoricals old
// and new -- written as a valid HDF5 image in memory and read with H5adReader::readImage.
// The reader must give consistent ExpressionData or one printable line of LatentLab's errors.
// Recipes rather than mutated HDF5 bytes: libhdf5 1.10 itself hangs on corrupt files (seen in
// H5T__conv_vlen within seconds), which would drown the findings in our own checks.
#include "Errors.h"
#include "H5adReader.h"
#include "PrintableText.h"

#include <fuzzer/FuzzedDataProvider.h>
#include <hdf5.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

hid_t stringType() {
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    H5Tset_cset(type, H5T_CSET_UTF8);
    return type;
}

void textAttribute(hid_t object, const char* name, const std::string& value) {
    const hid_t type = stringType(), space = H5Screate(H5S_SCALAR);
    const hid_t attribute = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    const char* text = value.c_str();
    H5Awrite(attribute, type, &text);
    H5Aclose(attribute), H5Sclose(space), H5Tclose(type);
}

void integerAttribute(hid_t object, const char* name, const std::vector<std::int64_t>& values) {
    const hsize_t size[1] = {values.size()};
    const hid_t space = H5Screate_simple(1, size, nullptr);
    const hid_t attribute =
        H5Acreate2(object, name, H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT);
    if (!values.empty()) H5Awrite(attribute, H5T_NATIVE_INT64, values.data());
    H5Aclose(attribute), H5Sclose(space);
}

hid_t numbers(hid_t parent, const char* name, hid_t fileType, const std::vector<std::int64_t>& v,
              int rows = -1) {
    const hsize_t size[2] = {rows < 0 ? v.size() : hsize_t(rows),
                             rows <= 0 ? 1 : v.size() / hsize_t(rows)};
    const hid_t space = H5Screate_simple(rows < 0 ? 1 : 2, size, nullptr);
    const hid_t dataset =
        H5Dcreate2(parent, name, fileType, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    if (!v.empty()) H5Dwrite(dataset, H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
    H5Sclose(space);
    return dataset;
}

hid_t strings(hid_t parent, const char* name, const std::vector<std::string>& texts) {
    const hid_t type = stringType();
    const hsize_t size[1] = {texts.size()};
    const hid_t space = H5Screate_simple(1, size, nullptr);
    const hid_t dataset =
        H5Dcreate2(parent, name, type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    std::vector<const char*> pointers;
    for (const std::string& t : texts) pointers.push_back(t.c_str());
    if (!texts.empty()) H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data());
    H5Sclose(space), H5Tclose(type);
    return dataset;
}

std::vector<std::int64_t> values(FuzzedDataProvider& in, std::size_t count, std::int64_t low,
                                 std::int64_t high) {
    std::vector<std::int64_t> v(count);
    for (std::int64_t& x : v) x = in.ConsumeIntegralInRange(low, high);
    return v;
}

hid_t numberType(FuzzedDataProvider& in) {
    const hid_t types[] = {H5T_IEEE_F32LE, H5T_IEEE_F64LE, H5T_STD_I32LE,
                           H5T_STD_I64LE,  H5T_STD_I8LE,   H5T_STD_U64LE};
    return types[in.ConsumeIntegralInRange(0, 5)];
}

/// An obs or var frame of about `length` rows with a column of every kind the reader knows.
void frame(FuzzedDataProvider& in, hid_t file, const char* name, int length) {
    const hid_t group = H5Gcreate2(file, name, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    textAttribute(group, "encoding-type", "dataframe");
    textAttribute(group, "_index", in.ConsumeBool() ? "_index" : "names");
    const int rows = in.ConsumeBool() ? length : in.ConsumeIntegralInRange(0, 8);
    std::vector<std::string> index;
    for (int r = 0; r < rows; ++r) index.push_back(in.ConsumeRandomLengthString(6));
    H5Dclose(strings(group, "_index", index));
    const int categories = in.ConsumeIntegralInRange(0, 4);
    std::vector<std::string> names;
    for (int c = 0; c < categories; ++c) names.push_back(in.ConsumeRandomLengthString(4));
    const int kind = in.ConsumeIntegralInRange(0, 3);
    const std::vector<std::int64_t> codes = values(in, std::size_t(rows), -2, categories);
    if (kind == 0) {  // anndata >= 0.8 categorical
        const hid_t column = H5Gcreate2(group, "cell_type", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        textAttribute(column, "encoding-type", "categorical");
        H5Dclose(numbers(column, "codes", in.ConsumeBool() ? H5T_STD_I8LE : numberType(in), codes));
        H5Dclose(strings(column, "categories", names));
        H5Gclose(column);
    } else if (kind == 1) {  // anndata 0.7: codes referring to __categories/cell_type
        const hid_t holder =
            H5Gcreate2(group, "__categories", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        const hid_t dataset = strings(holder, "cell_type", names);
        hobj_ref_t reference{};
        H5Rcreate(&reference, holder, "cell_type", H5R_OBJECT, -1);
        const hid_t column = numbers(group, "cell_type", H5T_STD_I8LE, codes);
        const hid_t space = H5Screate(H5S_SCALAR);
        const hid_t attribute =
            H5Acreate2(column, "categories", H5T_STD_REF_OBJ, space, H5P_DEFAULT, H5P_DEFAULT);
        H5Awrite(attribute, H5T_STD_REF_OBJ, &reference);
        H5Aclose(attribute), H5Sclose(space), H5Dclose(column), H5Dclose(dataset), H5Gclose(holder);
    } else if (kind == 2) {
        H5Dclose(numbers(group, "gene_symbols", numberType(in), codes));
    } else {
        H5Dclose(strings(group, "gene_symbols", names));
    }
    H5Gclose(group);
}

/// X as the recipe says: dense, csr/csc (new or legacy attributes) or a group of no kind.
void matrix(FuzzedDataProvider& in, hid_t parent, const char* name, int rows, int columns) {
    const int kind = in.ConsumeIntegralInRange(0, 5);
    if (kind == 0) {
        H5Dclose(numbers(parent, name, numberType(in),
                         values(in, std::size_t(rows * columns), -3, 30), rows));
        return;
    }
    const hid_t group = H5Gcreate2(parent, name, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const bool csr = kind == 1 || kind == 3;
    const bool legacy = kind >= 3;
    if (kind == 5) {
        textAttribute(group, "encoding-type", in.ConsumeRandomLengthString(12));
    } else if (legacy) {
        textAttribute(group, "h5sparse_format", csr ? "csr" : "csc");
    } else {
        textAttribute(group, "encoding-type", csr ? "csr_matrix" : "csc_matrix");
    }
    std::vector<std::int64_t> shape = {rows, columns};
    if (in.ConsumeIntegralInRange(0, 7) == 0)
        shape = {in.ConsumeIntegral<std::int64_t>(), in.ConsumeIntegral<std::int64_t>()};
    integerAttribute(group, legacy ? "h5sparse_shape" : "shape", shape);
    const int outer = csr ? rows : columns;
    const int inner = csr ? columns : rows;
    const std::size_t stored = in.ConsumeIntegralInRange<std::size_t>(0, 12);
    std::vector<std::int64_t> indptr{0};
    const bool valid = in.ConsumeBool();
    for (int o = 0; o < outer; ++o)
        indptr.push_back(
            o + 1 == outer ? std::int64_t(stored)
            : valid        ? std::min<std::int64_t>(std::int64_t(stored),
                                             indptr.back() + in.ConsumeIntegralInRange(0, 3))
                           : in.ConsumeIntegralInRange(-1, 14));
    if (in.ConsumeIntegralInRange(0, 7) == 0) indptr.push_back(int(stored));
    H5Dclose(numbers(group, "indptr", in.ConsumeBool() ? H5T_STD_I64LE : numberType(in), indptr));
    H5Dclose(numbers(group, "indices", in.ConsumeBool() ? H5T_STD_I32LE : numberType(in),
                     values(in, stored, -1, inner)));
    const std::size_t dataCount = in.ConsumeIntegralInRange(0, 7) == 0 ? stored + 1 : stored;
    if (in.ConsumeIntegralInRange(0, 7) == 0) {
        H5Dclose(strings(group, "data", std::vector<std::string>(dataCount, "x")));
    } else {
        H5Dclose(numbers(group, "data", numberType(in), values(in, dataCount, -3, 30)));
    }
    H5Gclose(group);
}

std::vector<char> recipeImage(FuzzedDataProvider& in) {
    const hid_t access = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fapl_core(access, 1 << 16, 0);
    const hid_t file = H5Fcreate("recipe.h5ad", H5F_ACC_TRUNC, H5P_DEFAULT, access);
    const int rows = in.ConsumeIntegralInRange(0, 6);
    const int columns = in.ConsumeIntegralInRange(0, 6);
    if (in.ConsumeIntegralInRange(0, 15) != 0) matrix(in, file, "X", rows, columns);
    if (in.ConsumeIntegralInRange(0, 15) != 0) frame(in, file, "obs", rows);
    if (in.ConsumeIntegralInRange(0, 15) != 0) frame(in, file, "var", columns);
    if (in.ConsumeBool()) {
        const hid_t layers = H5Gcreate2(file, "layers", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        matrix(in, layers, "counts", rows, columns);
        H5Gclose(layers);
    }
    H5Fflush(file, H5F_SCOPE_GLOBAL);
    std::vector<char> image(std::size_t(std::max<ssize_t>(0, H5Fget_file_image(file, nullptr, 0))));
    if (!image.empty()) H5Fget_file_image(file, image.data(), image.size());
    H5Fclose(file), H5Pclose(access);
    return image;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    FuzzedDataProvider in(bytes, size);
    latentlab::io::H5adReadOptions options;
    options.matrix = in.ConsumeIntegralInRange(0, 3) == 0 ? "layers/counts" : "X";
    const std::vector<char> image = recipeImage(in);
    try {
        latentlab::io::H5adReader reader(options);
        const latentlab::ExpressionData data =
            reader.readImage(image.data(), image.size(), "fuzz.h5ad");
        data.values.validate();
        const std::size_t cells = std::size_t(data.cells());
        bool consistent =
            (data.cellNames.empty() || data.cellNames.size() == cells) &&
            (data.geneIds.empty() || data.geneIds.size() == std::size_t(data.genes())) &&
            data.geneNames.size() == data.geneIds.size();
        for (const latentlab::ExpressionData::Annotation& a : data.annotations)
            consistent = consistent && a.values.size() == cells;
        if (!consistent) std::abort();
    } catch (const latentlab::Error& error) {
        if (!latentlab::isPrintable(error.what()) || std::strchr(error.what(), '\n')) std::abort();
    }
    return 0;
}
