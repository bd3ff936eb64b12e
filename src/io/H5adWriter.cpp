#include "H5adWriter.h"

#include "Hdf5Handle.h"
#include "IoErrors.h"
#include "NumberText.h"
#include "PrintableText.h"

#include <QFile>
#include <algorithm>
#include <map>
#include <stdexcept>

namespace latentlab::io {

namespace {

/// Throws WriteError naming the file when an HDF5 call failed.
struct Checker {
    std::string path;
    hid_t operator()(hid_t id) const {
        if (id < 0) throw WriteError("cannot write '" + path + "': " + hdf5Problem());
        return id;
    }
};

Hdf5Handle utf8StringType() {
    Hdf5Handle type(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(type.get(), H5T_VARIABLE);
    H5Tset_cset(type.get(), H5T_CSET_UTF8);
    return type;
}

std::vector<const char*> pointersOf(const std::vector<std::string>& texts) {
    std::vector<const char*> pointers;
    pointers.reserve(texts.size());
    for (const std::string& t : texts) pointers.push_back(t.c_str());
    return pointers;
}

void setTexts(hid_t object, const char* name, const std::vector<std::string>& texts, bool scalar,
              const Checker& check) {
    const Hdf5Handle type = utf8StringType();
    const hsize_t size[1] = {texts.size()};
    Hdf5Handle space(check(scalar ? H5Screate(H5S_SCALAR) : H5Screate_simple(1, size, nullptr)),
                     H5Sclose);
    Hdf5Handle attribute(
        check(H5Acreate2(object, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT)),
        H5Aclose);
    const std::vector<const char*> pointers = pointersOf(texts);
    if (!texts.empty()) check(H5Awrite(attribute.get(), type.get(), pointers.data()));
}

void setText(hid_t object, const char* name, const std::string& text, const Checker& check) {
    setTexts(object, name, {text}, true, check);
}

void setEncoding(hid_t object, const char* type, const char* version, const Checker& check) {
    setText(object, "encoding-type", type, check);
    setText(object, "encoding-version", version, check);
}

/// A numpy bool as h5py stores it: an int8 enum FALSE = 0, TRUE = 1.
void setBool(hid_t object, const char* name, bool value, const Checker& check) {
    Hdf5Handle type(check(H5Tenum_create(H5T_NATIVE_INT8)), H5Tclose);
    const signed char no = 0, yes = 1;
    check(H5Tenum_insert(type.get(), "FALSE", &no));
    check(H5Tenum_insert(type.get(), "TRUE", &yes));
    Hdf5Handle space(check(H5Screate(H5S_SCALAR)), H5Sclose);
    Hdf5Handle attribute(
        check(H5Acreate2(object, name, type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT)),
        H5Aclose);
    const signed char stored = value ? yes : no;
    check(H5Awrite(attribute.get(), type.get(), &stored));
}

/// Objects carry no creation times, so writing the same result twice gives the same bytes.
Hdf5Handle timelessCreation(hid_t propertyClass, const Checker& check) {
    Hdf5Handle list(check(H5Pcreate(propertyClass)), H5Pclose);
    check(H5Pset_obj_track_times(list.get(), false));
    return list;
}

Hdf5Handle createDataset(hid_t parent, const char* name, hid_t type, hid_t space,
                         const Checker& check) {
    const Hdf5Handle creation = timelessCreation(H5P_DATASET_CREATE, check);
    return Hdf5Handle(
        check(H5Dcreate2(parent, name, type, space, H5P_DEFAULT, creation.get(), H5P_DEFAULT)),
        H5Dclose);
}

Hdf5Handle createGroup(hid_t parent, const char* name, const char* type, const char* version,
                       const Checker& check) {
    const Hdf5Handle creation = timelessCreation(H5P_GROUP_CREATE, check);
    Hdf5Handle group(check(H5Gcreate2(parent, name, H5P_DEFAULT, creation.get(), H5P_DEFAULT)),
                     H5Gclose);
    setEncoding(group.get(), type, version, check);
    return group;
}

void writeStrings(hid_t parent, const char* name, const std::vector<std::string>& texts,
                  const Checker& check) {
    const Hdf5Handle type = utf8StringType();
    const hsize_t size[1] = {texts.size()};
    Hdf5Handle space(check(H5Screate_simple(1, size, nullptr)), H5Sclose);
    const Hdf5Handle dataset = createDataset(parent, name, type.get(), space.get(), check);
    const std::vector<const char*> pointers = pointersOf(texts);
    if (!texts.empty())
        check(H5Dwrite(dataset.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()));
    setEncoding(dataset.get(), "string-array", "0.2.0", check);
}

void writeCodes(hid_t parent, const std::vector<int>& codes, std::size_t categories,
                const Checker& check) {
    // pandas picks the smallest signed type that holds the codes; anndata keeps it.
    const hid_t type = categories < 128     ? H5T_STD_I8LE
                       : categories < 32768 ? H5T_STD_I16LE
                                            : H5T_STD_I32LE;
    const hsize_t size[1] = {codes.size()};
    Hdf5Handle space(check(H5Screate_simple(1, size, nullptr)), H5Sclose);
    const Hdf5Handle dataset = createDataset(parent, "codes", type, space.get(), check);
    if (!codes.empty())
        check(H5Dwrite(dataset.get(), H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, codes.data()));
    setEncoding(dataset.get(), "array", "0.2.0", check);
}

void writeMatrix(hid_t parent, const std::string& name, const Eigen::MatrixXd& values,
                 const Checker& check) {
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rowMajor = values;
    const hsize_t size[2] = {hsize_t(values.rows()), hsize_t(values.cols())};
    Hdf5Handle space(check(H5Screate_simple(2, size, nullptr)), H5Sclose);
    const Hdf5Handle dataset =
        createDataset(parent, name.c_str(), H5T_IEEE_F64LE, space.get(), check);
    if (values.size() > 0)
        check(H5Dwrite(dataset.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                       rowMajor.data()));
    setEncoding(dataset.get(), "array", "0.2.0", check);
}

void writeScalarString(hid_t parent, const std::string& name, const std::string& text,
                       const Checker& check) {
    const Hdf5Handle type = utf8StringType();
    Hdf5Handle space(check(H5Screate(H5S_SCALAR)), H5Sclose);
    const Hdf5Handle dataset = createDataset(parent, name.c_str(), type.get(), space.get(), check);
    const char* pointer = text.c_str();
    check(H5Dwrite(dataset.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, &pointer));
    setEncoding(dataset.get(), "string", "0.2.0", check);
}

void writeFrame(hid_t parent, const char* name, const std::vector<std::string>& index,
                const std::vector<std::string>& columns, const Checker& check, Hdf5Handle& frame) {
    frame = createGroup(parent, name, "dataframe", "0.2.0", check);
    setText(frame.get(), "_index", "_index", check);
    setTexts(frame.get(), "column-order", columns, false, check);
    writeStrings(frame.get(), "_index", index, check);
}

bool allIntegers(const std::vector<std::string>& texts) {
    long long value = 0;
    return std::all_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return parseInteger(t, value); });
}

}  // namespace

