#include "Hdf5Handle.h"

#include "PrintableText.h"

namespace latentlab::io {

Hdf5Handle& Hdf5Handle::operator=(Hdf5Handle&& other) noexcept {
    if (this != &other) {
        reset();
        m_id = other.m_id;
        m_close = other.m_close;
        other.m_id = -1;
    }
    return *this;
}

void Hdf5Handle::reset() {
    if (m_id >= 0 && m_close) m_close(m_id);
    m_id = -1;
}

void silenceHdf5Errors() { H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); }

namespace {

// Walked from the innermost call outwards, the first description is the one that names the
// cause ("file signature not found", "truncated file"); the outer ones only repeat "unable to".
herr_t keepDescription(unsigned, const H5E_error2_t* error, void* data) {
    auto* message = static_cast<std::string*>(data);
    if (message->empty() && error->desc && *error->desc) *message = error->desc;
    return 0;
}

}  // namespace

std::string hdf5Problem() {
    std::string message;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, keepDescription, &message);
    H5Eclear2(H5E_DEFAULT);
    if (message.empty()) return "HDF5 error";
    return printable(message);
}

}  // namespace latentlab::io
