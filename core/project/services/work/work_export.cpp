#include "work_export.h"

#include "data/column_mapping.h"
#include "data/importer.h"
#include "data/platform_layouts.h"
#include "data/table_patch.h"
#include "store/project_store.h"
#include "store/shop_tables.h"
#include "store/work_tables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace shoptuner::services {
namespace {

QJsonObject contextOf(const store::Suggestion &s)
{
    return QJsonDocument::fromJson(s.contextJson.toUtf8()).object();
}

// A CSV the owner opens in a spreadsheet: UTF-8 with a byte-order mark (Excel reads it as UTF-8
// then), comma-separated, written atomically.
void writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += data::csvField(fields[i], QLatin1Char(','));
        }
        out += "\r\n";
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) < 0 || !file.commit())
        throw store::StoreError(QCoreApplication::translate("WorkExport", "Could not write %1: %2")
                                    .arg(QFileInfo(path).fileName(), file.errorString()),
            QCoreApplication::translate("WorkExport", "Choose another folder, one you can write to."));
}

// A list for the owner: written, and said so in the result (how many lines, which file).
WorkExportResult writeList(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    writeCsv(path, header, rows);
    WorkExportResult result;
    result.written = int(rows.size());
    result.files << path;
    return result;
}

QString checkedWord(bool accepted)
{
    return accepted ? QCoreApplication::translate("WorkExport", "checked") : QString();
}

QString confidenceText(const store::Suggestion &s)
{
    return s.confidence ? QString::number(*s.confidence, 'f', 3) : QString();
}

// "catalog.csv" -> "catalog-changes.csv", beside it.
QString changeListPath(const QString &outFile)
{
    const QFileInfo f(outFile);
    return f.absolutePath() + QLatin1Char('/') + f.completeBaseName() + QStringLiteral("-changes.csv");
}

QString outcomeWords(const data::PatchOutcome &outcome, const QString &suggested)
{
    switch (outcome.status) {
    case data::PatchOutcome::Status::Written:
        if (!outcome.value.isEmpty() && outcome.value != suggested.trimmed())
            return QCoreApplication::translate("WorkExport", "written as \u201c%1\u201d, the entry your shop uses")
                .arg(outcome.value);
        return QCoreApplication::translate("WorkExport", "written");
    case data::PatchOutcome::Status::NoRow:
        return QCoreApplication::translate("WorkExport", "not written: the file has no row for this product");
    case data::PatchOutcome::Status::NoColumn:
        return QCoreApplication::translate("WorkExport", "not written: the file has no column for this attribute");
    case data::PatchOutcome::Status::NotEmpty:
        return QCoreApplication::translate("WorkExport", "not written: the cell has a value in the file now");
    case data::PatchOutcome::Status::Unencodable:
        return QCoreApplication::translate("WorkExport",
            "not written: the file's encoding has no \u201c%1\u201d; enter it in your shop, or save the file as UTF-8 "
            "and import it again")
            .arg(outcome.character);
    case data::PatchOutcome::Status::NotAnEntry: {
        const QStringList some = outcome.entries.mid(0, 8);
        if (some.isEmpty())
            return QCoreApplication::translate("WorkExport",
                "not written: Shopify takes only values set up in your shop for this field, and no product in the "
                "file has one yet; set it on the product in Shopify");
        return QCoreApplication::translate("WorkExport",
            "not written: Shopify takes only values set up in your shop for this field, and the file uses no "
            "\u201c%1\u201d; set it on the product in Shopify, or edit the suggestion to one the file uses: %2")
            .arg(outcome.missing,
                some.join(QStringLiteral(", "))
                    + (outcome.entries.size() > some.size() ? QStringLiteral(", \u2026") : QString()));
    }
    }
    return {};
}

