/*
 * A stand-in for Windows' bcryptprimitives.dll, for running tiendo's
 * Windows build under Wine in CI (`.ci/windows`); never shipped.
 *
 * Rust's standard library (1.78 and later) draws its random numbers (the
 * seeds of HashMap, temporary file names) from `ProcessPrng` in
 * bcryptprimitives.dll, which every Windows since 10 has. Debian's Wine 8
 * does not export it, so every Rust program stops at its first hash map
 * with exit status 53. Placed beside the .exe, this DLL is loaded before
 * Wine's own and gives `ProcessPrng` from `RtlGenRandom` (advapi32's
 * SystemFunction036), which Wine has long had.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes at most a ULONG at a time. */
    while (length > 0) {
        ULONG part = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, part))
            return FALSE;
        data += part;
        length -= part;
    }
    return TRUE;
}
