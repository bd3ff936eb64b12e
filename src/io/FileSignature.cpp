#include "FileSignature.h"

#include "PrintableText.h"

#include <string_view>

namespace latentlab::io {
namespace {

using namespace std::string_view_literals;  // "...\x00"sv keeps its NUL bytes

struct Signature {
    std::string_view magic;
    const char* description;
};

constexpr char kAsCsv[] = "save the sheet as 'CSV UTF-8' in the spreadsheet program";

// Formats a table is often kept in, or that are picked by mistake. ZIP archives and HDF5 get
// a closer look below; every magic here starts at the file's first byte.
const Signature kSignatures[] = {
    {"\x1F\x8B"sv, "a gzip-compressed file; decompress it first (gunzip -c FILE > table.csv)"},
    {"BZh"sv, "a bzip2-compressed file; decompress it first (bunzip2 -c FILE > table.csv)"},
    {"\xFD\x37zXZ\x00"sv,  // \x37 is '7'
     "an xz-compressed file; decompress it first (unxz -c FILE > table.csv)"},
    {"\x28\xB5\x2F\xFD"sv,
     "a zstd-compressed file; decompress it first (unzstd -c FILE > table.csv)"},
    {"7z\xBC\xAF\x27\x1C"sv, "a 7-Zip archive; unpack it and read the table inside"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
     "an old Microsoft Office file (such as an .xls workbook); save the sheet as "
     "'CSV UTF-8' in the spreadsheet program"},
    {"%PDF-"sv, "a PDF document; export the table as CSV from the program that made it"},
    {"\x89PNG\r\n\x1A\n"sv, "a PNG image, not a table"},
    {"\xFF\xD8\xFF"sv, "a JPEG image, not a table"},
    {"GIF87a"sv, "a GIF image, not a table"},
    {"GIF89a"sv, "a GIF image, not a table"},
    {"II*\x00"sv, "a TIFF image, not a table"},
    {"MM\x00*"sv, "a TIFF image, not a table"},
    {"PAR1",
     "an Apache Parquet file; write it as CSV first, e.g. in Python: "
     "pandas.read_parquet('FILE').to_csv('table.csv')"},
    {"ARROW1",
     "an Apache Arrow (Feather) file; write it as CSV first, e.g. in Python: "
     "pandas.read_feather('FILE').to_csv('table.csv')"},
    {"\x93NUMPY",
     "a NumPy .npy array; write it as CSV with a header row first, e.g. "
     "numpy.savetxt('table.csv', a, delimiter=',', header=..., comments='')"},
    {"MATLAB 5.0 MAT-file",
     "a MATLAB .mat file; write the matrix as CSV first (writematrix or writetable)"},
    {"SQLite format 3\x00"sv, "an SQLite database; export the table as CSV from it"},
    {"\x7F\x45LF"sv,  // \x45 is 'E'
     "a program (an ELF executable), not a table"},
    {"MZ"sv, "a Windows program, not a table"},
};

constexpr std::string_view kHdf5 = "\x89HDF\r\n\x1A\n"sv;
constexpr char kHdf5Advice[] =
    "an HDF5 file; AnnData files named .h5ad are read as data (--input, File > Open data), 10x "
    ".h5 and loom files are not: use Cell Ranger's Matrix Market folder";

bool startsWith(const QByteArray& bytes, std::string_view magic) {
    return std::string_view(bytes.constData(), std::size_t(bytes.size())).substr(0, magic.size()) ==
           magic;
}

bool hasAt(const QByteArray& bytes, qsizetype offset, std::string_view magic) {
    return offset + qsizetype(magic.size()) <= bytes.size() &&
           std::string_view(bytes.constData() + offset, magic.size()) == magic;
}

std::string describeZip(const QByteArray& bytes) {
    // The first entries name what the archive is: an .xlsx holds "[Content_Types].xml" and
    // "xl/...", an OpenDocument file starts with an entry "mimetype" holding its type.
    const QByteArray head = bytes.left(64 * 1024);
    if (head.contains("application/vnd.oasis.opendocument.spreadsheet"))
        return std::string("an OpenDocument spreadsheet (.ods); ") + kAsCsv;
    if (head.contains("xl/") || head.contains("[Content_Types].xml"))
        return std::string("an Excel workbook (.xlsx); ") + kAsCsv;
    return "a ZIP archive; unpack it and read the table inside";
}

std::string describeMagic(const QByteArray& bytes) {
    // HDF5 may follow a user block of 512, 1024, 2048, ... bytes (MATLAB v7.3 files have one).
    for (qsizetype offset = 0; offset <= 64 * 1024; offset = offset == 0 ? 512 : 2 * offset) {
        if (hasAt(bytes, offset, kHdf5)) {
            if (offset > 0 && bytes.startsWith("MATLAB"))
                return "a MATLAB v7.3 .mat file; write the matrix as CSV first (writematrix)";
            return kHdf5Advice;
        }
    }
    if (startsWith(bytes, "PK\x03\x04"sv) || startsWith(bytes, "PK\x05\x06"sv))
        return describeZip(bytes);
    for (const Signature& signature : kSignatures)
        if (startsWith(bytes, signature.magic)) return signature.description;
    // Python's pickle protocols 2 to 5 (pandas' to_pickle) begin with PROTO and the version.
    if (bytes.size() >= 2 && bytes[0] == '\x80' && bytes[1] >= 2 && bytes[1] <= 5)
        return "a Python pickle; write the table with DataFrame.to_csv instead";
    return {};
}

}  // namespace

std::string describeBinaryFormat(const QByteArray& bytes, const std::string& fileName) {
    std::string description = describeMagic(bytes);
    const std::string name = printable(fileName);
    for (std::size_t at = description.find("FILE"); at != std::string::npos;
         at = description.find("FILE", at + name.size()))
        description.replace(at, 4, name);
    return description;
}

}  // namespace latentlab::io