WorkExportResult exportAttributes(store::ProjectStore &store, const std::vector<store::Suggestion> &all,
    const QString &outFile, const WorkExportOptions &options)
{
    WorkExportResult result;
    QHash<QString, store::Product> products;
    for (store::Product &p : store::loadProducts(store))
        products.insert(p.key, std::move(p));
    std::map<std::int64_t, QList<const store::Suggestion *>> byFile;
    for (const store::Suggestion &s : all)
        if (s.decision == store::Suggestion::Decision::Accepted && !s.value().trimmed().isEmpty()) {
            byFile[products.value(s.itemKey).importId].append(&s);
            ++result.accepted;
        }
    QHash<std::int64_t, store::ImportInfo> imports;
    for (const store::ImportInfo &i : store::listImports(store))
        imports.insert(i.id, i);

    QList<QStringList> changes;
    for (const auto &[importId, list] : byFile) {
        const store::ImportInfo info = imports.value(importId);
        const data::ColumnMapping mapping = data::ColumnMapping::fromJson(info.mappingJson);
        QString target = outFile;
        if (byFile.size() > 1) { // one catalog file each
            const QFileInfo f(outFile);
            target = f.absolutePath() + QLatin1Char('/') + f.completeBaseName() + QLatin1Char('-')
                + QFileInfo(info.fileName).completeBaseName() + QLatin1Char('.') + f.suffix();
        }
        QList<data::PatchOutcome> outcomes;
        const bool csv = !info.delimiter.isEmpty();
        if (!csv)
            result.notes << QCoreApplication::translate("WorkExport",
                "%1 is a JSON file; ShopTuner writes catalogs back as CSV or TSV only, so its "
                "changes are in the change list for you to enter in your shop.")
                                .arg(info.fileName);
        else {
            SourceState state = sourceState(info);
            if (!options.sourceOverride.isEmpty())
                state = {SourceState::Status::Same, options.sourceOverride};
            if ((state.status == SourceState::Status::Changed || state.status == SourceState::Status::Missing)
                && !options.writeChanged)
                throw SourceChanged(state.path, state.status == SourceState::Status::Missing);
            if (state.path.isEmpty() || !QFileInfo::exists(state.path))
                throw SourceChanged(state.path.isEmpty() ? info.fileName : state.path, true);
            QList<data::CellChange> cells;
            QList<data::ColumnPair> pairs;
            if (mapping.layout == data::kWooCommerceLayout)
                for (const data::AttributePair &p : mapping.attributePairs)
                    pairs << data::ColumnPair {p.nameColumn, p.valueColumn};
            for (const store::Suggestion *s : list) {
                QString column;
                for (const QString &c : mapping.attributeColumns)
                    if (data::attributeName(c) == s->field)
                        column = c;
                cells << data::CellChange {s->itemKey, column, s->field, s->value()};
            }
            const data::PatchResult patched = data::patchCsvFile(
                state.path, target, info.delimiter.front(), mapping.column(QStringLiteral("product_id")), cells, pairs);
            outcomes = patched.outcomes;
            result.written += patched.written;
            result.files << target;
            if (patched.written < cells.size())
                result.notes << QCoreApplication::translate(
                    "WorkExport", "%1 of %2 accepted values could not be written into %3; the change list says why.")
                                    .arg(cells.size() - patched.written)
                                    .arg(cells.size())
                                    .arg(QFileInfo(target).fileName());
        }
        for (int i = 0; i < list.size(); ++i) {
            const store::Suggestion &s = *list[i];
            changes << QStringList {s.itemKey, products.value(s.itemKey).title, s.field,
                i < outcomes.size() ? outcomes[i].column : QString(), s.currentValue, s.value(), confidenceText(s),
                i < outcomes.size() ? outcomeWords(outcomes[i], s.value())
                                    : QCoreApplication::translate("WorkExport", "not written: enter it in your shop")};
        }
    }
    const QString list = result.files.isEmpty() ? outFile : changeListPath(outFile);
    writeCsv(list,
        {QCoreApplication::translate("WorkExport", "Product"), QCoreApplication::translate("WorkExport", "Title"),
            QCoreApplication::translate("WorkExport", "Attribute"), QCoreApplication::translate("WorkExport", "Column"),
            QCoreApplication::translate("WorkExport", "Was"), QCoreApplication::translate("WorkExport", "Now"),
            QCoreApplication::translate("WorkExport", "Confidence"),
            QCoreApplication::translate("WorkExport", "Written")},
        changes);
    result.files << list;
    return result;
}

