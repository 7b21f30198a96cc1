// The app's own help, opened inside the app (no browser, no network): a short guide to the steps
// from a shop's files to a tuned model, what the Verdict's numbers mean, and what to do when
// something goes wrong.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace shoptuner::ui {

class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);
    // Opens the help (one per window) at a topic: "guide", "numbers" or "problems".
    static void showTopic(QWidget *parent, const QString &topic);
    QTextBrowser *browser() const { return m_text; }

private:
    QTextBrowser *m_text;
};

// The guide as HTML, translated; each topic an anchor.
QString helpHtml();

} // namespace shoptuner::ui
