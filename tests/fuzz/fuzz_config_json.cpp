// Any bytes as a config file: parsed, applied to the defaults and validated, or rejected
// with one of LatentLab's errors. Accepted configs must survive a JSON round trip unchanged.
#include "ConfigJson.h"
#include "Errors.h"
#include "JsonFile.h"
#include "PrintableText.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(bytes), qsizetype(size));
    try {
        using namespace latentlab::io;
        const latentlab::Config config = configFromJson(parseJsonObject(text, "fuzz.json"));
        config.validate();
        const QJsonObject written = configToJson(config);
        if (configToJson(configFromJson(written)) != written) std::abort();
    } catch (const latentlab::Error& error) {
        // A message quotes the input printable, whatever bytes it holds.
        if (!latentlab::isPrintable(error.what())) std::abort();
    }
    return 0;
}