H5adWriter::H5adWriter(std::vector<std::string> rowNames) : m_rowNames(std::move(rowNames)) {}

void H5adWriter::addCategorical(const std::string& name, const std::vector<std::string>& values) {
    if (values.size() != m_rowNames.size())
        throw std::invalid_argument("H5adWriter: column '" + name + "' needs one value per row");
    Categorical column{name, {}, {}};
    for (const std::string& v : values)
        if (!v.empty()) column.categories.push_back(v);
    std::sort(column.categories.begin(), column.categories.end());
    column.categories.erase(std::unique(column.categories.begin(), column.categories.end()),
                            column.categories.end());
    if (allIntegers(column.categories))
        std::sort(column.categories.begin(), column.categories.end(),
                  [](const std::string& a, const std::string& b) {
                      return std::stoll(a) < std::stoll(b);
                  });
    std::map<std::string, int> codeOf;
    for (std::size_t c = 0; c < column.categories.size(); ++c)
        codeOf[column.categories[c]] = int(c);
    for (const std::string& v : values) column.codes.push_back(v.empty() ? -1 : codeOf[v]);
    m_categoricals.push_back(std::move(column));
}

void H5adWriter::addObsm(const std::string& name, const Eigen::Ref<const Eigen::MatrixXd>& matrix) {
    if (std::size_t(matrix.rows()) != m_rowNames.size())
        throw std::invalid_argument("H5adWriter: obsm '" + name + "' needs one row per name");
    m_obsm.push_back({name, matrix});
}

void H5adWriter::addUnsString(const std::string& key, const std::string& text) {
    m_uns.emplace_back(key, text);
}

void H5adWriter::write(const QString& path) const {
    silenceHdf5Errors();
    const Checker check{printable(path.toStdString())};
    try {
        Hdf5Handle file(
            check(H5Fcreate(path.toStdString().c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT)),
            H5Fclose);
        setEncoding(file.get(), "anndata", "0.1.0", check);
        std::vector<std::string> columns;
        for (const Categorical& c : m_categoricals) columns.push_back(c.name);
        Hdf5Handle obs;
        writeFrame(file.get(), "obs", m_rowNames, columns, check, obs);
        for (const Categorical& c : m_categoricals) {
            Hdf5Handle group =
                createGroup(obs.get(), c.name.c_str(), "categorical", "0.2.0", check);
            setBool(group.get(), "ordered", false, check);
            writeCodes(group.get(), c.codes, c.categories.size(), check);
            writeStrings(group.get(), "categories", c.categories, check);
        }
        Hdf5Handle var;
        writeFrame(file.get(), "var", {}, {}, check, var);
        Hdf5Handle obsm = createGroup(file.get(), "obsm", "dict", "0.1.0", check);
        for (const NamedMatrix& m : m_obsm) writeMatrix(obsm.get(), m.name, m.values, check);
        Hdf5Handle uns = createGroup(file.get(), "uns", "dict", "0.1.0", check);
        for (const auto& [key, text] : m_uns) writeScalarString(uns.get(), key, text, check);
        for (const char* name : {"layers", "obsp", "varm", "varp"})
            createGroup(file.get(), name, "dict", "0.1.0", check);
        obs.reset();
        var.reset();
        obsm.reset();
        uns.reset();
        if (H5Fflush(file.get(), H5F_SCOPE_GLOBAL) < 0) check(-1);
        file = Hdf5Handle();
    } catch (const WriteError&) {
        QFile::remove(path);
        throw;
    }
}

}  // namespace latentlab::io
