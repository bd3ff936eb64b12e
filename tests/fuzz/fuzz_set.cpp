// Any bytes as a `--set key=value` assignment: stored into a Config or rejected with one of
// LatentLab's errors, never anything else.
#include "ConfigJson.h"
#include "Errors.h"
#include "PrintableText.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string assignment(reinterpret_cast<const char*>(bytes), size);
    latentlab::Config config;
    try {
        latentlab::io::applyAssignment(config, assignment);
        config.validate();
    } catch (const latentlab::Error& error) {
        // A message quotes the input printable, whatever bytes it holds.
        if (!latentlab::isPrintable(error.what())) std::abort();
    }
    return 0;
}