// Very negative first, then by how sure the model was.
WorkExportResult exportReviews(const std::vector<store::Suggestion> &all, const QString &outFile)
{
    int accepted = 0;
    std::vector<const store::Suggestion *> rows;
    for (const store::Suggestion &s : all)
        if (s.decision != store::Suggestion::Decision::Rejected && !s.value().isEmpty())
            rows.push_back(&s);
    std::stable_sort(rows.begin(), rows.end(), [](const store::Suggestion *a, const store::Suggestion *b) {
        if (a->value().front() != b->value().front())
            return a->value().front() > b->value().front(); // E: very negative first
        return a->confidence.value_or(0) > b->confidence.value_or(0);
    });
    QList<QStringList> lines;
    for (const store::Suggestion *s : rows) {
        const QJsonObject c = contextOf(*s);
        accepted += s->decision == store::Suggestion::Decision::Accepted;
        lines << QStringList {s->value().mid(3), confidenceText(*s),
            c.value(QStringLiteral("stars")).toVariant().toString(), c.value(QStringLiteral("date")).toString(),
            c.value(QStringLiteral("product")).toString(), c.value(QStringLiteral("title")).toString(), s->itemKey,
            c.value(QStringLiteral("review_title")).toString(), c.value(QStringLiteral("text")).toString(),
            checkedWord(s->decision == store::Suggestion::Decision::Accepted)};
    }
    WorkExportResult result = writeList(outFile,
        {QCoreApplication::translate("WorkExport", "Sentiment"),
            QCoreApplication::translate("WorkExport", "Confidence"), QCoreApplication::translate("WorkExport", "Stars"),
            QCoreApplication::translate("WorkExport", "Date"), QCoreApplication::translate("WorkExport", "Product"),
            QCoreApplication::translate("WorkExport", "Title"), QCoreApplication::translate("WorkExport", "Review"),
            QCoreApplication::translate("WorkExport", "Review title"),
            QCoreApplication::translate("WorkExport", "Text"),
            QCoreApplication::translate("WorkExport", "Checked by you")},
        lines);
    result.accepted = accepted;
    return result;
}

