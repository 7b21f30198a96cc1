#include "suggestion_model.h"

#include "services/report.h"
#include "services/work/work_kind.h"
#include "store/project_store.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shoptuner::ui {

QString sentimentWords(const QString &option)
{
    switch (option.isEmpty() ? char16_t(0) : option.front().unicode()) {
    case 'A':
        return SuggestionModel::tr("very positive");
    case 'B':
        return SuggestionModel::tr("positive");
    case 'C':
        return SuggestionModel::tr("neutral");
    case 'D':
        return SuggestionModel::tr("negative");
    case 'E':
        return SuggestionModel::tr("very negative");
    }
    return option;
}

// Answers that are "yes" or "no" (can the reviews answer it, the same product, a substitute):
// shown translated, decided, never edited.
static bool isYesNo(const store::Suggestion &s)
{
    return s.field == QLatin1String("answerable") || s.field == QLatin1String("same")
        || s.field == QLatin1String("substitute");
}

SuggestionModel::SuggestionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool SuggestionModel::load(const QString &projectPath, std::int64_t jobId, const QString &kind)
{
    beginResetModel();
    m_projectPath = projectPath;
    m_kind = kind;
    m_jobId = jobId;
    m_rows.clear();
    m_items.clear();
    m_nothing = m_unusable = 0;
    bool ok = true;
    try {
        store::ProjectStore project(projectPath);
        for (store::Suggestion &s : store::suggestions(project, jobId)) {
            if (s.decision == store::Suggestion::Decision::None) {
                ++m_nothing;
                m_unusable += services::unreadableAnswer(s);
                continue;
            }
            m_items.push_back(itemText(s));
            m_rows.push_back(std::move(s));
        }
    } catch (const store::StoreError &) {
        ok = false;
    }
    endResetModel();
    Q_EMIT decisionsChanged();
    return ok;
}

void SuggestionModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_items.clear();
    m_jobId = 0;
    m_nothing = m_unusable = 0;
    endResetModel();
    Q_EMIT decisionsChanged();
}

// The product's title; for a review, its product and the start of its text; for a pair, both titles.
QString SuggestionModel::itemText(const store::Suggestion &s) const
{
    const QJsonObject c = QJsonDocument::fromJson(s.contextJson.toUtf8()).object();
    const QString title = c.value(QStringLiteral("title")).toString();
    if (const QString other = c.value(QStringLiteral("title2")).toString(); !other.isEmpty())
        return title + QStringLiteral(" \u2194 ") + other;
    const QString text = c.value(QStringLiteral("text")).toString().simplified();
    if (!text.isEmpty())
        return (title.isEmpty() ? QString() : title + QStringLiteral(": "))
            + (text.size() > 120 ? text.left(119) + QChar(0x2026) : text);
    return title.isEmpty() ? s.itemKey : title;
}

// A ranking's product keys as their titles, in order: "Linen towel › Cotton towel".
static QString rankingText(const store::Suggestion &s, const QString &keys)
{
    const QJsonObject c = QJsonDocument::fromJson(s.contextJson.toUtf8()).object();
    const QJsonArray products = c.value(QStringLiteral("products")).toArray();
    const QJsonArray titles = c.value(QStringLiteral("titles")).toArray();
    QStringList out;
    for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        qsizetype at = 0;
        while (at < products.size() && products[at].toString() != key)
            ++at;
        out << (at < titles.size() ? titles[at].toString() : key);
    }
    return out.join(QStringLiteral(" \u203a "));
}

QString SuggestionModel::valueText(const store::Suggestion &s) const
{
    if (m_kind == QLatin1String("search-ranking"))
        return rankingText(s, s.value());
    if (m_kind == QLatin1String("triage-reviews"))
        return sentimentWords(s.value());
    if (isYesNo(s))
        return s.value() == QLatin1String("yes") ? tr("yes") : s.value() == QLatin1String("no") ? tr("no") : s.value();
    return s.value();
}

int SuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const store::Suggestion &s = m_rows[std::size_t(index.row())];
    if (role == DecisionRole)
        return int(s.decision);
    if (role == Qt::ToolTipRole && index.column() == ItemColumn)
        return QJsonDocument::fromJson(s.contextJson.toUtf8()).object().value(QStringLiteral("text")).toString();
    if (role == Qt::ForegroundRole && index.column() == DecisionColumn)
        return s.decision == store::Suggestion::Decision::Accepted ? QColor(0, 120, 60)
            : s.decision == store::Suggestion::Decision::Rejected  ? QColor(170, 40, 40)
                                                                   : QVariant();
    if (role == Qt::EditRole && index.column() == SuggestionColumn)
        return s.value();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return m_items[std::size_t(index.row())];
    case FieldColumn:
        if (m_kind == QLatin1String("search-ranking"))
            return rankingText(s, s.currentValue);
        if (m_kind == QLatin1String("triage-reviews"))
            return s.currentValue.isEmpty() ? QString()
                                            : QString(s.currentValue.toInt(), QChar(0x2605)); // the stars given
        if (s.field == QLatin1String("answerable"))
            return tr("Do the reviews answer it?");
        if (s.field == QLatin1String("same"))
            return tr("The same product?");
        if (s.field == QLatin1String("substitute"))
            return tr("Can it stand in?");
        if (m_kind == QLatin1String("draft-answers"))
            return tr("Draft answer");
        return s.field;
    case SuggestionColumn:
        return valueText(s);
    case ConfidenceColumn:
        if (!s.confidence)
            return QString();
        // "0%" would read as "never"; a model that barely knows says "under 1%".
        return *s.confidence < 0.005 ? tr("under %1").arg(services::percentText(0.01))
                                     : services::percentText(*s.confidence);
    case DecisionColumn:
        return s.decision == store::Suggestion::Decision::Accepted ? tr("Accepted")
            : s.decision == store::Suggestion::Decision::Rejected  ? tr("Rejected")
                                                                   : tr("To review");
    }
    return {};
}

bool SuggestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != SuggestionColumn || index.row() >= int(m_rows.size()))
        return false;
    store::Suggestion &s = m_rows[std::size_t(index.row())];
    const QString text = value.toString().trimmed();
    if (text == s.value())
        return false;
    try {
        // An edited value is the owner's own: it counts as accepted.
        store::ProjectStore project(m_projectPath);
        const std::optional<QString> edited = text == s.suggested ? std::nullopt : std::optional(text);
        store::setDecision(project, s.id, store::Suggestion::Decision::Accepted, edited);
        s.edited = edited;
        s.decision = store::Suggestion::Decision::Accepted;
    } catch (const store::StoreError &) {
        return false;
    }
    changed(index.row());
    return true;
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool reviews = m_kind == QLatin1String("triage-reviews");
    const bool questions = m_kind == QLatin1String("draft-answers");
    const bool pairs = m_kind == QLatin1String("duplicates");
    if (m_kind == QLatin1String("search-ranking")) {
        const QStringList names
            = {tr("Search"), tr("Shown now"), tr("The model's order"), tr("Confidence"), tr("Decision")};
        return names.value(section);
    }
    switch (section) {
    case ItemColumn:
        return reviews ? tr("Review") : questions ? tr("Question") : pairs ? tr("Listings") : tr("Product");
    case FieldColumn:
        return reviews ? tr("Stars") : questions || pairs ? tr("What is suggested") : tr("Attribute");
    case SuggestionColumn:
        return reviews ? tr("How it reads") : tr("Suggested value");
    case ConfidenceColumn:
        return tr("Confidence");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

Qt::ItemFlags SuggestionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == SuggestionColumn && m_kind != QLatin1String("triage-reviews")
        && m_kind != QLatin1String("search-ranking") && !isYesNo(m_rows[std::size_t(index.row())]))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SuggestionModel::decide(int row, store::Suggestion::Decision decision)
{
    if (row < 0 || row >= int(m_rows.size()))
        return false;
    store::Suggestion &s = m_rows[std::size_t(row)];
    try {
        store::ProjectStore project(m_projectPath);
        store::setDecision(project, s.id, decision, s.edited);
    } catch (const store::StoreError &) {
        return false;
    }
    s.decision = decision;
    changed(row);
    return true;
}

int SuggestionModel::acceptAbove(double confidence)
{
    int n = 0;
    try {
        store::ProjectStore project(m_projectPath);
        store::Transaction tx(project);
        for (store::Suggestion &s : m_rows)
            if (s.decision == store::Suggestion::Decision::Pending && s.confidence.value_or(0) >= confidence) {
                store::setDecision(project, s.id, store::Suggestion::Decision::Accepted, s.edited);
                s.decision = store::Suggestion::Decision::Accepted;
                ++n;
            }
        tx.commit();
    } catch (const store::StoreError &) {
        load(m_projectPath, m_jobId, m_kind); // what the file holds
        return 0;
    }
    if (n) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT decisionsChanged();
    }
    return n;
}

int SuggestionModel::count(store::Suggestion::Decision decision) const
{
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [&](const store::Suggestion &s) { return s.decision == decision; }));
}

void SuggestionModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT decisionsChanged();
}

void SuggestionFilter::setDecision(int decision)
{
    m_decision = decision;
    invalidateFilter();
}

void SuggestionFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool SuggestionFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_decision >= 0
        && m->index(sourceRow, 0, sourceParent).data(SuggestionModel::DecisionRole).toInt() != m_decision)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace shoptuner::ui
