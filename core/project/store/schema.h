// The project file's schema as a list of migrations: version N's file is made by running
// migrations 1..N in order. A new version appends a migration; old ones never change.
#pragma once

#include <QStringList>

namespace shoptuner::store {

struct Migration
{
    int version; // the schema version the file has after this migration
    QStringList statements;
};

const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace shoptuner::store