// One line per open question: whether the reviews answer it and the draft, the answerable first.
WorkExportResult exportAnswers(const std::vector<store::Suggestion> &all, const QString &outFile)
{
    struct Line
    {
        const store::Suggestion *answerable = nullptr, *answer = nullptr;
    };
    QList<QString> order;
    QHash<QString, Line> lines;
    for (const store::Suggestion &s : all) {
        if (!lines.contains(s.itemKey))
            order << s.itemKey;
        (s.field == QLatin1String("answerable") ? lines[s.itemKey].answerable : lines[s.itemKey].answer) = &s;
    }
    const auto yes = [&](const QString &key) {
        const store::Suggestion *a = lines.value(key).answerable;
        return a && a->decision != store::Suggestion::Decision::Rejected && a->value() == QLatin1String("yes");
    };
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return yes(a) && !yes(b); });
    int accepted = 0;
    QList<QStringList> rows;
    for (const QString &key : order) {
        const Line &l = lines.value(key);
        const store::Suggestion *any = l.answer ? l.answer : l.answerable;
        const QJsonObject c = contextOf(*any);
        const bool drafted = l.answer && l.answer->decision != store::Suggestion::Decision::Rejected
            && l.answer->decision != store::Suggestion::Decision::None;
        accepted += l.answer && l.answer->decision == store::Suggestion::Decision::Accepted;
        rows << QStringList {key, c.value(QStringLiteral("product")).toString(),
            c.value(QStringLiteral("title")).toString(), c.value(QStringLiteral("text")).toString(),
            l.answerable && l.answerable->decision != store::Suggestion::Decision::None ? l.answerable->value()
                                                                                        : QString(),
            drafted ? l.answer->value() : QString(), l.answer ? confidenceText(*l.answer) : QString(),
            checkedWord(l.answer && l.answer->decision == store::Suggestion::Decision::Accepted)};
    }
    WorkExportResult result = writeList(outFile,
        {QCoreApplication::translate("WorkExport", "Question"), QCoreApplication::translate("WorkExport", "Product"),
            QCoreApplication::translate("WorkExport", "Title"), QCoreApplication::translate("WorkExport", "Text"),
            QCoreApplication::translate("WorkExport", "Reviews answer it"),
            QCoreApplication::translate("WorkExport", "Draft answer"),
            QCoreApplication::translate("WorkExport", "Confidence"),
            QCoreApplication::translate("WorkExport", "Checked by you")},
        rows);
    result.accepted = accepted;
    return result;
}

// One line per pair of listings: the same product listed twice first, then substitutes.
WorkExportResult exportPairs(const std::vector<store::Suggestion> &all, const QString &outFile)
{
    QList<QString> order;
    QHash<QString, QHash<QString, const store::Suggestion *>> byPair;
    for (const store::Suggestion &s : all) {
        if (!byPair.contains(s.itemKey))
            order << s.itemKey;
        byPair[s.itemKey].insert(s.field, &s);
    }
    const auto says = [&](const QString &pair, const QString &field) {
        const store::Suggestion *s = byPair.value(pair).value(field);
        return s && s->decision != store::Suggestion::Decision::Rejected && s->value() == QLatin1String("yes");
    };
    const auto rank = [&](const QString &pair) {
        return says(pair, QStringLiteral("same")) ? 0 : says(pair, QStringLiteral("substitute")) ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    const auto answer = [&](const QString &pair, const QString &field) {
        const store::Suggestion *s = byPair.value(pair).value(field);
        return s && s->decision != store::Suggestion::Decision::None
                && s->decision != store::Suggestion::Decision::Rejected
            ? s->value()
            : QString();
    };
    int accepted = 0;
    QList<QStringList> rows;
    for (const QString &pair : order) {
        const store::Suggestion *same = byPair.value(pair).value(QStringLiteral("same"));
        const store::Suggestion *any = same ? same : byPair.value(pair).begin().value();
        const QJsonObject c = contextOf(*any);
        const bool checked = std::any_of(byPair.value(pair).cbegin(), byPair.value(pair).cend(),
            [](const store::Suggestion *s) { return s->decision == store::Suggestion::Decision::Accepted; });
        accepted += checked;
        rows << QStringList {pair.section(QLatin1Char('\t'), 0, 0), c.value(QStringLiteral("title")).toString(),
            pair.section(QLatin1Char('\t'), 1, 1), c.value(QStringLiteral("title2")).toString(),
            answer(pair, QStringLiteral("same")), answer(pair, QStringLiteral("substitute")),
            same ? confidenceText(*same) : QString(), checkedWord(checked)};
    }
    WorkExportResult result = writeList(outFile,
        {QCoreApplication::translate("WorkExport", "Product"), QCoreApplication::translate("WorkExport", "Title"),
            QCoreApplication::translate("WorkExport", "Other product"),
            QCoreApplication::translate("WorkExport", "Its title"),
            QCoreApplication::translate("WorkExport", "Same product"),
            QCoreApplication::translate("WorkExport", "Can stand in for it"),
            QCoreApplication::translate("WorkExport", "Confidence"),
            QCoreApplication::translate("WorkExport", "Checked by you")},
        rows);
    result.accepted = accepted;
    return result;
}

// One line per query and place: the product the shop shows there now, and the model's.
WorkExportResult exportRankings(const std::vector<store::Suggestion> &all, const QString &outFile)
{
    int accepted = 0;
    QList<QStringList> rows;
    for (const store::Suggestion &s : all) {
        if (s.decision == store::Suggestion::Decision::None || s.decision == store::Suggestion::Decision::Rejected)
            continue;
        const QJsonObject c = contextOf(s);
        QHash<QString, QString> titles;
        const QJsonArray keys = c.value(QStringLiteral("products")).toArray();
        const QJsonArray names = c.value(QStringLiteral("titles")).toArray();
        for (qsizetype i = 0; i < keys.size(); ++i)
            titles.insert(keys[i].toString(), names[i].toString());
        const QStringList now = s.currentValue.split(QLatin1Char(','));
        const QStringList model = s.value().split(QLatin1Char(','));
        accepted += s.decision == store::Suggestion::Decision::Accepted;
        for (qsizetype i = 0; i < now.size(); ++i)
            rows << QStringList {s.itemKey, c.value(QStringLiteral("searches")).toVariant().toString(),
                QString::number(i + 1), now[i], titles.value(now[i]), model.value(i), titles.value(model.value(i)),
                i == 0 ? confidenceText(s) : QString(),
                checkedWord(s.decision == store::Suggestion::Decision::Accepted)};
    }
    WorkExportResult result = writeList(outFile,
        {QCoreApplication::translate("WorkExport", "Search"), QCoreApplication::translate("WorkExport", "Searches"),
            QCoreApplication::translate("WorkExport", "Place"), QCoreApplication::translate("WorkExport", "Shown now"),
            QCoreApplication::translate("WorkExport", "Title"),
            QCoreApplication::translate("WorkExport", "The model's choice"),
            QCoreApplication::translate("WorkExport", "Its title"),
            QCoreApplication::translate("WorkExport", "Confidence"),
            QCoreApplication::translate("WorkExport", "Checked by you")},
        rows);
    result.accepted = accepted;
    return result;
}

} // namespace

