// QCustomPlot's header, for tests that look at the app's charts: it uses Qt's keywords (signals,
// slots, emit, foreach), which the tests build without (QT_NO_KEYWORDS).
#pragma once

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
