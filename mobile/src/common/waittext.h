#pragma once
// "45 seconds" / "14 minutes": how long to wait, for a server's Retry-After.

#include <QString>

/// Seconds under 90 as seconds, else whole minutes (rounded up); translated.
QString waitText(int seconds);
