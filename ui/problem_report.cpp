#include "problem_report.h"

#include "data/personal_data.h"
#include "data/shop_data.h"
#include "project_context.h"
#include "services/training_plan.h"
#include "settings_panel.h"
#include "store/eval_tables.h"
#include "store/project_store.h"
#include "store/record_tables.h"
#include "store/run_tables.h"
#include "store/shop_tables.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace shoptuner::ui {
namespace {

QMutex problemsLock; // warnings may come from worker threads
QStringList &problems()
{
    static QStringList list;
    return list;
}

QString section(const QString &title, const QStringList &lines)
{
    return QStringLiteral("## %1\n%2\n\n").arg(title, lines.isEmpty() ? QStringLiteral("(none)") : lines.join('\n'));
}

QStringList projectLines(const ProjectContext *project)
{
    QStringList lines;
    if (!project->isOpen())
        return {QStringLiteral("No project open.")};
    try {
        store::ProjectStore store(project->path());
        for (const store::ImportInfo &i : store::listImports(store))
            lines << QStringLiteral("import: %1, %2 rows, %3 left out, %4, delimiter '%5'")
                         .arg(store::dataKindName(i.kind))
                         .arg(i.rowCount)
                         .arg(i.skippedCount)
                         .arg(i.encoding, i.delimiter);
        for (const store::RecordCount &r : store::recordCounts(store))
            lines << QStringLiteral("examples: %1 %2 %3: %4").arg(r.task, r.setting, r.split).arg(r.count);
        for (const store::TrainingRun &run : store::listTrainingRuns(store))
            lines << QStringLiteral("training run %1: %2, step %3 of %4, device %5%6")
                         .arg(run.id)
                         .arg(run.status)
                         .arg(run.stepsDone)
                         .arg(run.totalSteps)
                         .arg(run.device.isEmpty() ? QStringLiteral("-") : run.device,
                             run.message.isEmpty() ? QString() : QStringLiteral(", message: ") + run.message);
        for (const store::Evaluation &e : store::listEvaluations(store))
            lines << QStringLiteral("test %1: %2, %3")
                         .arg(e.id)
                         .arg(e.status, e.adapterPath.isEmpty() ? "base model" : "trained model");
    } catch (const store::StoreError &e) {
        lines << QStringLiteral("The project cannot be read: %1").arg(e.message());
    }
    return lines;
}

} // namespace

void noteProblem(const QString &text)
{
    QMutexLocker lock(&problemsLock);
    problems() << text;
    while (problems().size() > 100)
        problems().removeFirst();
}

QStringList sessionProblems()
{
    QMutexLocker lock(&problemsLock);
    return problems();
}

QString withoutPersonalData(const QString &text, const QString &projectName)
{
    data::CleaningReport unused;
    QString out = data::scrubPersonalData(text, unused);
    const QString home = QDir::homePath();
    if (home.size() > 1)
        out.replace(home, QStringLiteral("~"));
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (user.size() > 2) // "ab" would replace letters inside words
            out.replace(user, QStringLiteral("[user]"));
    }
    if (!projectName.isEmpty())
        out.replace(projectName, QStringLiteral("[project]"));
    return out;
}

QString problemReport(const ProjectContext *project)
{
    const AppSettings app = AppSettings::load();
    const services::HardwareInfo hardware = services::detectHardware();
    QString report = QStringLiteral("# ShopTuner problem report\n\n");
    report += section(QStringLiteral("Program"),
        {QStringLiteral("ShopTuner %1, Qt %2").arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
            QStringLiteral("%1 (%2, kernel %3)")
                .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QSysInfo::kernelVersion())});
    report += section(QStringLiteral("Computer"),
        {QStringLiteral("%1 cores, %2 memory, %3 free")
                .arg(hardware.cores)
                .arg(services::formatBytes(hardware.ramBytes), services::formatBytes(hardware.ramAvailableBytes)),
            QStringLiteral("device: %1").arg(hardware.device), QStringLiteral("matrix library: %1").arg(hardware.blas),
            hardware.deviceNote});
    report += section(QStringLiteral("Settings"),
        {QStringLiteral("device %1, threads %2, language %3")
                .arg(app.device)
                .arg(app.threads)
                .arg(app.language.isEmpty() ? QStringLiteral("system") : app.language)});
    report += section(QStringLiteral("Project"), projectLines(project));
    report += section(QStringLiteral("Errors and warnings of this session"), sessionProblems());
    return withoutPersonalData(report, project->isOpen() ? project->name() : QString());
}

void showProblemReport(QWidget *parent, const ProjectContext *project)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("problemReport"));
    dialog.setWindowTitle(QApplication::translate("ProblemReport", "Report a problem"));
    auto *note = new QLabel(QApplication::translate("ProblemReport",
                                "This is what happened, with e-mail addresses, phone and order numbers, your name, "
                                "your home folder and the project's name taken out. Read it first: nothing is sent. "
                                "Copy it into an e-mail or save it, for whoever helps you."),
        &dialog);
    note->setWordWrap(true);
    auto *text = new QPlainTextEdit(problemReport(project), &dialog);
    text->setObjectName(QStringLiteral("problemReportText"));
    text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *copy
        = buttons->addButton(QApplication::translate("ProblemReport", "&Copy"), QDialogButtonBox::ActionRole);
    QPushButton *save
        = buttons->addButton(QApplication::translate("ProblemReport", "&Save…"), QDialogButtonBox::ActionRole);
    QObject::connect(
        copy, &QPushButton::clicked, text, [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    QObject::connect(save, &QPushButton::clicked, &dialog, [&dialog, text] {
        const QString path
            = QFileDialog::getSaveFileName(&dialog, QApplication::translate("ProblemReport", "Save the report"),
                QDir(documentsFolder()).filePath(QStringLiteral("shoptuner-problem-report.txt")),
                QApplication::translate("ProblemReport", "Text (*.txt)"));
        QFile f(path);
        if (!path.isEmpty() && f.open(QIODevice::WriteOnly | QIODevice::Text))
            f.write(text->toPlainText().toUtf8());
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(720, 520);
    dialog.exec();
}

} // namespace shoptuner::ui
