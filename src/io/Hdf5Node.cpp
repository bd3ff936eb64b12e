#include "Hdf5Node.h"

#include "Hdf5Text.h"
#include "IoErrors.h"
#include "PrintableText.h"

namespace latentlab::io {

Hdf5Node Hdf5Node::root(hid_t file, const std::string& source) {
    Hdf5Handle group(H5Gopen2(file, "/", H5P_DEFAULT), H5Gclose);
    if (!group.valid()) throw ReadError(source + ": " + hdf5Problem());
    return Hdf5Node(std::move(group), "/", source, true);
}

std::string Hdf5Node::where() const { return m_source + ", " + m_path; }

void Hdf5Node::fail(const std::string& what) const { throw ReadError(where() + ": " + what); }

bool Hdf5Node::has(const std::string& name) const {
    if (!m_group || name.empty() || name.find('/') != std::string::npos) return false;
    const htri_t link = H5Lexists(m_handle.get(), name.c_str(), H5P_DEFAULT);
    if (link <= 0) {
        H5Eclear2(H5E_DEFAULT);
        return false;
    }
    const htri_t object = H5Oexists_by_name(m_handle.get(), name.c_str(), H5P_DEFAULT);
    H5Eclear2(H5E_DEFAULT);
    return object > 0;
}

Hdf5Node Hdf5Node::child(const std::string& name) const {
    const std::string path = (m_path == "/" ? "/" : m_path + "/") + printable(name);
    if (!has(name)) throw ReadError(m_source + ", " + path + ": missing");
    Hdf5Handle object(H5Oopen(m_handle.get(), name.c_str(), H5P_DEFAULT), H5Oclose);
    if (!object.valid()) throw ReadError(m_source + ", " + path + ": " + hdf5Problem());
    const H5I_type_t type = H5Iget_type(object.get());
    if (type != H5I_GROUP && type != H5I_DATASET)
        throw ReadError(m_source + ", " + path + ": neither a group nor a dataset");
    return Hdf5Node(std::move(object), path, m_source, type == H5I_GROUP);
}

namespace {

herr_t collectName(hid_t, const char* name, const H5L_info_t*, void* data) {
    static_cast<std::vector<std::string>*>(data)->emplace_back(name);
    return 0;
}

}  // namespace

std::vector<std::string> Hdf5Node::childNames() const {
    std::vector<std::string> names;
    if (!m_group) return names;
    hsize_t index = 0;
    if (H5Literate(m_handle.get(), H5_INDEX_NAME, H5_ITER_INC, &index, collectName, &names) < 0)
        fail(hdf5Problem());
    return names;
}

std::uint64_t Hdf5Node::fileSize() const {
    Hdf5Handle file(H5Iget_file_id(m_handle.get()), H5Fclose);
    hsize_t size = 0;
    if (!file.valid() || H5Fget_filesize(file.get(), &size) < 0) fail(hdf5Problem());
    return size;
}

bool Hdf5Node::hasAttribute(const std::string& name) const {
    const htri_t exists = H5Aexists(m_handle.get(), name.c_str());
    if (exists < 0) H5Eclear2(H5E_DEFAULT);
    return exists > 0;
}

std::string Hdf5Node::attributePlace(const std::string& name) const {
    return where() + " (attribute '" + printable(name) + "')";
}

Hdf5Handle Hdf5Node::openAttribute(const std::string& name) const {
    Hdf5Handle attribute(H5Aopen(m_handle.get(), name.c_str(), H5P_DEFAULT), H5Aclose);
    if (!attribute.valid()) throw ReadError(attributePlace(name) + ": " + hdf5Problem());
    return attribute;
}

std::string Hdf5Node::textAttribute(const std::string& name, const std::string& fallback) const {
    if (!hasAttribute(name)) return fallback;
    const Hdf5Handle attribute = openAttribute(name);
    const std::vector<std::string> texts = readAttributeTexts(attribute.get());
    if (texts.size() != 1) return fallback;
    return texts.front();
}

std::vector<std::string> Hdf5Node::textListAttribute(const std::string& name) const {
    if (!hasAttribute(name)) return {};
    const Hdf5Handle attribute = openAttribute(name);
    return readAttributeTexts(attribute.get());
}

std::vector<std::int64_t> Hdf5Node::integerListAttribute(const std::string& name) const {
    if (!hasAttribute(name)) fail("attribute '" + printable(name) + "' missing");
    const Hdf5Handle attribute = openAttribute(name);
    Hdf5Handle type(H5Aget_type(attribute.get()), H5Tclose);
    Hdf5Handle space(H5Aget_space(attribute.get()), H5Sclose);
    if (H5Tget_class(type.get()) != H5T_INTEGER)
        throw ReadError(attributePlace(name) + ": not integers");
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count < 0 || count > 64) throw ReadError(attributePlace(name) + ": not a short list");
    std::vector<std::int64_t> values(static_cast<std::size_t>(count));
    if (count > 0 && H5Aread(attribute.get(), H5T_NATIVE_INT64, values.data()) < 0)
        throw ReadError(attributePlace(name) + ": " + hdf5Problem());
    return values;
}

bool Hdf5Node::isReferenceAttribute(const std::string& name) const {
    if (!hasAttribute(name)) return false;
    const Hdf5Handle attribute = openAttribute(name);
    Hdf5Handle type(H5Aget_type(attribute.get()), H5Tclose);
    return H5Tget_class(type.get()) == H5T_REFERENCE;
}

Hdf5Node Hdf5Node::referencedNode(const std::string& name) const {
    const Hdf5Handle attribute = openAttribute(name);
    Hdf5Handle space(H5Aget_space(attribute.get()), H5Sclose);
    if (H5Sget_simple_extent_npoints(space.get()) != 1)
        throw ReadError(attributePlace(name) + ": not a single reference");
    hobj_ref_t reference{};
    if (H5Aread(attribute.get(), H5T_STD_REF_OBJ, &reference) < 0)
        throw ReadError(attributePlace(name) + ": " + hdf5Problem());
    Hdf5Handle object(H5Rdereference2(m_handle.get(), H5P_DEFAULT, H5R_OBJECT, &reference),
                      H5Oclose);
    if (!object.valid())
        throw ReadError(attributePlace(name) + ": a broken reference (" + hdf5Problem() + ")");
    char path[1024] = {};
    if (H5Iget_name(object.get(), path, sizeof path) <= 0) H5Eclear2(H5E_DEFAULT);
    const H5I_type_t type = H5Iget_type(object.get());
    return Hdf5Node(std::move(object), printable(path), m_source, type == H5I_GROUP);
}

}  // namespace latentlab::io
