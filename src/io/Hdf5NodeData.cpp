// Hdf5Node's dataset reads (the navigation and attributes are in Hdf5Node.cpp).
#include "Hdf5Node.h"

#include "Hdf5Text.h"
#include "IoErrors.h"
#include "NumberText.h"

#include <algorithm>

namespace latentlab::io {

namespace {

const char* className(H5T_class_t type) {
    switch (type) {
        case H5T_STRING:
            return "strings";
        case H5T_COMPOUND:
            return "records (a compound type)";
        case H5T_REFERENCE:
            return "references";
        case H5T_OPAQUE:
            return "opaque bytes";
        case H5T_ARRAY:
            return "arrays";
        case H5T_VLEN:
            return "variable-length sequences";
        default:
            return "values of an unknown type";
    }
}

}  // namespace

std::vector<std::uint64_t> Hdf5Node::shape() const {
    if (m_group) fail("a group where a dataset was expected");
    Hdf5Handle space(H5Dget_space(m_handle.get()), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0) fail(hdf5Problem());
    std::vector<hsize_t> dims(std::size_t(rank), 0);
    if (rank > 0) H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    return std::vector<std::uint64_t>(dims.begin(), dims.end());
}

std::uint64_t Hdf5Node::elementCount() const {
    std::uint64_t count = 1;
    for (std::uint64_t d : shape()) {
        if (d != 0 && count > UINT64_MAX / d) fail("more elements than can be counted");
        count *= d;
    }
    return count;
}

H5T_class_t Hdf5Node::typeClass() const {
    if (m_group) fail("a group where a dataset was expected");
    Hdf5Handle type(H5Dget_type(m_handle.get()), H5Tclose);
    return H5Tget_class(type.get());
}

void Hdf5Node::requireNumeric() const {
    const H5T_class_t type = typeClass();
    if (type != H5T_INTEGER && type != H5T_FLOAT && type != H5T_ENUM)
        fail(std::string("holds ") + className(type) + ", not numbers");
}

void Hdf5Node::requireRank(int dimensions) const {
    const std::size_t rank = shape().size();
    if (rank != std::size_t(dimensions))
        fail("has " + std::to_string(rank) + " dimension" + (rank == 1 ? "" : "s") + ", expected " +
             std::to_string(dimensions));
}

void Hdf5Node::requirePlausibleSize() const {
    const std::uint64_t count = elementCount();
    Hdf5Handle type(H5Dget_type(m_handle.get()), H5Tclose);
    const std::uint64_t elementSize = std::max<std::size_t>(H5Tget_size(type.get()), 1);
    const std::uint64_t stored = H5Dget_storage_size(m_handle.get());
    // deflate compresses at most ~1032:1; anything beyond that is not really stored
    const long double claimed = static_cast<long double>(count) * elementSize;
    if (claimed > static_cast<long double>(stored) * 1100.0L + (1 << 20))
        fail("claims " + std::to_string(count) + " values but stores only " +
             std::to_string(stored) + " bytes");
}

std::vector<std::string> Hdf5Node::readTexts() const {
    requirePlausibleSize();
    std::vector<std::string> texts;
    if (!readDatasetTexts(m_handle.get(), texts))
        fail(std::string("holds ") + className(typeClass()) + ", not text");
    return texts;
}

std::vector<std::int64_t> Hdf5Node::readIntegers() const {
    requireRank(1);
    requireNumeric();
    requirePlausibleSize();
    std::vector<std::int64_t> values(static_cast<std::size_t>(elementCount()));
    const H5T_class_t type = typeClass();
    if (type == H5T_ENUM || type == H5T_FLOAT) {
        const std::vector<double> numbers = readDoubles();
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!(numbers[i] == std::int64_t(numbers[i])))
                fail("[" + std::to_string(i) + "] = " + formatNumber(numbers[i]) +
                     " is not an integer");
            values[i] = std::int64_t(numbers[i]);
        }
        return values;
    }
    readRange(H5T_NATIVE_INT64, values.data(), 0, values.size());
    return values;
}

std::vector<double> Hdf5Node::readDoubles() const {
    requireRank(1);
    requireNumeric();
    requirePlausibleSize();
    std::vector<double> values(static_cast<std::size_t>(elementCount()));
    if (typeClass() == H5T_ENUM) {
        std::vector<std::string> texts;
        readDatasetTexts(m_handle.get(), texts);
        for (std::size_t i = 0; i < values.size() && i < texts.size(); ++i)
            values[i] = texts[i] == "True" ? 1.0 : 0.0;
        return values;
    }
    readRange(H5T_NATIVE_DOUBLE, values.data(), 0, values.size());
    return values;
}

void Hdf5Node::readRange(hid_t memoryType, void* out, std::uint64_t start,
                         std::uint64_t count) const {
    if (count == 0) return;
    Hdf5Handle fileSpace(H5Dget_space(m_handle.get()), H5Sclose);
    const hsize_t offset[1] = {start};
    const hsize_t size[1] = {count};
    Hdf5Handle memorySpace(H5Screate_simple(1, size, nullptr), H5Sclose);
    if (H5Sselect_hyperslab(fileSpace.get(), H5S_SELECT_SET, offset, nullptr, size, nullptr) < 0 ||
        H5Dread(m_handle.get(), memoryType, memorySpace.get(), fileSpace.get(), H5P_DEFAULT, out) <
            0)
        fail("cannot read entries " + std::to_string(start) + " to " +
             std::to_string(start + count - 1) + " (" + hdf5Problem() + ")");
}

void Hdf5Node::readRows(double* out, std::uint64_t start, std::uint64_t count) const {
    if (count == 0) return;
    const std::vector<std::uint64_t> dims = shape();
    Hdf5Handle fileSpace(H5Dget_space(m_handle.get()), H5Sclose);
    const hsize_t offset[2] = {start, 0};
    const hsize_t size[2] = {count, dims.at(1)};
    Hdf5Handle memorySpace(H5Screate_simple(2, size, nullptr), H5Sclose);
    if (size[1] == 0) return;
    if (H5Sselect_hyperslab(fileSpace.get(), H5S_SELECT_SET, offset, nullptr, size, nullptr) < 0 ||
        H5Dread(m_handle.get(), H5T_NATIVE_DOUBLE, memorySpace.get(), fileSpace.get(), H5P_DEFAULT,
                out) < 0)
        fail("cannot read rows " + std::to_string(start + 1) + " to " +
             std::to_string(start + count) + " (" + hdf5Problem() + ")");
}

}  // namespace latentlab::io
