// An HDF5 identifier that closes itself, and the library's error stack turned into one line:
// HDF5 prints nothing (silenceHdf5Errors) and readers quote hdf5Problem() in their own message.
//
//   silenceHdf5Errors();
//   Hdf5Handle file(H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
//   if (!file.valid()) throw ReadError(path + ": " + hdf5Problem());
#pragma once

#include <hdf5.h>

#include <string>

namespace latentlab::io {

class Hdf5Handle {
public:
    using Close = herr_t (*)(hid_t);
    Hdf5Handle() = default;
    /// Takes ownership of `id` (a negative id is "invalid" and never closed).
    Hdf5Handle(hid_t id, Close close) : m_id(id), m_close(close) {}
    ~Hdf5Handle() { reset(); }
    Hdf5Handle(Hdf5Handle&& other) noexcept : m_id(other.m_id), m_close(other.m_close) {
        other.m_id = -1;
    }
    Hdf5Handle& operator=(Hdf5Handle&& other) noexcept;
    Hdf5Handle(const Hdf5Handle&) = delete;
    Hdf5Handle& operator=(const Hdf5Handle&) = delete;

    hid_t get() const { return m_id; }
    bool valid() const { return m_id >= 0; }
    void reset();

private:
    hid_t m_id = -1;
    Close m_close = nullptr;
};

/// Turns off HDF5's printing of its error stack (for this process; idempotent).
void silenceHdf5Errors();
/// The innermost message of HDF5's current error stack ("addr overflow, ..."), printable,
/// and clears the stack; "HDF5 error" when the stack is empty.
std::string hdf5Problem();

}  // namespace latentlab::io
