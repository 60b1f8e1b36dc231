/*
 * bcryptprimitives.dll stand-in, for running sspr-helpdesk.exe under Wine 8.0 ONLY.
 *
 * Rust's standard library (1.78 and later) gets random bytes (HashMap seeds) from
 * ProcessPrng in bcryptprimitives.dll, which every Windows 10/11 has. Wine 8.0, Debian
 * bookworm's, has no ProcessPrng, so the .exe stops at load time. This DLL exports
 * ProcessPrng on top of RtlGenRandom (advapi32's SystemFunction036, which Wine has).
 *
 * packaging/check-windows.sh builds it with x86_64-w64-mingw32-gcc and puts it beside the
 * .exe in its Wine test copies only. It is never installed or shipped: on real Windows the
 * system's own DLL must be used, and a DLL of that name beside the .exe would shadow it.
 */
#include <windows.h>

/* advapi32!SystemFunction036, documented as RtlGenRandom. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* The documented signature: BOOL ProcessPrng(PBYTE pbData, SIZE_T cbData); always TRUE. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