SourceChanged::SourceChanged(QString path, bool missing)
    : std::runtime_error("the imported file changed since it was imported")
    , m_path(std::move(path))
    , m_missing(missing)
{ }

SourceState sourceState(const store::ImportInfo &info)
{
    SourceState state;
    state.path = info.filePath;
    if (info.filePath.isEmpty())
        return state; // Unknown
    const QFileInfo f(info.filePath);
    if (!f.exists())
        state.status = SourceState::Status::Missing;
    else if (f.size() != info.fileSize
        || (!info.fileSha256.isEmpty() && data::fileSha256(info.filePath) != info.fileSha256))
        state.status = SourceState::Status::Changed;
    else
        state.status = info.fileSha256.isEmpty() ? SourceState::Status::Unknown : SourceState::Status::Same;
    return state;
}

WorkExportResult exportWork(
    store::ProjectStore &store, std::int64_t jobId, const QString &outFile, const WorkExportOptions &options)
{
    const auto job = store::workJob(store, jobId);
    if (!job)
        throw store::StoreError(QCoreApplication::translate("WorkExport", "The project has no job %1.").arg(jobId));
    const std::vector<store::Suggestion> all = store::suggestions(store, jobId);
    if (job->kind == QLatin1String("fill-attributes"))
        return exportAttributes(store, all, outFile, options);
    if (job->kind == QLatin1String("draft-answers"))
        return exportAnswers(all, outFile);
    if (job->kind == QLatin1String("duplicates"))
        return exportPairs(all, outFile);
    if (job->kind == QLatin1String("search-ranking"))
        return exportRankings(all, outFile);
    return exportReviews(all, outFile);
}

} // namespace shoptuner::services
