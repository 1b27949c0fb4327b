#pragma once
// What the fuzz targets share: an invariant check that stops the run with a message (libFuzzer
// then saves the input as crash-*), whatever NDEBUG says.

#include <cstdio>
#include <cstdlib>

namespace crm::fuzz {

inline void require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

}  // namespace crm::fuzz
