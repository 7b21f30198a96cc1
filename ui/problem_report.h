// "Report a problem": what someone helping needs to know (the version, the computer, the
// settings, the project's state, this session's errors) gathered into a text the user reads
// before it goes anywhere, with personal data removed: e-mail addresses, phone and order
// numbers, the user's name and home folder, the project's name. Nothing is sent: the user copies
// the text or saves it to a file.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace shoptuner::ui {

class ProjectContext;

// This session's errors and warnings, for the report: the last 100, oldest first.
void noteProblem(const QString &text);
QStringList sessionProblems();

// `text` with personal data replaced: e-mail addresses, phone and order numbers, the home folder
// ("~"), the user's login name and the project's name.
QString withoutPersonalData(const QString &text, const QString &projectName);

QString problemReport(const ProjectContext *project);
void showProblemReport(QWidget *parent, const ProjectContext *project);

} // namespace shoptuner::ui
