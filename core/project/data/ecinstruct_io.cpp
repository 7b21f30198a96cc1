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

// ECInstruct records one by one from JSON lines (one object per line) or from one JSON array of
// objects (the Hub's dataset.json), without holding the file in memory: the array is cut into
// its objects by tracking strings and nesting.
class RecordStream
{
public:
    explicit RecordStream(QFile &in)
        : m_in(in)
    {
        QByteArray head = m_in.peek(4096);
        if (head.startsWith("\xEF\xBB\xBF")) {
            m_in.skip(3);
            head = head.mid(3);
        }
        m_array = head.trimmed().startsWith('[');
    }

    bool isArray() const { return m_array; }

    // The next record's bytes and the line it starts on; false at the end.
    bool next(QByteArray &record, qint64 &line)
    {
        if (!m_array) {
            while (!m_in.atEnd()) {
                record = m_in.readLine();
                line = ++m_line;
                if (!record.trimmed().isEmpty())
                    return true;
            }
            return false;
        }
        record.clear();
        int depth = 0;
        bool inString = false, escaped = false;
        for (;;) {
            if (m_pos >= m_buffer.size()) {
                m_buffer = m_in.read(1 << 20);
                m_pos = 0;
                if (m_buffer.isEmpty()) {
                    if (depth > 0)
                        throw std::runtime_error("the file ends inside a record");
                    if (!m_closed)
                        throw std::runtime_error("the file ends before the array's closing ]");
                    return false;
                }
            }
            const char c = m_buffer[m_pos++];
            if (c == '\n')
                ++m_line;
            if (depth == 0) {
                if (c == '{') {
                    depth = 1;
                    line = m_line + 1;
                    record += c;
                } else if (c == '[' && !m_open) {
                    m_open = true;
                } else if (c == ']' && m_open) {
                    m_closed = true;
                } else if (c != ',' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    throw std::runtime_error("expected an object in the array");
                }
                continue;
            }
            record += c;
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return true;
            }
        }
    }

private:
    QFile &m_in;
    bool m_array = false;
    bool m_open = false; // the array's '[' was read
    bool m_closed = false; // and its ']'
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 0;
};

// One record as the project keeps it: the text fields, the options as JSON, and the key order
// and further fields (few_shot_example, ...) for the export.
template <typename Fail> store::InstructionRow recordRow(ordered_json &j, qint64 lineNumber, const Fail &fail)
{
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
    return row;
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

EcInstructImportResult importEcInstruct(store::ProjectStore &project, const QString &path,
    const std::function<bool(double, qint64)> &onProgress, const QStringList &onlySplits)
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

    RecordStream records(in);
    QByteArray line;
    qint64 lineNumber = 0;
    for (;;) {
        try {
            if (!records.next(line, lineNumber))
                break;
        } catch (const std::runtime_error &e) {
            throw fail(lineNumber, {}, QString::fromUtf8(e.what()));
        }
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
        if (!onlySplits.isEmpty()
            && !(j.contains("split") && j["split"].is_string()
                && onlySplits.contains(QString::fromStdString(j["split"].get<std::string>()))))
            continue;
        const store::InstructionRow row = recordRow(j, lineNumber, fail);
        writer.add(row);
        ++result.records;
        if (onProgress && result.records % 2000 == 0
            && !onProgress(double(in.pos()) / double(std::max<qint64>(1, in.size())), result.records)) {
            result.cancelled = true;
            return result;
        }
    }
    if (result.records == 0)
        throw fail(0, {},
            onlySplits.isEmpty()
                ? QStringLiteral("holds no records; expected ECInstruct JSON lines or a JSON array of records")
                : QStringLiteral("holds no records of the split %1").arg(onlySplits.join(QStringLiteral(", "))));
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
