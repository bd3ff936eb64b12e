#include "Hdf5Text.h"

#include "Hdf5Handle.h"
#include "NumberText.h"

#include <cstring>
#include <functional>

namespace latentlab::io {

namespace {

using Read = std::function<herr_t(hid_t memoryType, void* buffer)>;

bool readStrings(hid_t fileType, hid_t space, std::size_t count, const Read& read,
                 std::vector<std::string>& texts) {
    texts.clear();
    if (H5Tis_variable_str(fileType) > 0) {
        Hdf5Handle memoryType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memoryType.get(), H5T_VARIABLE);
        H5Tset_cset(memoryType.get(), H5Tget_cset(fileType));
        std::vector<char*> pointers(count, nullptr);
        if (count > 0 && read(memoryType.get(), pointers.data()) < 0) return false;
        texts.reserve(count);
        for (char* text : pointers) texts.emplace_back(text ? text : "");
        if (count > 0) H5Dvlen_reclaim(memoryType.get(), space, H5P_DEFAULT, pointers.data());
        return true;
    }
    const std::size_t size = H5Tget_size(fileType);
    if (size == 0 || size > (std::size_t(1) << 20)) return false;
    Hdf5Handle memoryType(H5Tcopy(fileType), H5Tclose);
    std::string buffer(count * size, '\0');
    if (count > 0 && read(memoryType.get(), buffer.data()) < 0) return false;
    const bool spacePadded = H5Tget_strpad(fileType) == H5T_STR_SPACEPAD;
    texts.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::string text = buffer.substr(i * size, size);
        text.resize(std::strlen(text.c_str()));
        if (spacePadded) text.erase(text.find_last_not_of(' ') + 1);
        texts.push_back(std::move(text));
    }
    return true;
}

bool readNumbers(hid_t fileType, std::size_t count, const Read& read,
                 std::vector<std::string>& texts) {
    texts.clear();
    const H5T_class_t type = H5Tget_class(fileType);
    if (type == H5T_INTEGER) {
        std::vector<long long> values(count);
        if (count > 0 && read(H5T_NATIVE_LLONG, values.data()) < 0) return false;
        for (long long v : values) texts.push_back(std::to_string(v));
        return true;
    }
    if (type == H5T_FLOAT) {
        std::vector<double> values(count);
        if (count > 0 && read(H5T_NATIVE_DOUBLE, values.data()) < 0) return false;
        for (double v : values) texts.push_back(formatNumber(v));
        return true;
    }
    if (type == H5T_ENUM) {  // h5py's booleans: an int8 enum FALSE = 0, TRUE = 1
        Hdf5Handle memoryType(H5Tget_native_type(fileType, H5T_DIR_ASCEND), H5Tclose);
        const std::size_t size = H5Tget_size(memoryType.get());
        if (size == 0 || size > 8) return false;
        std::vector<unsigned char> buffer(count * size);
        if (count > 0 && read(memoryType.get(), buffer.data()) < 0) return false;
        for (std::size_t i = 0; i < count; ++i) {
            char name[64] = {};
            if (H5Tenum_nameof(memoryType.get(), buffer.data() + i * size, name, sizeof name) < 0)
                H5Eclear2(H5E_DEFAULT);
            const std::string text = name;
            texts.push_back(text == "TRUE" ? "True" : text == "FALSE" ? "False" : text);
        }
        return true;
    }
    return false;
}

bool readTexts(hid_t fileType, hid_t space, const Read& read, std::vector<std::string>& texts) {
    const hssize_t points = H5Sget_simple_extent_npoints(space);
    if (points < 0 || H5Sget_simple_extent_ndims(space) > 1) return false;
    const std::size_t count = std::size_t(points);
    bool ok = H5Tget_class(fileType) == H5T_STRING
                  ? readStrings(fileType, space, count, read, texts)
                  : readNumbers(fileType, count, read, texts);
    if (!ok) H5Eclear2(H5E_DEFAULT);
    return ok;
}

}  // namespace

std::vector<std::string> readAttributeTexts(hid_t attribute) {
    Hdf5Handle type(H5Aget_type(attribute), H5Tclose);
    Hdf5Handle space(H5Aget_space(attribute), H5Sclose);
    std::vector<std::string> texts;
    const Read read = [attribute](hid_t memoryType, void* buffer) {
        return H5Aread(attribute, memoryType, buffer);
    };
    if (!type.valid() || !space.valid() || !readTexts(type.get(), space.get(), read, texts))
        texts.clear();
    H5Eclear2(H5E_DEFAULT);
    return texts;
}

bool readDatasetTexts(hid_t dataset, std::vector<std::string>& texts) {
    Hdf5Handle type(H5Dget_type(dataset), H5Tclose);
    Hdf5Handle space(H5Dget_space(dataset), H5Sclose);
    const Read read = [dataset](hid_t memoryType, void* buffer) {
        return H5Dread(dataset, memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer);
    };
    return type.valid() && space.valid() && readTexts(type.get(), space.get(), read, texts);
}

}  // namespace latentlab::io
