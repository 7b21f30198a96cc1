#include "ecinstruct_io.h"

#include "shoptuner/json_nesting.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/shop_tables.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace shoptuner::data {
namespace {

using nlohmann::ordered_json;

const QStringList kTextFields = {"instruction", "input", "output", "task", "setting", "split"};

// Python's json.dumps for a list of strings: ", " between items, non-ASCII as \uXXXX.
QString pythonJsonList(const ordered_json &list)
{
    QString out = QStringLiteral("[");
    bool first = true;
    for (const auto &item : list) {
        if (!first)
            out += QStringLiteral(", ");
        first = false;
        const std::string dumped = item.dump(-1, ' ', true); // ensure_ascii
        out += QString::fromStdString(dumped);
    }
    return out + QLatin1Char(']');
}

} // namespace

QString optionsPromptText(const QString &optionsJson)
{
    if (optionsJson.isEmpty() || optionsJson == QLatin1String("null"))
        return {};
    ordered_json v;
    try {
        v = ordered_json::parse(optionsJson.toStdString());
    } catch (const nlohmann::json::exception &) {
        return optionsJson; // stored as plain text
    }
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array())
        return pythonJsonList(v);
    return QString::fromStdString(v.dump());
}

EcInstructImportResult importEcInstruct(
    store::ProjectStore &project, const QString &path, const std::function<bool(double, qint64)> &onProgress)
{
    const QString file = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw ImportError(
            {FileIssue::Severity::Error, file, 0, {}, QStringLiteral("cannot be opened: %1").arg(in.errorString())});
    const auto fail = [&](qint64 line, const QString &field, const QString &message) {
        return ImportError({FileIssue::Severity::Error, file, line, field, message});
    };

    EcInstructImportResult result;
    store::Transaction tx(project);
    store::ImportInfo info;
    info.kind = store::DataKind::EcInstruct;
    info.fileName = file;
    info.fileSize = in.size();
    info.encoding = QStringLiteral("UTF-8");
    result.importId = store::addImport(project, info);
    store::RecordWriter writer(project, store::RecordWriter::Owner::Import, result.importId);

    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        if (shoptuner::jsonNestingExceeded({line.constData(), std::size_t(line.size())}))
            throw fail(lineNumber, {}, QStringLiteral("nests too deeply to be an instruction record"));
        ordered_json j;
        try {
            j = ordered_json::parse(line.constData(), line.constData() + line.size());
        } catch (const nlohmann::json::exception &e) {
            throw fail(lineNumber, {}, QStringLiteral("is not valid JSON: %1").arg(QString::fromUtf8(e.what())));
        }
        if (!j.is_object())
            throw fail(lineNumber, {}, QStringLiteral("expected one JSON object per line"));
        store::InstructionRow row;
        QString *targets[] = {&row.instruction, &row.input, &row.output, &row.task, &row.setting, &row.split};
        for (qsizetype f = 0; f < kTextFields.size(); ++f) {
            const std::string name = kTextFields[f].toStdString();
            if (!j.contains(name) || j[name].is_null()) {
                if (f < 3)
                    throw fail(lineNumber, kTextFields[f],
                        QStringLiteral("is missing; ECInstruct records need instruction, input and output"));
                continue;
            }
            if (!j[name].is_string())
                throw fail(lineNumber, kTextFields[f],
                    QStringLiteral("expected a string, found %1").arg(QString::fromUtf8(j[name].type_name())));
            *targets[f] = QString::fromStdString(j[name].get<std::string>());
        }
        if (row.split.isEmpty())
            row.split = QStringLiteral("train");
        row.optionsJson = j.contains("options") ? QString::fromStdString(j["options"].dump()) : QStringLiteral("null");
        // Remember the key order and any further fields (few_shot_example, ...) for the export.
        ordered_json extra = ordered_json::object();
        ordered_json order = ordered_json::array();
        for (auto it = j.begin(); it != j.end(); ++it) {
            order.push_back(it.key());
            if (!kTextFields.contains(QString::fromStdString(it.key())) && it.key() != "options")
                extra[it.key()] = it.value();
        }
        row.extraJson = QString::fromStdString(ordered_json {{"key_order", order}, {"fields", extra}}.dump());
        writer.add(row);
        ++result.records;
        if (onProgress && result.records % 2000 == 0
            && !onProgress(double(in.pos()) / double(std::max<qint64>(1, in.size())), result.records)) {
            result.cancelled = true;
            return result;
        }
    }
    if (result.records == 0)
        throw fail(0, {}, QStringLiteral("holds no records; expected ECInstruct JSON lines"));
    store::finishImport(project, result.importId, result.records, 0, QStringLiteral("[]"));
    tx.commit();
    return result;
}

qint64 exportEcInstruct(store::ProjectStore &project, const QString &path, const ExportFilter &filter,
    const std::function<bool(qint64)> &onProgress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw ImportError({FileIssue::Severity::Error, QFileInfo(path).fileName(), 0, {},
            QStringLiteral("cannot be written: %1").arg(out.errorString())});
    qint64 n = 0;
    bool cancelled = false;
    store::forEachRecord(
        project, {filter.tasks, filter.splits, filter.settings, {}}, [&](const store::InstructionRow &r) {
            ordered_json fields = {
                {"instruction", r.instruction.toStdString()},
                {"input", r.input.toStdString()},
                {"options",
                    r.optionsJson.isEmpty() ? ordered_json() : ordered_json::parse(r.optionsJson.toStdString())},
                {"output", r.output.toStdString()},
                {"task", r.task.toStdString()},
                {"setting", r.setting.toStdString()},
                {"split", r.split.toStdString()},
            };
            ordered_json line = ordered_json::object();
            if (!r.extraJson.isEmpty()) {
                const ordered_json extra = ordered_json::parse(r.extraJson.toStdString());
                for (const auto &key : extra["key_order"]) {
                    const std::string k = key.get<std::string>();
                    line[k] = fields.contains(k) ? fields[k] : extra["fields"][k];
                }
            }
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (!line.contains(it.key()))
                    line[it.key()] = it.value();
            out.write(QByteArray::fromStdString(line.dump()));
            out.write("\n");
            ++n;
            if (onProgress && n % 2000 == 0 && !onProgress(n)) {
                cancelled = true;
                return false;
            }
            return true;
        });
    if (cancelled) {
        out.cancelWriting();
        return n;
    }
    if (!out.commit())
        throw ImportError({FileIssue::Severity::Error, QFileInfo(path).fileName(), 0, {},
            QStringLiteral("cannot be written: %1").arg(out.errorString())});
    return n;
}

} // namespace shoptuner::data
