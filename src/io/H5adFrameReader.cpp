#include "H5adFrameReader.h"

#include "IoErrors.h"
#include "PrintableText.h"

#include <algorithm>

namespace latentlab::io {

const ExpressionData::Annotation* H5adFrame::column(const std::string& name) const {
    for (const ExpressionData::Annotation& a : columns)
        if (a.name == name) return &a;
    return nullptr;
}

H5adFrame H5adFrameReader::read(const Hdf5Node& group) {
    if (!group.isGroup()) group.fail("a dataset where a dataframe group was expected");
    H5adFrame frame;
    const std::string indexName = group.textAttribute("_index", "_index");
    if (group.has(indexName)) {
        const Hdf5Node index = group.child(indexName);
        index.requireRank(1);
        frame.index = index.readTexts();
    } else {
        group.fail("index dataset " + quotedForMessage(indexName) + " missing");
    }
    std::vector<std::string> names = group.textListAttribute("column-order");
    if (!group.hasAttribute("column-order")) {
        for (const std::string& name : group.childNames())
            if (name != indexName && name != "__categories") names.push_back(name);
    }
    for (const std::string& name : names) {
        std::vector<std::string> values;
        std::string why;
        if (!readColumn(group, name, values, why)) {
            frame.skipped.push_back(name + " (" + why + ")");
            continue;
        }
        if (values.size() != frame.index.size())
            group.child(name).fail("has " + std::to_string(values.size()) + " values but the " +
                                   "index has " + std::to_string(frame.index.size()) + " rows");
        frame.columns.push_back({name, std::move(values)});
    }
    return frame;
}

bool H5adFrameReader::readColumn(const Hdf5Node& frame, const std::string& name,
                                 std::vector<std::string>& values, std::string& why) {
    const Hdf5Node node = frame.child(name);
    if (node.isGroup()) {
        const std::string encoding = node.textAttribute("encoding-type");
        if (encoding == "categorical") {
            values = decodeCategorical(node.child("codes"), node.child("categories"));
            return true;
        }
        if (encoding == "nullable-integer" || encoding == "nullable-boolean") {
            const Hdf5Node valueNode = node.child("values");
            valueNode.requireRank(1);
            values = valueNode.readTexts();
            const std::vector<std::int64_t> mask = node.child("mask").readIntegers();
            if (mask.size() != values.size())
                node.child("mask").fail("has " + std::to_string(mask.size()) +
                                        " entries but values has " + std::to_string(values.size()));
            for (std::size_t i = 0; i < mask.size(); ++i)
                if (mask[i]) values[i].clear();
            return true;
        }
        why = "a group of encoding-type " + quotedForMessage(encoding);
        return false;
    }
    if (node.shape().size() != 1) {
        why = "not one-dimensional";
        return false;
    }
    if (node.isReferenceAttribute("categories")) {  // anndata 0.7
        values = decodeCategorical(node, node.referencedNode("categories"));
        return true;
    }
    const H5T_class_t type = node.typeClass();
    if (type != H5T_STRING && type != H5T_INTEGER && type != H5T_FLOAT && type != H5T_ENUM) {
        why = "neither text, numbers nor booleans";
        return false;
    }
    values = node.readTexts();
    return true;
}

std::vector<std::string> H5adFrameReader::decodeCategorical(const Hdf5Node& codes,
                                                            const Hdf5Node& categories) {
    categories.requireRank(1);
    const std::vector<std::string> names = categories.readTexts();
    if (codes.typeClass() != H5T_INTEGER) codes.fail("does not hold integer codes");
    const std::vector<std::int64_t> numbers = codes.readIntegers();
    std::vector<std::string> values;
    values.reserve(numbers.size());
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const std::int64_t code = numbers[i];
        if (code == -1) {
            values.emplace_back();
            continue;
        }
        if (code < 0 || code >= std::int64_t(names.size()))
            codes.fail("[" + std::to_string(i) + "] = " + std::to_string(code) +
                       " is not a code of the " + std::to_string(names.size()) + " categories");
        values.push_back(names[std::size_t(code)]);
    }
    return values;
}

}  // namespace latentlab::io
