#include "TrainingJson.h"

#include "IoErrors.h"
#include "JsonValues.h"

namespace latentlab::io {

namespace {

std::string textFrom(const QJsonObject& object, const char* key, const std::string& path) {
    const QJsonValue value = member(object, key, path);
    if (!value.isString())
        throw ReadError(path + "." + key + " must be text, got " + describe(value));
    return value.toString().toStdString();
}

}  // namespace

QJsonObject trainingToJson(const TrainingSummary& training) {
    return {{"updates", double(training.updates)},
            {"validation_rows", training.validationRows},
            {"best_epoch", training.bestEpoch},
            {"stopped_early", training.stoppedEarly}};
}

QJsonArray warningsToJson(const std::vector<TrainingWarning>& warnings) {
    QJsonArray array;
    for (const TrainingWarning& w : warnings)
        array.append(QJsonObject{{"code", QString::fromStdString(w.code)},
                                 {"message", QString::fromStdString(w.message)},
                                 {"advice", QString::fromStdString(w.advice)}});
    return array;
}

TrainingSummary trainingFromJson(const QJsonValue& json, const std::string& path) {
    if (!json.isObject()) throw ReadError(path + " must be an object, got " + describe(json));
    const QJsonObject object = json.toObject();
    TrainingSummary training;
    training.updates = countFromJson(member(object, "updates", path), path + ".updates");
    training.validationRows =
        countFromJson(member(object, "validation_rows", path), path + ".validation_rows");
    training.bestEpoch = countFromJson(member(object, "best_epoch", path), path + ".best_epoch");
    const QJsonValue stopped = member(object, "stopped_early", path);
    if (!stopped.isBool())
        throw ReadError(path + ".stopped_early must be true or false, got " + describe(stopped));
    training.stoppedEarly = stopped.toBool();
    return training;
}

std::vector<TrainingWarning> warningsFromJson(const QJsonValue& json, const std::string& path) {
    if (!json.isArray()) throw ReadError(path + " must be an array, got " + describe(json));
    std::vector<TrainingWarning> warnings;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        if (!array[i].isObject()) throw ReadError(at + " must be an object");
        const QJsonObject w = array[i].toObject();
        warnings.push_back(
            {textFrom(w, "code", at), textFrom(w, "message", at), textFrom(w, "advice", at)});
    }
    return warnings;
}

}  // namespace latentlab::io
