// Errors and questions in plain words, with the technical detail behind "Show Details...".
#pragma once

#include <QString>

class QWidget;

namespace shoptuner::ui {

void showError(QWidget *parent, const QString &title, const QString &message, const QString &details = {});
bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &action);

} // namespace shoptuner::ui
