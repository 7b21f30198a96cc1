#include "demo_model_job.h"

#include "engine/base/error.h"
#include "engine/model/model_presets.h"
#include "engine/tokenizer/sentencepiece_tokenizer.h"
#include "store/project_store.h"
#include "store/shop_tables.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace shoptuner::jobs {
namespace {

constexpr int kDemoVocab = 4000; // enough for a shop's words; keeps the demo model a few MB

// Learns the demo model's vocabulary from the shop's texts. A small shop's texts allow fewer
// pieces than kDemoVocab; SentencePiece then says how many ("Please set it to a value <= 2815"),
// and the vocabulary is made that size.
void trainVocabulary(const QString &corpus, const QString &prefix)
{
    const auto train = [&](int vocab) {
        engine::SentencePieceTokenizer::train(
            QStringLiteral("--input=%1 --model_prefix=%2 --vocab_size=%3 --model_type=bpe --character_coverage=1.0 "
                           "--byte_fallback=true --unk_id=0 --bos_id=1 --eos_id=2 --pad_id=-1 --minloglevel=2 "
                           "--num_threads=2 --input_sentence_size=300000 --shuffle_input_sentence=true")
                .arg(corpus, prefix)
                .arg(vocab)
                .toStdString());
    };
    try {
        train(kDemoVocab);
    } catch (const engine::EngineError &e) {
        static const QRegularExpression allowed(QStringLiteral("value <= (\\d+)"));
        const auto m = allowed.match(QString::fromUtf8(e.what()));
        if (!m.hasMatch())
            throw;
        train(m.captured(1).toInt());
    }
}

} // namespace

DemoModelJob::~DemoModelJob()
{
    stopAndWait();
}

DemoModelJob::DemoModelJob(QString projectPath, QString outDir, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
    , m_outDir(std::move(outDir))
{ }

bool DemoModelJob::execute()
{
    reportProgress(0.05, QStringLiteral("Collecting the shop's texts"));
    QTemporaryDir work;
    const QString corpus = work.filePath(QStringLiteral("corpus.txt"));
    {
        store::ProjectStore project(m_projectPath);
        QFile out(corpus);
        if (!out.open(QIODevice::WriteOnly))
            throw store::StoreError(QStringLiteral("cannot write %1").arg(corpus));
        const auto line = [&](const QString &text) {
            if (!text.trimmed().isEmpty())
                out.write(text.simplified().toUtf8() + '\n');
        };
        for (const store::Product &p : store::loadProducts(project)) {
            line(p.title);
            line(p.description);
            for (const QString &f : p.features)
                line(f);
        }
        for (const store::Review &r : store::loadReviews(project))
            line(r.title + QStringLiteral(". ") + r.text);
        for (const store::Question &q : store::loadQuestions(project)) {
            line(q.question);
            line(q.answer);
        }
        if (out.size() == 0)
            throw store::StoreError(QStringLiteral("the project has no product or review texts yet"),
                QStringLiteral("import the catalog or the reviews first"));
    }
    if (isCancelRequested())
        return false;
    reportProgress(0.3, QStringLiteral("Learning a vocabulary from them"));
    const QString prefix = work.filePath(QStringLiteral("tokenizer"));
    trainVocabulary(corpus, prefix);
    if (isCancelRequested())
        return false;
    reportProgress(0.7, QStringLiteral("Making the tiny model"));
    QDir().mkpath(m_outDir);
    engine::MakeModelOptions o;
    o.preset = "tiny";
    o.tokenizer = (prefix + QStringLiteral(".model")).toStdString();
    o.out = m_outDir.toStdString();
    o.seed = 20261129;
    engine::makeRandomModel(o);
    reportProgress(1.0, QStringLiteral("The demo model is ready"));
    return true;
}

} // namespace shoptuner::jobs
