#include "waittext.h"

#include <QCoreApplication>

#include <algorithm>

QString waitText(int seconds) {
    if (seconds < 90) return QCoreApplication::translate("WaitText", "%n second(s)", "", std::max(seconds, 1));
    return QCoreApplication::translate("WaitText", "%n minute(s)", "", (seconds + 59) / 60);
}
