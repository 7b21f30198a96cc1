#include "message_box.h"

#include "problem_report.h"

#include <QMessageBox>
#include <QPushButton>

namespace shoptuner::ui {

void showError(QWidget *parent, const QString &title, const QString &message, const QString &details)
{
    noteProblem(title + QStringLiteral(": ") + message
        + (details.isEmpty() ? QString() : QStringLiteral(" (") + details + QLatin1Char(')')));
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    if (!details.isEmpty() && details != message)
        box.setDetailedText(details);
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace shoptuner::ui
