/* For running the Windows build under Wine in CI only. Rust's standard library asks Windows 10
 * and later for random bytes through bcryptprimitives.dll's ProcessPrng, which Wine 8 lacks:
 * without it every Rust .exe dies at start (status c0000135). Real Windows ships the DLL. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    return RtlGenRandom(data, (ULONG)length);
}
