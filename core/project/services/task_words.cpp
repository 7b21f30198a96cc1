#include "task_words.h"

#include "shoptuner/tasks.h"

#include <QCoreApplication>
#include <QMap>

namespace shoptuner::services {
namespace {

const shoptuner::TaskInfo *info(const QString &task)
{
    return shoptuner::findTaskInfo(task.toStdString());
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int hexValue(QStringView digits)
{
    int v = 0;
    for (const QChar c : digits) {
        const int d = c.isDigit()                              ? c.digitValue()
            : (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ? c.unicode() - 'a' + 10
            : (c >= QLatin1Char('A') && c <= QLatin1Char('F')) ? c.unicode() - 'A' + 10
                                                               : -1;
        if (d < 0 || c.unicode() > 0x7f)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

} // namespace

QString taskTitle(const QString &task)
{
    // In the paper's order (shoptuner/tasks.h).
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("Task", "Find colours, sizes, materials"),
        QT_TRANSLATE_NOOP("Task", "Tell which products go together"),
        QT_TRANSLATE_NOOP("Task", "Spot duplicate listings"),
        QT_TRANSLATE_NOOP("Task", "Read how a review feels"),
        QT_TRANSLATE_NOOP("Task", "Guess what a customer buys next"),
        QT_TRANSLATE_NOOP("Task", "Judge if a product fits a search"),
        QT_TRANSLATE_NOOP("Task", "Find substitutes for a search"),
        QT_TRANSLATE_NOOP("Task", "Rank products for a search"),
        QT_TRANSLATE_NOOP("Task", "Tell if reviews answer a question"),
        QT_TRANSLATE_NOOP("Task", "Answer customer questions"),
    };
    static_assert(std::size(titles) == shoptuner::kTasks.size());
    const int i = shoptuner::taskIndex(task.toStdString());
    return i < 0 ? QString(task).replace(QLatin1Char('_'), QLatin1Char(' '))
                 : QCoreApplication::translate("Task", titles[i]);
}

QString taskAbbreviation(const QString &task)
{
    const shoptuner::TaskInfo *t = info(task);
    return t ? fromView(t->code) : task;
}

QString taskReference(const QString &task)
{
    const shoptuner::TaskInfo *t = info(task);
    if (!t)
        return task;
    return QCoreApplication::translate("Task", "%1, %2 in ECInstruct and the published tables")
        .arg(fromView(t->code), fromView(t->name));
}

QString settingWords(const QString &setting)
{
    if (setting.startsWith(QLatin1String("OOD")))
        return QCoreApplication::translate("Task", "new categories");
    if (setting.contains(QLatin1String("Unseen")))
        return QCoreApplication::translate("Task", "new wording");
    return QCoreApplication::translate("Task", "your products");
}

QString settingExplanation(const QString &setting)
{
    if (setting.startsWith(QLatin1String("OOD")))
        return QCoreApplication::translate(
            "Task", "Questions about product categories the model never saw in training: does it carry over?");
    if (setting.contains(QLatin1String("Unseen")))
        return QCoreApplication::translate(
            "Task", "Questions about your products, asked in a wording the model never saw in training");
    return QCoreApplication::translate(
        "Task", "Questions about your products, kept aside from training so the model sees them for the first time");
}

QString splitWords(const QString &split)
{
    if (split == QLatin1String("train"))
        return QCoreApplication::translate("Task", "Training");
    if (split == QLatin1String("val"))
        return QCoreApplication::translate("Task", "Checking during training");
    if (split == QLatin1String("test"))
        return QCoreApplication::translate("Task", "Test");
    return split;
}

QString metricName(const QString &metric)
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("accuracy"), QT_TRANSLATE_NOOP("Task", "share right")},
        {QStringLiteral("hr@1"), QT_TRANSLATE_NOOP("Task", "share right")},
        {QStringLiteral("f1"), QT_TRANSLATE_NOOP("Task", "F1")},
        {QStringLiteral("macro_f1"), QT_TRANSLATE_NOOP("Task", "F1, balanced")},
        {QStringLiteral("ndcg"), QT_TRANSLATE_NOOP("Task", "ranking (NDCG)")},
        {QStringLiteral("rouge_l_f1"), QT_TRANSLATE_NOOP("Task", "wording (ROUGE-L)")},
        {QStringLiteral("bertscore_f1"), QT_TRANSLATE_NOOP("Task", "meaning (BERTScore)")},
    };
    const char *name = names.value(metric);
    return name ? QCoreApplication::translate("Task", name) : metric;
}

QString metricExplanation(const QString &metric)
{
    if (metric == QLatin1String("accuracy") || metric == QLatin1String("hr@1"))
        return QCoreApplication::translate("Task", "The share of questions answered right.");
    if (metric == QLatin1String("f1"))
        return QCoreApplication::translate("Task",
            "F1 balances two things: how many of the right answers the model gives, and how few wrong ones it "
            "adds. 100% means it gives exactly the right answers.");
    if (metric == QLatin1String("macro_f1"))
        return QCoreApplication::translate("Task",
            "F1 for each possible answer (for example positive, neutral, negative), averaged, so a model that always "
            "gives the commonest answer scores low. 100% means every answer right.");
    if (metric == QLatin1String("ndcg"))
        return QCoreApplication::translate("Task",
            "How close the model's order of products is to the best order: the best products near the top count "
            "most. 100% means the best possible order.");
    if (metric == QLatin1String("rouge_l_f1"))
        return QCoreApplication::translate("Task",
            "How much of the wording the model's answer shares with the shop's own answer. Good answers in other "
            "words score low, so treat it as a rough sign.");
    if (metric == QLatin1String("bertscore_f1"))
        return QCoreApplication::translate("Task",
            "How close the model's answer is in meaning to the shop's own answer, as a large language encoder "
            "judges it. Unrelated sentences still score about 83%, so differences near the top matter.");
    return {};
}

QString readableText(const QString &stored)
{
    if (!stored.contains(QLatin1String("\\u")))
        return stored;
    QString out;
    out.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QChar c = stored[i];
        if (c != QLatin1Char('\\') || i + 1 >= stored.size()) {
            out += c;
            continue;
        }
        const QChar next = stored[i + 1];
        const int code
            = next == QLatin1Char('u') && i + 6 <= stored.size() ? hexValue(QStringView(stored).mid(i + 2, 4)) : -1;
        if (code < 0) {
            out += c;
            if (next == QLatin1Char('\\')) { // an escaped backslash: "\\u00fc" is not an escape
                out += next;
                ++i;
            }
            continue;
        }
        out += QChar(char16_t(code)); // a surrogate pair arrives as two escapes, one half each
        i += 5;
    }
    return out;
}

QString storedEscapes(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.unicode() < 0x80 ? QString(c) : QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
    return out;
}

} // namespace shoptuner::services
