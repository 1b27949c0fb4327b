#include "common/waittext.h"

#include <QCoreApplication>

#include <algorithm>

QString waitText(int seconds) {
    const int wait = std::max(seconds, 1);
    if (wait < 90) return QCoreApplication::translate("WaitText", "%n second(s)", nullptr, wait);
    const int minutes = (wait + 59) / 60;
    return QCoreApplication::translate("WaitText", "%n minute(s)", nullptr, minutes);
}
