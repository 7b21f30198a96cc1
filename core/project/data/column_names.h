// The header names that mean each field of a shop file, per kind of file: English and common German,
// French, Spanish, Italian and Dutch names, normalised (lower case, letters and digits only). Internal to
// the column mapping (column_mapping.cpp), which suggests columns from them.
#pragma once

#include "store/entities.h"

#include <QList>
#include <QStringList>

namespace shoptuner::data {

using store::DataKind;

struct FieldNames
{
    const char *field;
    QStringList names; // normalised header names that mean this field
};

// Header names per field, normalised (lower case, letters and digits only).
const QList<FieldNames> &knownNames(DataKind kind);

} // namespace shoptuner::data
