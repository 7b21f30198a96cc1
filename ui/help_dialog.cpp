#include "help_dialog.h"

#include "verdict_panel.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shoptuner::ui {

QString helpHtml()
{
    QString html = QStringLiteral("<a name=\"guide\"></a>");
    html += HelpDialog::tr(
        "<h2>Getting started</h2>"
        "<p>ShopTuner teaches a small language model the everyday work of your shop, on this computer: reading "
        "how a review feels, finding colours and sizes in product texts, answering customers' questions. Your "
        "data never leaves the computer.</p>"
        "<ol>"
        "<li><b>Import files</b>: the product catalogue, reviews, questions, search and order logs as your shop "
        "system exports them (CSV or JSON). ShopTuner proposes which column holds what; check it and import.</li>"
        "<li><b>Training examples</b>: ShopTuner turns your data into questions with their right answers, one "
        "kind per task, and keeps some aside to test the model later. Personal data (e-mail addresses, phone "
        "numbers, order numbers, names) is removed first.</li>"
        "<li><b>Model</b>: choose the model to teach. Smaller models train faster; the page says which fit "
        "this computer's memory, and downloads one for you.</li>"
        "<li><b>Training plan</b>: Quick, Balanced or Thorough, with the time and memory it will take.</li>"
        "<li><b>Training</b>: the model learns from your examples. The curve should fall. You can pause and "
        "resume, even after closing ShopTuner.</li>"
        "<li><b>Results</b>: the trained model answers the questions kept aside, and ShopTuner says task by "
        "task how well, beside the model before training and well-known published models.</li>"
        "<li><b>Chat</b> with the model, or <b>export</b> it for Ollama, LM Studio or llama.cpp.</li>"
        "</ol>");
    html += HelpDialog::tr(
        "<p><b>Put it to work</b>: the trained model fills in missing attributes of your products (colour, "
        "material, size) from their texts, or reads your reviews and lists the negative ones first. Each "
        "suggestion shows how sure the model was; you accept, edit or reject it (Enter, F2, Delete). Export "
        "then writes your catalogue file back with only the accepted cells filled, so your shop system imports "
        "it as before.</p>");
    html += QStringLiteral("<a name=\"numbers\"></a>") + verdictNumbersHelp();
    html += QStringLiteral("<a name=\"problems\"></a>");
    html += HelpDialog::tr(
        "<h2>When something goes wrong</h2>"
        "<ul>"
        "<li>A file that cannot be read: the message names the line. Export it again from your shop system as "
        "CSV (UTF-8), or fix that line.</li>"
        "<li>Training stops with an error about memory: choose a smaller model or the Quick plan, or lower "
        "\u201cLongest example\u201d on the Training plan page.</li>"
        "<li>Many unusable answers in the Results: the model needs more training (the Balanced or Thorough "
        "plan) or more examples.</li>"
        "<li>Anything else: <b>Help \u2192 Report a problem</b> gathers what happened, with personal data "
        "removed, for you to read and send to whoever helps you.</li>"
        "</ul>");
    return html;
}

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("ShopTuner help"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setHtml(helpHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(680, 560);
}

void HelpDialog::showTopic(QWidget *parent, const QString &topic)
{
    HelpDialog dialog(parent);
    dialog.browser()->scrollToAnchor(topic);
    dialog.exec();
}

} // namespace shoptuner::ui
