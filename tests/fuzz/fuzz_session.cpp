// Any bytes as a .latentlab session: loaded into a Result whose parts agree with each other,
// or rejected with one of LatentLab's errors.
#include "Errors.h"
#include "JsonFile.h"
#include "PrintableText.h"
#include "SessionFile.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const QByteArray text(reinterpret_cast<const char*>(bytes), qsizetype(size));
    try {
        using namespace latentlab::io;
        const latentlab::Result result =
            SessionFile::fromJson(parseJsonObject(text, "fuzz.latentlab"), "fuzz.latentlab");
        if (result.spaces.empty()) std::abort();
        for (const latentlab::SpaceResult& space : result.spaces)
            if (space.embedding.rows() != result.data.features.rows()) std::abort();
    } catch (const latentlab::Error& error) {
        // A message quotes the input printable, whatever bytes it holds.
        if (!latentlab::isPrintable(error.what())) std::abort();
    }
    return 0;
}
