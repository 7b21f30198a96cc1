// Search ranking: for the shop's most frequent search queries, the products each showed (up to
// four, in the order the shop shows them now) ranked by the model, asked as query product rank
// (QPR), so the owner sees where the model would order results differently.
#include "work_kind.h"

#include "data/builders/builders.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace shoptuner::services {
namespace {

constexpr int kMaxProducts = 4; // as QPR asks: two to four products
constexpr int kTopQueries = 50; // the most frequent queries, unless a limit says otherwise

struct QueryShown
{
    QString query; // as shoppers typed it most often
    int searches = 0;
    QMap<QString, std::pair<double, int>> positions; // product -> summed position, times shown
};

class SearchRanking final : public WorkKind
{
public:
    QString name() const override { return QStringLiteral("search-ranking"); }
    QString title() const override { return QCoreApplication::translate("WorkKind", "Rank search results"); }
    QString task() const override { return QStringLiteral("Query_Product_Rank"); }
    QStringList answerOptions(const QString &) const override { return {}; } // a list of letters
    int maxAnswerTokens() const override { return 12; } // "B,A,D,C"

    QList<WorkPrompt> prompts(store::ProjectStore &store, const WorkOptions &options) const override
    {
        QHash<QString, QString> titles;
        for (const store::Product &p : store::loadProducts(store))
            titles.insert(p.key, p.title);
        // Queries by how often they were searched (sessions), each with the products it showed.
        QHash<QString, QueryShown> queries;
        QSet<QString> sessions;
        for (const store::SearchEvent &e : store::loadSearchEvents(store)) {
            const QString key = e.query.simplified().toLower();
            if (key.isEmpty() || !titles.contains(e.productKey))
                continue;
            QueryShown &q = queries[key];
            if (q.query.isEmpty())
                q.query = e.query.simplified();
            if (!sessions.contains(key + QLatin1Char('\t') + e.sessionKey)) {
                sessions.insert(key + QLatin1Char('\t') + e.sessionKey);
                ++q.searches;
            }
            auto &[sum, times] = q.positions[e.productKey];
            sum += e.position > 0 ? e.position : 100;
            ++times;
        }
        QList<QueryShown> ordered = queries.values();
        std::sort(ordered.begin(), ordered.end(), [](const QueryShown &a, const QueryShown &b) {
            return a.searches != b.searches ? a.searches > b.searches : a.query < b.query;
        });
        const QSet<QString> seen
            = options.onlyNew ? store::seenItems(store, name(), options.resumingJob) : QSet<QString>();
        const int most = options.limit > 0 ? options.limit : kTopQueries;
        QList<WorkPrompt> out;
        for (const QueryShown &q : std::as_const(ordered)) {
            if (out.size() >= most)
                break;
            if (q.positions.size() < 2 || seen.contains(q.query))
                continue;
            // The shop's order now: the products by their average position.
            QList<std::pair<double, QString>> shown;
            for (auto it = q.positions.cbegin(); it != q.positions.cend(); ++it)
                shown.append({it.value().first / it.value().second, it.key()});
            std::sort(shown.begin(), shown.end());
            QStringList keys, names;
            for (qsizetype i = 0; i < std::min<qsizetype>(kMaxProducts, shown.size()); ++i) {
                keys << shown[i].second;
                names << titles.value(shown[i].second);
            }
            WorkPrompt prompt;
            prompt.itemKey = q.query;
            prompt.instruction = seedInstruction(task());
            prompt.input = data::builders::queryProductRankInput(q.query, names);
            prompt.optionsJson = QStringLiteral("null");
            prompt.fields = QStringList {QString()};
            prompt.current = QStringList {keys.join(QLatin1Char(','))};
            prompt.context = {{"searches", q.searches}, {"products", QJsonArray::fromStringList(keys)},
                {"titles", QJsonArray::fromStringList(names)}};
            out << prompt;
        }
        return out;
    }

    // Letters, comma-separated, best first (eCeLLM reads each piece by its first character). An
    // answer that names every product once is a ranking; anything else suggests nothing.
    QList<store::Suggestion> read(const WorkPrompt &prompt, const QString &answer, double confidence) const override
    {
        const QStringList keys = prompt.current.value(0).split(QLatin1Char(','));
        QStringList ranked;
        for (const QString &piece : answer.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString p = piece.trimmed();
            const int i = p.isEmpty() ? -1 : p.front().toUpper().unicode() - 'A';
            if (i < 0 || i >= keys.size() || ranked.contains(keys[i]))
                break;
            ranked << keys[i];
        }
        return {oneAnswer(prompt, answer, confidence,
            ranked.size() == keys.size() ? std::optional(ranked.join(QLatin1Char(','))) : std::nullopt)};
    }
};

} // namespace

std::unique_ptr<WorkKind> makeSearchRanking()
{
    return std::make_unique<SearchRanking>();
}

} // namespace shoptuner::services
