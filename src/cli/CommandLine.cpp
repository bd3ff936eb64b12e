#include "CommandLine.h"

#include "Errors.h"
#include "ResolutionSweep.h"

#include <tuple>

#include "ConfigPresets.h"

#include <QCommandLineParser>

namespace latentlab::cli {
namespace {

struct Options {
    QCommandLineOption preset{"preset", "", "NAME"};
    QCommandLineOption config{"config", "", "FILE.json"};
    QCommandLineOption input{"input", "", "FILE"};
    QCommandLineOption labelColumn{"label-column", "", "NAME"};
    QCommandLineOption labels{"labels", "", "FILE"};
    QCommandLineOption set{"set", "", "key=value"};
    QCommandLineOption repeats{"repeats", "", "N"};
    QCommandLineOption sweepK{"sweep-k", "", "FIRST:LAST"};
    QCommandLineOption sweepResolution{"sweep-resolution", "", "FIRST:LAST:STEP"};
    QCommandLineOption out{"out", "", "DIR"};
    QCommandLineOption session{"session", "", "FILE.latentlab"};
    QCommandLineOption saveSession{"save-session", "", "FILE.latentlab"};
    QCommandLineOption report{"report", "", "FILE.pdf|.html"};
    QCommandLineOption animation{"animation", "", "FILE.gif|.mp4"};
    QCommandLineOption animationFps{"animation-fps", "", "N"};
    QCommandLineOption jobs{"jobs", "", "N"};
    QCommandLineOption slurm{"slurm", "", "FILE.sh"};
    QCommandLineOption help{QStringList{"h", "help"}};
    QCommandLineOption version{"version"};
};

/// Qt's "Unknown option 'foo'." in the style of the other messages.
std::string lowerFirst(QString text) {
    if (text.endsWith('.')) text.chop(1);
    if (!text.isEmpty()) text[0] = text[0].toLower();
    return text.toStdString();
}

QString single(const QCommandLineParser& parser, const QCommandLineOption& option) {
    const QStringList values = parser.values(option);
    if (values.size() > 1)
        throw UsageError("--" + option.names().constLast().toStdString() + " is given twice");
    return values.isEmpty() ? QString() : values.front();
}

int repeatCount(const QString& text) {
    bool ok = false;
    const int repeats = text.toInt(&ok);
    if (!ok || repeats < 1)
        throw UsageError("--repeats must be an integer >= 1, got '" + text.toStdString() + "'");
    return repeats;
}

int animationFps(const QString& text) {
    bool ok = false;
    const int fps = text.toInt(&ok);
    if (!ok || fps < 1 || fps > 60)
        throw UsageError("--animation-fps must be an integer from 1 to 60, got '" +
                         text.toStdString() + "'");
    return fps;
}

/// "2:15" -> {2, 15}; the range against the data's rows is checked once they are known.
std::pair<int, int> sweepRange(const QString& text) {
    const QStringList parts = text.split(':');
    bool firstOk = false, lastOk = false;
    const int first = parts.size() == 2 ? parts[0].toInt(&firstOk) : 0;
    const int last = parts.size() == 2 ? parts[1].toInt(&lastOk) : 0;
    if (!firstOk || !lastOk || first < 2 || last < first) {
        throw UsageError("--sweep-k must be FIRST:LAST with 2 <= FIRST <= LAST, got '" +
                         text.toStdString() + "'");
    }
    return {first, last};
}

/// "0.2:2:0.2" -> the resolutions 0.2, 0.4, ..., 2.
std::vector<double> resolutions(const QString& text) {
    const QStringList parts = text.split(':');
    bool ok[3] = {false, false, false};
    double values[3] = {0, 0, 0};
    for (int i = 0; i < 3 && parts.size() == 3; ++i) values[i] = parts[i].toDouble(&ok[i]);
    const std::string usage =
        "--sweep-resolution must be FIRST:LAST:STEP with 0 < FIRST <= "
        "LAST and STEP > 0 (at most 200 values), got '" +
        text.toStdString() + "'";
    if (!ok[0] || !ok[1] || !ok[2]) throw UsageError(usage);
    try {
        return resolutionRange(values[0], values[1], values[2]);
    } catch (const ConfigError&) {
        throw UsageError(usage);
    }
}

/// `transform --session FILE --input FILE --out DIR`: the model brings its own settings.
CommandLine transformLine(const QCommandLineParser& parser, const Options& options) {
    for (const QCommandLineOption* runOnly :
         {&options.preset, &options.config, &options.labelColumn, &options.labels, &options.set,
          &options.repeats, &options.sweepK, &options.sweepResolution, &options.saveSession,
          &options.report, &options.animation, &options.animationFps, &options.jobs,
          &options.slurm}) {
        if (parser.isSet(*runOnly)) {
            throw UsageError("--" + runOnly->names().constLast().toStdString() +
                             " does not apply to 'transform': the session brings its settings");
        }
    }
    CommandLine line;
    line.action = CommandLine::Action::Transform;
    line.sessionFile = single(parser, options.session);
    line.inputFile = single(parser, options.input);
    line.outDir = single(parser, options.out);
    if (line.sessionFile.isEmpty())
        throw UsageError("missing --session FILE.latentlab: the saved model to apply");
    if (line.inputFile.isEmpty())
        throw UsageError("missing --input FILE: the table to apply the model to");
    if (line.outDir.isEmpty()) throw UsageError("missing --out DIR: where to write the embeddings");
    return line;
}

[[noreturn]] void doesNotApply(const QCommandLineOption& option, const std::string& command) {
    throw UsageError("--" + option.names().constLast().toStdString() + " does not apply to '" +
                     command + "'");
}

/// What `run` and `grid` share: where the settings come from, the repeats and --out.
void readSettings(const QCommandLineParser& parser, const Options& options, CommandLine& line) {
    line.preset = single(parser, options.preset);
    if (parser.isSet(options.preset) && !findConfigPreset(line.preset.toStdString())) {
        throw UsageError("unknown preset '" + line.preset.toStdString() +
                         "' (known: " + configPresetChoices() + ")");
    }
    line.configFile = single(parser, options.config);
    line.inputFile = single(parser, options.input);
    if (parser.isSet(options.labelColumn)) line.labelColumn = single(parser, options.labelColumn);
    line.labelsFile = single(parser, options.labels);
    line.settings = parser.values(options.set);
    if (parser.isSet(options.repeats)) line.repeats = repeatCount(single(parser, options.repeats));
    line.outDir = single(parser, options.out);
}

/// `grid [settings] --set KEY=V1,V2,... [--jobs N | --slurm FILE.sh] --out DIR`.
CommandLine gridLine(const QCommandLineParser& parser, const Options& options) {
    for (const QCommandLineOption* runOnly :
         {&options.sweepK, &options.sweepResolution, &options.saveSession, &options.report,
          &options.animation, &options.animationFps, &options.session}) {
        if (parser.isSet(*runOnly)) doesNotApply(*runOnly, "grid");
    }
    CommandLine line;
    line.action = CommandLine::Action::Grid;
    readSettings(parser, options, line);
    if (line.outDir.isEmpty()) throw UsageError("missing --out DIR: the grid's folder");
    line.slurmScript = single(parser, options.slurm);
    if (parser.isSet(options.slurm) && line.slurmScript.isEmpty())
        throw UsageError("--slurm needs the script's file name: --slurm FILE.sh");
    if (parser.isSet(options.jobs)) {
        if (!line.slurmScript.isEmpty())
            throw UsageError("--jobs does not apply with --slurm: SLURM schedules the tasks");
        const QString text = single(parser, options.jobs);
        bool ok = false;
        line.jobs = text.toInt(&ok);
        if (!ok || line.jobs < 1)
            throw UsageError("--jobs must be an integer >= 1, got '" + text.toStdString() + "'");
    }
    return line;
}

/// `merge DIR`: nothing but the folder.
CommandLine mergeLine(const QCommandLineParser& parser, const Options& options,
                      const QStringList& positional) {
    for (const QCommandLineOption* option :
         {&options.preset, &options.config, &options.input, &options.labelColumn, &options.labels,
          &options.set, &options.repeats, &options.sweepK, &options.sweepResolution, &options.out,
          &options.session, &options.saveSession, &options.report, &options.animation,
          &options.animationFps, &options.jobs, &options.slurm}) {
        if (parser.isSet(*option)) doesNotApply(*option, "merge");
    }
    if (positional.size() < 2) throw UsageError("missing DIR: merge DIR gathers DIR's run folders");
    if (positional.size() > 2)
        throw UsageError("unexpected argument '" + positional[2].toStdString() + "'");
    CommandLine line;
    line.action = CommandLine::Action::Merge;
    line.outDir = positional[1];
    return line;
}

}  // namespace

CommandLine parseCommandLine(const QStringList& arguments) {
    Options options;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({options.preset, options.config, options.input, options.labelColumn,
                       options.labels, options.set, options.repeats, options.sweepK,
                       options.sweepResolution, options.out, options.help, options.version,
                       options.session, options.saveSession, options.report, options.animation,
                       options.animationFps, options.jobs, options.slurm});
    if (!parser.parse(arguments)) throw UsageError(lowerFirst(parser.errorText()));

    CommandLine line;
    if (parser.isSet(options.help)) {
        line.action = CommandLine::Action::Help;
        return line;
    }
    if (parser.isSet(options.version)) {
        line.action = CommandLine::Action::Version;
        return line;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw UsageError("no command given: use 'latentlab-cli run --out DIR' (see --help)");
    const QString command = positional.front();
    if (command != "run" && command != "transform" && command != "grid" && command != "merge") {
        throw UsageError("unknown command '" + command.toStdString() +
                         "' (known: run, transform, grid, merge)");
    }
    if (command == "merge") return mergeLine(parser, options, positional);
    if (positional.size() > 1)
        throw UsageError("unexpected argument '" + positional[1].toStdString() + "'");
    if (command == "transform") return transformLine(parser, options);
    if (command == "grid") return gridLine(parser, options);
    if (parser.isSet(options.session))
        throw UsageError("--session belongs to 'transform'; 'run' starts from settings");
    for (const QCommandLineOption* gridOnly : {&options.jobs, &options.slurm}) {
        if (parser.isSet(*gridOnly))
            throw UsageError("--" + gridOnly->names().constLast().toStdString() +
                             " belongs to 'grid'; 'run' is one run");
    }

    readSettings(parser, options, line);
    if (parser.isSet(options.sweepK))
        std::tie(line.sweepFirstK, line.sweepLastK) = sweepRange(single(parser, options.sweepK));
    if (parser.isSet(options.sweepResolution))
        line.sweepResolutions = resolutions(single(parser, options.sweepResolution));
    line.reportFile = single(parser, options.report);
    line.animationFile = single(parser, options.animation);
    if (parser.isSet(options.animation) && line.animationFile.isEmpty())
        throw UsageError("--animation needs the file's name: --animation FILE.gif|FILE.mp4");
    if (parser.isSet(options.animationFps)) {
        if (line.animationFile.isEmpty())
            throw UsageError("--animation-fps applies to --animation FILE only");
        line.animationFps = animationFps(single(parser, options.animationFps));
    }
    if (line.outDir.isEmpty() && line.reportFile.isEmpty() && line.animationFile.isEmpty())
        throw UsageError(
            "missing --out DIR, --report FILE or --animation FILE: where to write the results");
    line.saveSession = single(parser, options.saveSession);
    return line;
}

}  // namespace latentlab::cli
