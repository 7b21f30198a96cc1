// What the task builders share: Python-compatible JSON and repr text, wordings, caps, repeated reviews, QA snippets.
#include "shop_fixture.h"

#include "data/builders/builder_util.h"
#include "data/builders/qa_documents.h"
#include "data/instruction_templates.h"
#include "data/near_duplicates.h"
#include "data/py_json.h"
#include "data/task_builder.h"
#include "shoptuner/tasks.h"

#include <QRegularExpression>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <random>

using namespace shoptuner::data;
using namespace testing;

// Qt 6.4's moc misreads raw string literals that hold an odd number of '"': such expectations are
// written as ordinary escaped strings below.

class TestBuilderParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pyJsonDumpsMatchesPython()
    {
        // References printed by /usr/bin/python3 (3.11): print(json.dumps(value)).
        Json a = Json::object();
        a["a"] = 1;
        a["b"] = Json::array({1, 2.5, nullptr, true, false});
        a["c"] = Json::object({{"d", "e"}});
        QCOMPARE(pyJsonDumps(a), QStringLiteral(R"({"a": 1, "b": [1, 2.5, null, true, false], "c": {"d": "e"}})"));
        const Json texts = Json::array({"caf\u00e9", "\U0001F600", "tab\there", "quote\"back\\slash",
            std::string("\x00\x1f\x7f", 3), "\u2028", "/slash"});
        QCOMPARE(pyJsonDumps(texts),
            QStringLiteral("[\"caf\\u00e9\", \"\\ud83d\\ude00\", \"tab\\there\", \"quote\\\"back\\\\slash\", "
                           "\"\\u0000\\u001f\\u007f\", \"\\u2028\", \"/slash\"]"));
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        const Json floats = Json::array({24.9, 25.0, 0.1, 1e16, 1e15, 1234567890123456.0, 1e-5, 0.0001, -0.0, 3.14159,
            1e22, 2.5e-7, 100.0, 19.99, 92.51, 1.0 / 3.0, nan, inf, -inf});
        QCOMPARE(pyJsonDumps(floats),
            QStringLiteral(
                "[24.9, 25.0, 0.1, 1e+16, 1000000000000000.0, 1234567890123456.0, 1e-05, 0.0001, -0.0, 3.14159, "
                "1e+22, 2.5e-07, 100.0, 19.99, 92.51, 0.3333333333333333, NaN, Infinity, -Infinity]"));
        QCOMPARE(pyJsonDumps(Json::array()), QStringLiteral("[]"));
        QCOMPARE(pyJsonDumps(Json::object()), QStringLiteral("{}"));
        QCOMPARE(pyJsonDumps(Json::array({Json::array()})), QStringLiteral("[[]]"));
        QCOMPARE(pyJsonDumps(Json(-7)), QStringLiteral("-7"));
        QCOMPARE(pyJsonDumps(Json(12345678901234567890ull)), QStringLiteral("12345678901234567890"));
        QCOMPARE(pyFloatRepr(-1.5e-10), QStringLiteral("-1.5e-10"));
        QCOMPARE(pyFloatRepr(nan), QStringLiteral("nan"));
    }

    void pyReprMatchesPython()
    {
        // Reference: print(str([...])) in /usr/bin/python3 (3.11).
        const QStringList items = {"plain", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "new\nline\ttab\rcr",
            QString::fromUtf8("\x00\x07\x7f", 3), QString::fromUtf8("caf\u00e9 \u00a0nbsp"),
            QString::fromUtf8("\u200bzw"), QString::fromUtf8("\u2028ls"), QString::fromUtf8("\U0001F600 emoji"),
            QString(QChar(0xD7FF)), QString::fromUcs4(U"\U000E0001"), QString(QChar(0x0378))};
        const QString expected = QString::fromUtf8(
            "['plain', \"it's\", 'say \"hi\"', 'both \\' and \"', 'back\\\\slash', 'new\\nline\\ttab\\rcr', "
            "'\\x00\\x07\\x7f', "
            "'caf\u00e9 \\xa0nbsp', '\\u200bzw', '\\u2028ls', '\U0001F600 emoji', '\\ud7ff', '\\U000e0001', "
            "'\\u0378']");
        QCOMPARE(pyReprStringList(items), expected);
        QCOMPARE(pyReprStringList({}), QStringLiteral("[]"));
        QCOMPARE(parsePyList(pyReprStringList(items.mid(0, 6))), items.mid(0, 6));
    }

    void notebookTextHelpers()
    {
        using namespace builders;
        // References: cutitem / clean_text of SR.ipynb run in /usr/bin/python3.
        QCOMPARE(cutWords("one two.  three four five six", 4), QStringLiteral("one two.  three..."));
        QCOMPARE(cutWords("a b c d e.", 5), QStringLiteral("a b c d e."));
        QCOMPARE(cutWords("a b c d. e f", 4), QStringLiteral("a b c d..."));
        Product p = makeProduct("x", "Westek \"MLC12BC-4\" Light Control...", {}, "Westek");
        QCOMPARE(srItemText(p), QStringLiteral("Westek MLC12BC-4 Light Control.  Westek."));
        p = makeProduct("x", "Mug 12 oz.", {"Home & Kitchen", "Kitchen & Dining.", "Mugs"}, "");
        QCOMPARE(srItemText(p), QStringLiteral("Mug 12 oz. Home & Kitchen. Kitchen & Dining."));
        p = makeProduct("x", "...", {"", "B"}, "Acme.");
        QCOMPARE(srItemText(p), QStringLiteral(". B. Acme."));
        QStringList ordinals;
        for (int i : {1, 2, 3, 4, 11, 12, 13, 20, 21, 22, 23, 24, 31})
            ordinals.append(ordinal(i));
        QCOMPARE(ordinals.join(' '), QStringLiteral("1st 2nd 3rd 4th 11th 12th 13th 20th 21st 22nd 23rd 24th 31st"));
    }

    void registryInEcInstructOrder()
    {
        QStringList names;
        QCOMPARE(taskBuilders().size(), shoptuner::kTasks.size());
        for (std::size_t i = 0; i < taskBuilders().size(); ++i) {
            const std::string_view name = shoptuner::kTasks[i].name;
            QCOMPARE(taskBuilders()[i]->task(), QString::fromUtf8(name.data(), qsizetype(name.size())));
            names.append(taskBuilders()[i]->abbreviation());
        }
        QCOMPARE(names.join(' '), QStringLiteral("AVE PRP PM SA SR MPC PSI QPR AP AG"));
        QCOMPARE(findTaskBuilder("sentiment_analysis")->abbreviation(), QStringLiteral("SA"));
        QCOMPARE(findTaskBuilder("qpr")->task(), QStringLiteral("Query_Product_Rank"));
        QCOMPARE(findTaskBuilder("Product_Substitute_Identification")->abbreviation(), QStringLiteral("PSI"));
        QVERIFY(findTaskBuilder("Product_Substitue_Identification") == nullptr);
        QCOMPARE(splitName(Split::Val), QStringLiteral("val"));
    }

    void instructionWordingsAreSixAndOwn()
    {
        // Three of eCeLLM's own sentences: ours must not copy them.
        const QStringList theirs = {"Answer the given question using the supporting document.",
            "Analyze the user's review and determine the sentiment based on the listed options.",
            "Answer yes if the product is a substitute for the query and no otherwise."};
        for (const auto &b : taskBuilders()) {
            const QStringList w = instructionWordings(b->task());
            QCOMPARE(w.size(), qsizetype(kWordingsPerTask));
            QCOMPARE(QSet<QString>(w.begin(), w.end()).size(), qsizetype(6));
            for (const QString &s : w) {
                QVERIFY2(s.size() > 30 && !theirs.contains(s), qPrintable(s));
            }
        }
        QVERIFY(instructionWordings("Nope").isEmpty());
        QCOMPARE(kUnseenWording, 5);
    }

    void capsKeepOrder()
    {
        std::vector<BuiltRecord> many;
        for (int i = 0; i < 13510; ++i) {
            BuiltRecord r;
            r.groupKey = QString::number(i);
            r.split = i < 12000 ? Split::Train : i < 13500 ? Split::Val : Split::Test;
            many.push_back(r);
        }
        std::mt19937_64 rng(1);
        builders::applyCaps(many, rng);
        QCOMPARE(many.size(), std::size_t(11010));
        QCOMPARE(
            std::count_if(many.begin(), many.end(), [](const BuiltRecord &r) { return r.split == Split::Val; }), 1000);
        for (std::size_t i = 1; i < many.size(); ++i)
            QVERIFY(many[i - 1].groupKey.toInt() < many[i].groupKey.toInt());
    }

    // Among 600 distinct reviews of one product: 40 copies with one word changed and 31 exact
    // copies (some in capitals with other punctuation). MinHash finds each of them, flags no
    // distinct review, leaves the same texts under another product alone, and answers like
    // comparing each review with every earlier kept one (the exact rule it replaces).
    void nearDuplicateReviewsAreFound()
    {
        std::mt19937_64 rng(7);
        const QStringList syllables = {"ka", "lo", "mi", "ra", "ten", "vo", "si", "dur", "pel", "an", "gro", "fi"};
        const QStringList common = {"the", "and", "mug", "great", "is", "it"};
        const auto word = [&] {
            return rng() % 4 == 0 ? common[qsizetype(rng() % 6)]
                                  : syllables[qsizetype(rng() % 12)] + syllables[qsizetype(rng() % 12)]
                    + syllables[qsizetype(rng() % 12)];
        };
        std::vector<Review> reviews;
        const auto add = [&](const QString &product, const QString &text) {
            reviews.push_back({QString::number(reviews.size()), product, 5, QString(), text, QString()});
        };
        QStringList originals;
        int planted[3] = {0, 0, 0}; // by Repeat
        for (int i = 0; i < 600; ++i) {
            QStringList words;
            for (int w = 0, n = 15 + int(rng() % 10); w < n; ++w)
                words << word();
            originals << words.join(' ') + '.';
            add("A", originals.last());
            ++planted[int(Repeat::None)];
            if (i % 15 == 14) {
                QStringList copy = originals[qsizetype(rng() % originals.size())].split(' ');
                copy[qsizetype(rng() % copy.size())] = QStringLiteral("other%1").arg(planted[int(Repeat::Near)]++);
                add("A", copy.join(' '));
            }
            if (i % 20 == 19) {
                const QString copy = originals[qsizetype(rng() % originals.size())];
                add("A", planted[int(Repeat::Exact)]++ % 2 ? copy : copy.toUpper().replace('.', "!!"));
            }
        }
        for (int i = 0; i < 50; ++i) // another product's reviews never repeat product A's
            add("B", originals[i]);
        planted[int(Repeat::None)] += 51;
        add("A", "Great!");
        add("A", "great");
        ++planted[int(Repeat::Exact)];

        std::vector<Repeat> expected;
        QSet<QString> seen;
        std::map<QString, std::vector<std::vector<quint64>>> kept;
        double closestDistinct = 0, loosestNear = 1;
        for (const Review &r : reviews) {
            const QString c = comparableText(r.title + ' ' + r.text);
            if (seen.contains(r.productKey + '\x1f' + c)) {
                expected.push_back(Repeat::Exact);
                continue;
            }
            seen.insert(r.productKey + '\x1f' + c);
            const std::vector<quint64> sh = shingles(c);
            double most = 0;
            for (const auto &other : kept[r.productKey])
                most = std::max(most, jaccard(sh, other));
            expected.push_back(most >= kNearDuplicateJaccard ? Repeat::Near : Repeat::None);
            if (most >= kNearDuplicateJaccard)
                loosestNear = std::min(loosestNear, most);
            else {
                closestDistinct = std::max(closestDistinct, most);
                kept[r.productKey].push_back(sh);
            }
        }
        const std::vector<Repeat> found = findRepeatedReviews(reviews);
        int counts[3] = {0, 0, 0}, differences = 0;
        for (std::size_t i = 0; i < found.size(); ++i) {
            ++counts[int(found[i])];
            differences += found[i] != expected[i];
        }
        qInfo("Jaccard: closest distinct pair %.3f, loosest near copy %.3f; %d answers differ from the exact rule",
            closestDistinct, loosestNear, differences);
        QCOMPARE(differences, 0);
        QCOMPARE(counts[int(Repeat::Exact)], planted[int(Repeat::Exact)]);
        QCOMPARE(counts[int(Repeat::Near)], planted[int(Repeat::Near)]);
        QCOMPARE(counts[int(Repeat::None)], planted[int(Repeat::None)]);
        QCOMPARE(planted[int(Repeat::Near)], 40);
        QCOMPARE(planted[int(Repeat::Exact)], 31);
    }

    // The snippets and answerability of each question are those of scoring every review sentence
    // of its product and stable-sorting by shared content words (how they were found before
    // sentences were indexed by word), on a product with many reviews and questions.
    void qaDocumentsRankLikeScoringEverySentence()
    {
        std::mt19937_64 rng(11);
        const QStringList words = {"handle", "blade", "sharp", "colour", "bright", "washes", "lid", "tight", "heavy",
            "light", "glaze", "chips", "steel", "rusts", "grip", "the", "is", "very", "and", "it"};
        const auto phrase = [&](int n) {
            QStringList out;
            for (int i = 0; i < n; ++i)
                out << words[qsizetype(rng() % words.size())];
            return out.join(' ');
        };
        ShopData shop;
        for (int p = 0; p < 3; ++p)
            shop.products.push_back(makeProduct(QStringLiteral("P%1").arg(p), "Mug", {"Mugs"}, "Acme"));
        for (int r = 0; r < 400; ++r)
            shop.reviews.push_back({QString::number(r), QStringLiteral("P%1").arg(r % 2), 5, QString(),
                phrase(3 + int(rng() % 5)) + ". " + phrase(2 + int(rng() % 5)) + "! " + phrase(4) + ".", QString()});
        for (int q = 0; q < 90; ++q)
            shop.questions.push_back({QString::number(q), QStringLiteral("P%1").arg(q % 3),
                "Is " + phrase(1 + int(rng() % 3)) + "?", q % 4 ? "Yes, " + phrase(3) + "." : QString(), QString()});
        shop.buildIndexes();

        static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
        const std::vector<builders::QaDocument> documents = builders::qaDocuments(shop);
        QCOMPARE(documents.size(), shop.questions.size());
        int answerable = 0;
        for (std::size_t i = 0; i < shop.questions.size(); ++i) {
            const Question &q = shop.questions[i];
            QStringList sentences;
            QSet<QString> seen;
            for (const int r : shop.reviewsByProduct.value(q.productKey))
                for (const QString &s : shop.reviews[std::size_t(r)].text.split(boundary, Qt::SkipEmptyParts))
                    if (s.simplified().count(' ') >= 2 && !seen.contains(s.simplified().toLower())) {
                        seen.insert(s.simplified().toLower());
                        sentences << s.simplified();
                    }
            const QSet<QString> asked = builders::contentWords(q.question);
            std::vector<std::pair<int, qsizetype>> scored;
            for (qsizetype s = 0; s < sentences.size(); ++s)
                scored.emplace_back(builders::sharedCount(asked, builders::contentWords(sentences[s])), s);
            std::stable_sort(
                scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            QStringList snippets;
            for (std::size_t s = 0; s < scored.size() && s < 5; ++s)
                snippets << sentences[scored[s].second];
            QCOMPARE(documents[i].snippets, snippets);
            auto expected = builders::Answerability::Unclear;
            if (!scored.empty() && scored.front().first == 0)
                expected = builders::Answerability::No;
            else if (!scored.empty()) {
                const int best = scored.front().first;
                const QSet<QString> answered = builders::contentWords(q.answer);
                const int fromAnswer = builders::sharedCount(answered, builders::contentWords(snippets.front()));
                if (best >= std::max<int>(1, (int(asked.size()) + 1) / 2)
                    && (best >= 2 ? fromAnswer >= std::min<int>(2, int(answered.size())) : fromAnswer >= 2))
                    expected = builders::Answerability::Yes;
            }
            QVERIFY(documents[i].answerable == expected);
            answerable += expected == builders::Answerability::Yes;
        }
        QVERIFY(documents[2].snippets.isEmpty()); // P2 has no reviews
        qInfo("%d of %zu questions answerable", answerable, documents.size());
        QVERIFY(answerable > 0);
    }
};

QTEST_GUILESS_MAIN(TestBuilderParts)
#include "test_builder_parts.moc"
