// Reading shop files as they come (encodings, quoting, ragged rows, JSON), suggesting column
// mappings, parsing values, cleaning personal data, and importing as one transaction.
#include "data/column_mapping.h"
#include "data/csv_reader.h"
#include "data/importer.h"
#include "data/json_reader.h"
#include "data/shop_data.h"
#include "data/value_parsing.h"
#include "store/project_store.h"
#include "store/shop_tables.h"
#include "test_helpers.h"

#include <QTemporaryDir>

using namespace shoptuner;
using namespace shoptuner::data;
using store::DataKind;

namespace {

using testing::writeTempFile;

std::vector<TableRow> readAll(TableReader &reader)
{
    std::vector<TableRow> rows;
    TableRow row;
    while (reader.next(row))
        rows.push_back(row);
    return rows;
}

QByteArray utf16le(const QString &s, bool bom)
{
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (QChar c : s) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsEncodings()
    {
        int bom = 0;
        QCOMPARE(detectEncoding("\xEF\xBB\xBFid,title\n", &bom), TextEncoding::Utf8Bom);
        QCOMPARE(bom, 3);
        QCOMPARE(detectEncoding("id,title\nA,Caf\xC3\xA9\n"), TextEncoding::Utf8);
        QCOMPARE(detectEncoding("id,title\nA,Caf\xE9\n"), TextEncoding::Latin1);
        QCOMPARE(detectEncoding("id,title\nA,\x93quoted\x94 \x80 5\n"), TextEncoding::Windows1252);
        QCOMPARE(detectEncoding(utf16le("id,title\n", true), &bom), TextEncoding::Utf16LE);
        QCOMPARE(detectEncoding(utf16le("id,title\nA,B\n", false)), TextEncoding::Utf16LE);
        QCOMPARE(decodeWindows1252("\x80\x93x\x94\xE9"), QString::fromUtf8("€“x”é"));
    }

    void readsEveryEncodingToTheSameRows()
    {
        QTemporaryDir dir;
        const QString text = QString::fromUtf8("id;title;price\nA1;Café crème “deluxe”;24,90\nA2;Mug – grün;9\n");
        QList<QByteArray> files = {text.toUtf8(), "\xEF\xBB\xBF" + text.toUtf8(), utf16le(text, true),
            utf16le(text, false), decodeWindows1252(QByteArray()).toUtf8()};
        // Windows-1252 bytes of the same text.
        QByteArray cp1252;
        for (QChar c : text) {
            if (c == QChar(0x201C))
                cp1252 += '\x93';
            else if (c == QChar(0x201D))
                cp1252 += '\x94';
            else if (c == QChar(0x2013))
                cp1252 += '\x96';
            else
                cp1252 += char(c.unicode());
        }
        files[4] = cp1252;
        for (int i = 0; i < files.size(); ++i) {
            CsvReader reader(writeTempFile(dir, QString("f%1.csv").arg(i), files[i]));
            QCOMPARE(reader.columns(), QStringList({"id", "title", "price"}));
            QCOMPARE(reader.format().delimiter, QChar(';'));
            const auto rows = readAll(reader);
            QCOMPARE(rows.size(), std::size_t(2));
            QCOMPARE(rows[0].values[1], QString::fromUtf8("Café crème “deluxe”"));
            QCOMPARE(rows[1].values[1], QString::fromUtf8("Mug – grün"));
        }
    }

    void quotedFieldsSpanLinesAndRowsKnowTheirLine()
    {
        QTemporaryDir dir;
        const QString path = writeTempFile(dir, "q.csv",
            "id,text,rating\r\n"
            "1,\"Two\r\nlines, and a \"\"quote\"\"\",5\r\n"
            "2,plain,4\r\n"
            "\r\n"
            "3,\"three\nline\nfield\",3\r\n"
            "4,after,2\r\n");
        CsvReader reader(path);
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].values[1], QString("Two\nlines, and a \"quote\""));
        QCOMPARE(rows[0].line, 2);
        QCOMPARE(rows[1].line, 4);
        QCOMPARE(rows[2].line, 6);
        QCOMPARE(rows[2].values[1], QString("three\nline\nfield"));
        QCOMPARE(rows[3].line, 9);
        QVERIFY(reader.takeIssues().isEmpty());
    }

    void sniffsDelimiters()
    {
        QCOMPARE(sniffDelimiter("a,b,c\n1,2,3\n"), QChar(','));
        QCOMPARE(sniffDelimiter("a;b;c\n1,5;2,5;3\n"), QChar(';'));
        QCOMPARE(sniffDelimiter("a\tb\tc\n1, 2\t2\t3\n"), QChar('\t'));
        QCOMPARE(sniffDelimiter("a|b\n1|2\n"), QChar('|'));
        QCOMPARE(sniffDelimiter("\"x,y\";b\n\"1,2\";3\n"), QChar(';'));
    }

    void reportsRaggedRowsWithLineNumbers()
    {
        QTemporaryDir dir;
        CsvReader reader(writeTempFile(dir, "r.csv", "id,title,price\nA,Mug,1\nB,Cup\nC,Jar,3,extra\nD,Pot,4,,\n"));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t(4));
        const auto issues = reader.takeIssues();
        QCOMPARE(issues.size(), 2); // D's trailing empty fields are harmless
        QCOMPARE(issues[0].line, 3);
        QVERIFY2(
            issues[0].toString().contains("has 2 fields; the header has 3 columns"), qPrintable(issues[0].toString()));
        QCOMPARE(issues[1].line, 4);
    }

    void unclosedQuoteIsAnErrorWithItsLine()
    {
        QTemporaryDir dir;
        const QString path = writeTempFile(dir, "u.csv", "id,title\nA,Mug\nB,\"never closed\nC,Jar\n");
        CsvReader reader(path);
        TableRow row;
        QVERIFY(reader.next(row));
        bool thrown = false;
        try {
            readAll(reader);
        } catch (const ImportError &e) {
            thrown = true;
            QCOMPARE(e.issue().line, 3);
            QVERIFY2(e.issue().message.contains("never closed"), qPrintable(e.issue().message));
        }
        QVERIFY(thrown);
        EXPECT_THROW_WITH(CsvReader(writeTempFile(dir, "empty.csv", "")), ImportError, "is empty");
    }

    void readsJsonArraysAndLines()
    {
        QTemporaryDir dir;
        const QString array = writeTempFile(dir, "p.json",
            "[\n {\"id\": \"A\", \"title\": \"Mug {big}\", \"features\": [\"a\", \"b\"], \"price\": 9.5},\n"
            " {\"id\": \"B\", \"title\": \"Cup \\\"x\\\"\", \"stock\": true}\n]\n");
        auto reader = TableReader::open(array);
        QCOMPARE(reader->format().type, TableFormat::Type::JsonArray);
        QCOMPARE(reader->columns(), QStringList({"id", "title", "features", "price", "stock"}));
        auto rows = readAll(*reader);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].values[2], QString("a | b"));
        QCOMPARE(rows[0].values[3], QString("9.5"));
        QCOMPARE(rows[1].values[1], QString("Cup \"x\""));
        QCOMPARE(rows[1].values[4], QString("1"));
        QCOMPARE(rows[1].line, 3);

        const QString lines = writeTempFile(dir, "p.jsonl", "{\"id\": 1, \"q\": \"a\"}\n\n{\"id\": 2, \"q\": null}\n");
        reader = TableReader::open(lines);
        QCOMPARE(reader->format().type, TableFormat::Type::JsonLines);
        rows = readAll(*reader);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1].line, 3);
        QCOMPARE(rows[1].values[1], QString());

        EXPECT_THROW_WITH(readAll(*TableReader::open(writeTempFile(dir, "bad.jsonl", "{\"id\": 1}\n{\"id\": }\n"))),
            ImportError, "bad.jsonl:2");
        EXPECT_THROW_WITH(
            TableReader::open(writeTempFile(dir, "nums.json", "[1, 2]")), ImportError, "expected a JSON object");
    }

    void suggestsMappingsFromHeadersInSeveralLanguages()
    {
        const QList<QStringList> noSample;
        auto m = suggestMapping(DataKind::Catalog,
            {"Handle", "Title", "Body (HTML)", "Vendor", "Variant Price", "Variant Barcode", "Type"}, noSample);
        QCOMPARE(m.column("product_id"), QString("Handle"));
        QCOMPARE(m.column("description"), QString("Body (HTML)"));
        QCOMPARE(m.column("brand"), QString("Vendor"));
        QCOMPARE(m.column("price"), QString("Variant Price"));
        QCOMPARE(m.column("gtin"), QString("Variant Barcode"));
        QCOMPARE(m.column("category"), QString("Type"));

        m = suggestMapping(DataKind::Catalog,
            {"Artikelnummer", "Bezeichnung", "Beschreibung", "Marke", "Preis", "Kategorie", "EAN", "Farbe"}, noSample);
        QCOMPARE(m.column("product_id"), QString("Artikelnummer"));
        QCOMPARE(m.column("title"), QString("Bezeichnung"));
        QCOMPARE(m.column("brand"), QString("Marke"));
        QCOMPARE(m.column("gtin"), QString("EAN"));
        QVERIFY(m.attributeColumns.contains("Farbe"));

        m = suggestMapping(DataKind::Reviews, {"Référence", "Note", "Commentaire", "Titre", "Date"}, noSample);
        QCOMPARE(m.column("product_id"), QString("Référence"));
        QCOMPARE(m.column("rating"), QString("Note"));
        QCOMPARE(m.column("text"), QString("Commentaire"));
        QVERIFY(m.problems({"Référence", "Note", "Commentaire", "Titre", "Date"}).isEmpty());
    }

    void suggestsMappingsFromContent()
    {
        const QStringList columns = {"sku", "c1", "c2", "c3"};
        QList<QStringList> sample;
        const QStringList gtins = {"4006381333931", "5901234123457", "4012345678901", "0012345678905"};
        for (int i = 0; i < 4; ++i)
            sample << QStringList {QString("S%1").arg(i), gtins[i], QString::number(1 + i),
                QString(
                    "A long customer text about the product number %1, which goes on for a while to be long enough.")
                    .arg(i)};
        const auto catalog = suggestMapping(DataKind::Catalog, columns, sample);
        QCOMPARE(catalog.column("gtin"), QString("c1"));
        QVERIFY(catalog.reasons.value("gtin").contains("values"));
        const auto reviews = suggestMapping(DataKind::Reviews, columns, sample);
        QCOMPARE(reviews.column("rating"), QString("c2"));
        QCOMPARE(reviews.column("text"), QString("c3"));
        QVERIFY(isValidGtin("4006381333931"));
        QVERIFY(!isValidGtin("4006381333932"));
        QVERIFY(isValidGtin("96385074")); // EAN-8
        // A "rating" column of words is not a rating.
        const auto words = suggestMapping(
            DataKind::Reviews, {"product", "rating", "text"}, {{"A", "great", "x"}, {"B", "bad", "y"}});
        QVERIFY(words.column("rating").isEmpty());
        QVERIFY(words.problems({"product", "rating", "text"}).isEmpty()); // imported as reviews without stars
        QCOMPARE(guessDataKind({"product_id", "rating", "review_text"}, {}), std::optional(DataKind::Reviews));
        QCOMPARE(guessDataKind({"customer_id", "order_id", "product_id", "ordered_at"}, {}),
            std::optional(DataKind::Orders));
    }

    void mappingJsonRoundTripsAndRejectsUnknownFields()
    {
        ColumnMapping m;
        m.kind = DataKind::Searches;
        m.fields = {{"query", "q"}, {"product_id", "p"}, {"clicked", "c"}};
        const auto back = ColumnMapping::fromJson(m.toJson());
        QCOMPARE(back.fields, m.fields);
        QVERIFY(back.kind == DataKind::Searches);
        EXPECT_THROW_WITH(ColumnMapping::fromJson(R"({"kind":"reviews","fields":{"stars":"x"}})"), ImportError,
            "unknown field \"stars\"");
        EXPECT_THROW_WITH(ColumnMapping::fromJson("[1]"), ImportError, "not a JSON object");
        m.fields.remove("clicked");
        QVERIFY(m.problems({"q", "p"}).join(" ").contains("Clicked"));
    }

    void parsesValuesAsShopsWriteThem()
    {
        QCOMPARE(parseRating("4"), std::optional(4));
        QCOMPARE(parseRating("4.0"), std::optional(4));
        QCOMPARE(parseRating("4/5"), std::optional(4));
        QCOMPARE(parseRating("5 stars"), std::optional(5));
        QCOMPARE(parseRating("80/100"), std::optional(4));
        QCOMPARE(parseRating(QString::fromUtf8("★★★☆☆")), std::optional(3));
        QCOMPARE(parseRating("6"), std::nullopt);
        QCOMPARE(parseRating("3.5"), std::nullopt);
        QCOMPARE(parseRating("great"), std::nullopt);
        QCOMPARE(parsePrice("24.90"), std::optional(24.9));
        QCOMPARE(parsePrice(QString::fromUtf8("24,90 €")), std::optional(24.9));
        QCOMPARE(parsePrice("$1,299.00"), std::optional(1299.0));
        QCOMPARE(parsePrice("1.299,00"), std::optional(1299.0));
        QCOMPARE(parsePrice("free"), std::nullopt);
        QCOMPARE(parseFlag("yes"), std::optional(true));
        QCOMPARE(parseFlag("0"), std::optional(false));
        QCOMPARE(parseFlag("maybe"), std::nullopt);
        QCOMPARE(splitCategoryPath("Home > Kitchen > Mugs & Cups"), QStringList({"Home", "Kitchen", "Mugs & Cups"}));
        QCOMPARE(splitList("a | b\n• c"), QStringList({"a", "b", "c"}));
        QCOMPARE(htmlToText("<p>Hand-made &amp; glazed.<br>Holds 350&nbsp;ml.</p><ul><li>Dishwasher safe</li></ul>"),
            QString("Hand-made & glazed.\nHolds 350 ml.\nDishwasher safe"));
    }

    void readsMixedUtf8AndWindows1252LineByLine()
    {
        QTemporaryDir dir;
        // An export pasted together from two systems: lines 3 and 5 are Windows-1252 (0x96 is "–").
        const QByteArray bytes = QByteArray("id;title;price\n") + "A1;Mug – grün;9\n" + "A2;Caf\xE9 \x96 cr\xE8me;12\n"
            + "A3;Tee – süß “fein”;5\n" + "A4;Th\xE9 \x93vert\x94;4\n";
        const QString path = writeTempFile(dir, "mixed.csv", bytes);
        CsvReader reader(path);
        QCOMPARE(reader.format().encoding, QString("UTF-8"));
        QVERIFY2(
            reader.format().describe().contains("some lines Windows-1252"), qPrintable(reader.format().describe()));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].values[1], QString::fromUtf8("Mug – grün"));
        QCOMPARE(rows[1].values[1], QString::fromUtf8("Café – crème"));
        QCOMPARE(rows[2].values[1], QString::fromUtf8("Tee – süß “fein”"));
        QCOMPARE(rows[3].values[1], QString::fromUtf8("Thé “vert”"));
        const auto issues = reader.takeIssues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].severity, FileIssue::Severity::Warning);
        QVERIFY2(
            issues[0].message.contains("2 lines were not UTF-8 and were read as Windows-1252 (the first is line 3)"),
            qPrintable(issues[0].message));
        // The preview passes the warning on (the file is shorter than the preview).
        const auto preview = previewFile(path);
        QCOMPARE(preview.issues.size(), 1);
        QVERIFY(preview.issues[0].message.contains("were read as Windows-1252"));

        // One legacy line alone is named by its line.
        CsvReader one(writeTempFile(dir, "one.csv", QByteArray("id;title\nA1;Mug – grün\nA2;Caf\xE9\n")));
        QCOMPARE(readAll(one)[1].values[1], QString::fromUtf8("Café"));
        const auto oneIssues = one.takeIssues();
        QCOMPARE(oneIssues.size(), 1);
        QVERIFY2(oneIssues[0].message.contains("1 line was not UTF-8 and was read as Windows-1252 (line 3)"),
            qPrintable(oneIssues[0].message));

        // A file that is all Windows-1252 is still that, with no warning.
        CsvReader legacy(
            writeTempFile(dir, "legacy.csv", QByteArray("id;title\nA1;Caf\xE9 \x96 cr\xE8me\nA2;plain\n")));
        QCOMPARE(legacy.format().encoding, QString("Windows-1252"));
        QCOMPARE(readAll(legacy)[0].values[1], QString::fromUtf8("Café – crème"));
        QVERIFY(legacy.takeIssues().isEmpty());
    }

    void decidesMixedLinesAcrossChunkBoundaries()
    {
        // The decoder reads 64 KiB at a time; legacy lines are cut by the 1st and 2nd chunk ends, a
        // UTF-8 "–" by the 3rd, and every line must still be decided whole.
        constexpr qsizetype kChunk = 1 << 16;
        QByteArray bytes = "id;title;price\n";
        QStringList titles;
        const auto fillTo = [&](qsizetype target) {
            const QByteArray line = "P;Tee – süß;5\n";
            while (target - bytes.size() >= 2 * line.size()) {
                bytes += line;
                titles << QString::fromUtf8("Tee – süß");
            }
            const QByteArray filler = "F;" + QByteArray(target - bytes.size() - 5, 'x') + ";1\n";
            bytes += filler;
            titles << QString::fromLatin1(filler.mid(2, filler.size() - 5));
            QCOMPARE(bytes.size(), target);
        };
        fillTo(kChunk - 6);
        const qint64 firstLegacyLine = titles.size() + 2; // after the header
        bytes += "B;\xE9t\xE9 \x96 caf\xE9;2\n"; // 0xE9 at kChunk - 4 and - 2, 0x96 at kChunk
        titles << QString::fromUtf8("été – café");
        fillTo(2 * kChunk - 4);
        bytes += "C;\x93gro\xDF\x94;3\n";
        titles << QString::fromUtf8("“groß”");
        fillTo(3 * kChunk - 4);
        bytes += "D;a\xE2\x80\x93\x62;4\n"; // "a–b": "–" is E2 80 93, cut after E2
        titles << QString::fromUtf8("a–b");
        fillTo(3 * kChunk + 100);

        QTemporaryDir dir;
        CsvReader reader(writeTempFile(dir, "big.csv", bytes));
        QCOMPARE(reader.format().encoding, QString("UTF-8"));
        const auto rows = readAll(reader);
        QCOMPARE(rows.size(), std::size_t(titles.size()));
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].values[1], titles[qsizetype(i)]);
        const auto issues = reader.takeIssues();
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues[0].message.contains(
                     QString("2 lines were not UTF-8 and were read as Windows-1252 (the first is line %1)")
                         .arg(firstLegacyLine)),
            qPrintable(issues[0].message));
    }

    void readsUtf32WithByteOrderMarks()
    {
        const QString text
            = QString::fromUtf8("id;title;price\nA1;Café crème “deluxe” 🙂;24,90\nA2;Mug – grün;9\n");
        const auto utf32 = [&](bool littleEndian) {
            QByteArray out = littleEndian ? QByteArray("\xFF\xFE\0\0", 4) : QByteArray("\0\0\xFE\xFF", 4);
            for (char32_t c : text.toUcs4()) {
                const char b[4] = {char(c >> 24), char((c >> 16) & 0xFF), char((c >> 8) & 0xFF), char(c & 0xFF)};
                for (int k = 0; k < 4; ++k)
                    out += b[littleEndian ? 3 - k : k];
            }
            return out;
        };
        int bom = 0;
        QCOMPARE(detectEncoding(utf32(true), &bom), TextEncoding::Utf32LE);
        QCOMPARE(bom, 4);
        QCOMPARE(detectEncoding(utf32(false), &bom), TextEncoding::Utf32BE);
        QCOMPARE(bom, 4);
        QTemporaryDir dir;
        CsvReader reference(writeTempFile(dir, "utf8.csv", text.toUtf8()));
        const auto expected = readAll(reference);
        for (bool littleEndian : {true, false}) {
            CsvReader reader(writeTempFile(dir, littleEndian ? "le.csv" : "be.csv", utf32(littleEndian)));
            QCOMPARE(reader.format().encoding, QString(littleEndian ? "UTF-32LE" : "UTF-32BE"));
            QCOMPARE(reader.columns(), QStringList({"id", "title", "price"}));
            const auto rows = readAll(reader);
            QCOMPARE(rows.size(), expected.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                QCOMPARE(rows[i].values, expected[i].values);
            QVERIFY(reader.takeIssues().isEmpty());
        }
    }

    // A spreadsheet, archive or image chosen by mistake is named as what it is, with what to do,
    // instead of being read as Windows-1252 text; text in UTF-16 (with NULs) still reads.
    void refusesFilesThatAreNotText()
    {
        QTemporaryDir dir;
        const QList<std::pair<QByteArray, QString>> files = {
            {QByteArray("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml" + QByteArray(40, '\0'),
                "an Excel workbook (.xlsx)"},
            {QByteArray("PK\x03\x04\n\0\0\0", 8) + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
                "an OpenDocument spreadsheet (.ods)"},
            {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(64, '\0'), "an Excel 97-2003 workbook"},
            {QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "an image"},
            {QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), "a PDF document"},
            {QByteArray("id,title\n1,Mug\0\0\0\x07\x01", 20), "a binary file"},
        };
        for (const auto &[bytes, what] : files) {
            const QString path = writeTempFile(dir, "export.csv", bytes);
            try {
                TableReader::open(path);
                QFAIL(qPrintable("read as text: " + what));
            } catch (const ImportError &e) {
                QVERIFY2(e.issue().message.startsWith("is " + what), qPrintable(e.issue().message));
                QVERIFY2(e.issue().message.contains("CSV (UTF-8)"), qPrintable(e.issue().message));
            }
        }
        QByteArray utf16;
        for (QChar c : QStringLiteral("id\ttitle\n1\tMug\n"))
            utf16 += char(c.unicode() & 0xFF), utf16 += char(c.unicode() >> 8);
        const auto reader = TableReader::open(writeTempFile(dir, "utf16.txt", utf16));
        QCOMPARE(reader->columns(), QStringList({"id", "title"}));
    }

    void parsesPricesStrictly()
    {
        const QList<std::pair<const char *, std::optional<double>>> cases = {
            {"24,90", 24.9},
            {"24.90", 24.9},
            {"1.299,00 €", 1299.0},
            {"$1,299.00", 1299.0},
            {"1 299,00 kr", 1299.0},
            {"1\u00A0299,00\u00A0€", 1299.0},
            {"1\u202F299,00 EUR", 1299.0},
            {"CHF 1'299.50", 1299.5},
            {"R$ 49,90", 49.9},
            {"£0.99", 0.99},
            {"EUR24.90", 24.9},
            {"12 zł", 12.0},
            {"24,-", 24.0},
            {"1.299.000", 1299000.0},
            {"24.9000", 24.9}, // four decimals, as some shop databases store prices
            // A lone separator before three digits groups thousands...
            {"1.299", 1299.0},
            {"1,299", 1299.0},
            // ...unless it cannot: a leading 0 or an ungrouped integer part makes it decimal.
            {"0.299", 0.299},
            {"1299.000", 1299.0},
            {"1,299.000", 1299.0},
            {"POA", std::nullopt},
            {"on request", std::nullopt},
            {"1e5", std::nullopt},
            {"0x10", std::nullopt},
            {"12abc", std::nullopt},
            {"12.3.4", std::nullopt},
            {"--5", std::nullopt},
            {"-5", std::nullopt},
            {"12,34,56", std::nullopt},
            {"1.29.00", std::nullopt},
            {"1 2 3", std::nullopt},
            {"€ 5 €", std::nullopt},
            {"24.", std::nullopt},
            {"", std::nullopt},
        };
        for (const auto &[text, expected] : cases) {
            const auto parsed = parsePrice(QString::fromUtf8(text));
            QVERIFY2(parsed.has_value() == expected.has_value() && (!parsed || qFuzzyCompare(*parsed, *expected)),
                qPrintable(QString("\"%1\" gave %2")
                               .arg(QString::fromUtf8(text), parsed ? QString::number(*parsed) : QString("nullopt"))));
        }
    }

    void scrubsPersonalData()
    {
        CleaningReport report;
        const QString text = scrubPersonalData(
            "Mail me at jane.doe@example.com or call +49 30 1234567 or (555) 123-4567. Order #KL-483920 came late. "
            "It holds 350 ml, costs 24.90 and measures 50x50 cm; bought 2025-03-14.",
            report);
        QCOMPARE(report.emails, 1);
        QCOMPARE(report.phoneNumbers, 2);
        QCOMPARE(report.orderNumbers, 1);
        QVERIFY2(text.contains("[email]") && text.contains("[phone]") && text.contains("Order #[order number]"),
            qPrintable(text));
        QVERIFY2(
            text.contains("350 ml") && text.contains("24.90") && text.contains("50x50") && text.contains("2025-03-14"),
            qPrintable(text));
    }

    void importsAFileAsOneTransaction()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("shop.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        const QString path = writeTempFile(dir, "reviews.csv",
            "product,stars,review,date\nA,5,Lovely,2025-01-01\nB,four,Nice,2025-01-02\nC,2,\"Broke,\nsadly\",2025-01-"
            "03\nD,3,,2025-01-04\n");
        const auto preview = previewFile(path);
        auto mapping = suggestMapping(DataKind::Reviews, preview.columns, preview.rows);
        QCOMPARE(mapping.column("rating"), QString("stars"));
        const auto result = importFile(project, {path, mapping});
        QCOMPARE(result.rows, 2);
        QCOMPARE(result.skipped, 2);
        QCOMPARE(result.issues.size(), 2);
        QCOMPARE(result.issues[0].line, 3);
        QCOMPARE(result.issues[0].column, QString("stars"));
        QVERIFY(result.issues[0].message.contains("expected a rating from 1 to 5"));
        QCOMPARE(result.issues[1].line, 6);
        QVERIFY(result.issues[1].message.contains("is empty"));
        QCOMPARE(store::shopCounts(project).reviews, 2);
        QCOMPARE(store::loadReviews(project)[1].text, QString("Broke,\nsadly"));
        // The confirmed mapping is remembered for files with the same header.
        QCOMPARE(
            ColumnMapping::fromJson(store::savedMapping(project, DataKind::Reviews, headerSignature(preview.columns)))
                .fields,
            mapping.fields);

        // A file that is mostly wrong leaves nothing behind.
        const QString bad = writeTempFile(dir, "bad.csv", "product,stars,review,date\nA,x,t,\nB,y,t,\nC,5,t,\n");
        EXPECT_THROW_WITH(importFile(project, {bad, mapping}), ImportError, "2 of 3 rows could not be used");
        QCOMPARE(store::shopCounts(project).reviews, 2);
        QCOMPARE(store::listImports(project).size(), std::size_t(1));

        // Cancelling keeps nothing either.
        QByteArray big = "product,stars,review,date\n";
        for (int i = 0; i < 20000; ++i)
            big += QByteArray("P") + QByteArray::number(i % 50) + ",4,Text number " + QByteArray::number(i)
                + ",2025-01-01\n";
        const QString bigPath = writeTempFile(dir, "big.csv", big);
        int calls = 0;
        auto cancelled = importFile(project, {bigPath, mapping}, [&](const ImportProgress &p) {
            ++calls;
            return p.rows < 6000;
        });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(store::shopCounts(project).reviews, 2);
        // And the whole file imports, reporting progress on the way.
        calls = 0;
        double last = 0;
        const auto all = importFile(project, {bigPath, mapping}, [&](const ImportProgress &p) {
            ++calls;
            last = p.fraction;
            return true;
        });
        QCOMPARE(all.rows, 20000);
        QVERIFY(calls >= 10);
        QCOMPARE(last, 1.0);
        QCOMPARE(store::shopCounts(project).reviews, 20002);

        // A mapping that misses a required field is refused before anything is read.
        ColumnMapping incomplete = mapping;
        incomplete.fields.remove("text");
        EXPECT_THROW_WITH(importFile(project, {path, incomplete}), ImportError, "Review text");
    }

    // Reviews without stars (a blank cell, or a file of comments with no star column) are kept:
    // the triage job reads how they feel; sentiment training leaves them out. Stars are still
    // what makes a file without a known layout look like reviews rather than questions.
    void reviewsWithoutStarsAreKept()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("shop.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        const QString some = writeTempFile(dir, "reviews.csv",
            "product,stars,review\nA,5,Lovely mug and a fair price\nB,,The handle broke after a week\n");
        auto preview = previewFile(some);
        auto mapping = suggestMapping(DataKind::Reviews, preview.columns, preview.rows);
        QCOMPARE(mapping.column("rating"), QString("stars"));
        auto result = importFile(project, {some, mapping});
        QCOMPARE(result.rows, 2);
        QCOMPARE(result.skipped, 0);
        const QString none
            = writeTempFile(dir, "comments.csv", "product,comment\nC,Arrived quickly\nD,Colour not as in the photo\n");
        preview = previewFile(none);
        mapping = suggestMapping(DataKind::Reviews, preview.columns, preview.rows);
        QCOMPARE(mapping.column("text"), QString("comment"));
        QVERIFY(mapping.problems(preview.columns).isEmpty());
        result = importFile(project, {none, mapping});
        QCOMPARE(result.rows, 2);
        const auto reviews = store::loadReviews(project);
        QCOMPARE(reviews.size(), std::size_t(4));
        QCOMPARE(reviews[0].rating, 5);
        QCOMPARE(reviews[1].rating, 0);
        QCOMPARE(reviews[3].text, QString("Colour not as in the photo"));
        QCOMPARE(guessDataKind({"product_id", "question", "answer"}, {}), std::optional(DataKind::Questions));
        QVERIFY(guessDataKind({"product", "comment"}, {}) != std::optional(DataKind::Reviews));
    }

    // Shopify's category metafields hold entry handles; the attribute keeps them in a title's
    // words, a list as other lists are kept.
    void shopifyCategoryFieldsReadAsWords()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("shop.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        const QString file = writeTempFile(dir, "products_export.csv",
            "Handle,Title,Body (HTML),Vendor,Variant SKU,Color (product.metafields.shopify.color-pattern)\n"
            "mug,Rose Gold Mug,<p>A mug</p>,Fernhill,FH-MUG,rose-gold; sage\n"
            "cup,Cup,<p>A cup</p>,Fernhill,FH-CUP,\n");
        const auto preview = previewFile(file);
        const auto mapping = suggestMapping(DataKind::Catalog, preview.columns, preview.rows);
        QVERIFY2(mapping.attributeColumns.contains("Color (product.metafields.shopify.color-pattern)"),
            qPrintable(mapping.attributeColumns.join(", ")));
        QCOMPARE(importFile(project, {file, mapping}).rows, 2);
        QHash<QString, store::Product> products;
        for (store::Product &p : store::loadProducts(project))
            products.insert(p.key, p);
        QCOMPARE(products.size(), 2);
        QCOMPARE(products.value("mug").attributes.value("color"), QString("rose gold | sage"));
        QVERIFY(!products.value("cup").attributes.contains("color"));
    }

    void duplicatesAreDroppedWhenLoading()
    {
        QTemporaryDir dir;
        store::ProjectStore project(dir.filePath("shop.shoptuner"), store::ProjectStore::OpenMode::CreateIfMissing);
        {
            store::Transaction tx(project);
            store::ImportInfo info;
            info.kind = DataKind::Reviews;
            info.fileName = "r.csv";
            store::ShopWriter w(project, store::addImport(project, info));
            w.add(store::Review {"1", "A", 5, "", "The mug is lovely and keeps tea hot for a long time.", ""});
            w.add(store::Review {"2", "A", 5, "", "The mug is lovely and keeps tea hot for a long time.", ""});
            w.add(store::Review {"3", "A", 5, "", "The mug is lovely, and keeps tea hot for a long time!", ""});
            w.add(store::Review {"4", "A", 5, "", "The mug is lovely and keeps coffee hot for a long time.", ""});
            w.add(store::Review {"5", "A", 2, "", "Arrived chipped and the glaze is uneven on one side.", ""});
            w.add(store::Review {"6", "B", 5, "", "The mug is lovely and keeps tea hot for a long time.", ""});
            tx.commit();
        }
        const ShopData shop = loadShopData(project);
        QCOMPARE(shop.cleaning.exactDuplicateReviews, 2); // 2, and 3 (same letters and digits)
        QCOMPARE(shop.cleaning.nearDuplicateReviews, 1); // 4: one word changed
        QCOMPARE(shop.reviews.size(), std::size_t(3));
        QCOMPARE(shop.cleaning.reviewsWithoutProduct, 3); // no catalog imported
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
