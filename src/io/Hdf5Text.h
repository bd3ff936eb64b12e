// Strings out of HDF5 attributes and datasets, whichever way they were stored: h5py's
// variable-length UTF-8 strings, fixed-length (NUL- or space-padded) strings, and numbers or
// booleans formatted as text (a numeric index or column still gives names).
//
//   Hdf5Handle attribute(H5Aopen(group, "encoding-type", H5P_DEFAULT), H5Aclose);
//   std::vector<std::string> texts = readAttributeTexts(attribute.get());   // {"csr_matrix"}
#pragma once

#include <hdf5.h>

#include <string>
#include <vector>

namespace latentlab::io {

/// The attribute's values as text; empty if it holds neither strings nor numbers.
std::vector<std::string> readAttributeTexts(hid_t attribute);
/// All of a (scalar or 1-D) dataset's values as text: strings as stored, integers in
/// decimal, floats as their shortest text (NaN as ""), booleans as "True" / "False".
/// Returns false (and reads nothing) for other types.
bool readDatasetTexts(hid_t dataset, std::vector<std::string>& texts);

}  // namespace latentlab::io
