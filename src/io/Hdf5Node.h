// One group or dataset of an open HDF5 file, with its path kept for messages: the reading
// primitives of the .h5ad reader (attributes, strings, numbers in ranges) that throw ReadError
// naming the file and the element ("data.h5ad, /X/indptr: ...") and never let HDF5 print.
//
//   Hdf5Node root = Hdf5Node::root(file, "data.h5ad");
//   Hdf5Node indptr = root.child("X").child("indptr");
//   std::vector<std::int64_t> offsets = indptr.readIntegers();
#pragma once

#include "Hdf5Handle.h"

#include <cstdint>
#include <string>
#include <vector>

namespace latentlab::io {

class Hdf5Node {
public:
    /// The root group of an open file; `source` (printable) names the file in messages.
    static Hdf5Node root(hid_t file, const std::string& source);

    bool isGroup() const { return m_group; }
    const std::string& path() const { return m_path; }
    /// "data.h5ad, /X/indptr": where this element is, for messages.
    std::string where() const;
    /// Throws ReadError "<where>: <what>".
    [[noreturn]] void fail(const std::string& what) const;

    /// Whether the group has a child of that name (a link that resolves to an object).
    bool has(const std::string& name) const;
    /// The child; throws "<where>/name: missing" if it is not there.
    Hdf5Node child(const std::string& name) const;
    /// Names of the group's children in HDF5's (alphabetical) order.
    std::vector<std::string> childNames() const;

    bool hasAttribute(const std::string& name) const;
    /// A string attribute (variable or fixed length); `fallback` if it is absent or not text.
    std::string textAttribute(const std::string& name, const std::string& fallback = {}) const;
    /// A string array attribute (e.g. column-order); empty if absent, empty or not strings.
    std::vector<std::string> textListAttribute(const std::string& name) const;
    /// An integer array attribute (e.g. shape); throws if absent or not integers.
    std::vector<std::int64_t> integerListAttribute(const std::string& name) const;
    /// Whether the attribute holds an object reference (anndata 0.7's categories).
    bool isReferenceAttribute(const std::string& name) const;
    /// The object an object-reference attribute points at.
    Hdf5Node referencedNode(const std::string& name) const;

    /// Size in bytes of the file this element is in (bounds what a header may claim).
    std::uint64_t fileSize() const;

    // Datasets
    std::vector<std::uint64_t> shape() const;
    /// Element count of a dataset (1 for a scalar).
    std::uint64_t elementCount() const;
    H5T_class_t typeClass() const;
    /// Throws unless the dataset holds integers, floats or booleans.
    void requireNumeric() const;
    /// Throws unless the dataset has `dimensions` dimensions.
    void requireRank(int dimensions) const;
    /// Throws if the dataset claims far more elements than its stored bytes could hold
    /// (a crafted header must not make the reader allocate terabytes).
    void requirePlausibleSize() const;
    /// Strings of a 1-D (or scalar) string dataset; numbers are formatted as text.
    std::vector<std::string> readTexts() const;
    /// A 1-D dataset as int64 / double (booleans as 0/1).
    std::vector<std::int64_t> readIntegers() const;
    std::vector<double> readDoubles() const;
    /// Elements [start, start + count) of a 1-D dataset, converted to `memoryType`.
    void readRange(hid_t memoryType, void* out, std::uint64_t start, std::uint64_t count) const;
    /// Rows [start, start + count) of a 2-D dataset as doubles, row-major.
    void readRows(double* out, std::uint64_t start, std::uint64_t count) const;

private:
    Hdf5Node(Hdf5Handle handle, std::string path, std::string source, bool group)
        : m_handle(std::move(handle)),
          m_path(std::move(path)),
          m_source(std::move(source)),
          m_group(group) {}
    Hdf5Handle openAttribute(const std::string& name) const;
    std::string attributePlace(const std::string& name) const;

    Hdf5Handle m_handle;
    std::string m_path;
    std::string m_source;
    bool m_group = false;
};

}  // namespace latentlab::io
