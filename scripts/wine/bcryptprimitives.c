/*
 * A test-only stand-in for Windows' bcryptprimitives.dll, for running the
 * Windows build under wine (scripts/wine-smoke.sh). Go's runtime (1.24 and
 * later) loads bcryptprimitives.dll from System32 and calls ProcessPrng for
 * its random numbers, at start-up, before main; Debian 12's wine 8 has no
 * such DLL, so every Go program dies there. Real Windows 10 and 11 have it:
 * this file is never shipped.
 *
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32's
 * SystemFunction036), which wine implements with the host's random source.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll \
 *            bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

/* SystemFunction036 is RtlGenRandom's exported name. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x40000000 ? 0x40000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE; /* documented never to fail */
}

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
	(void)inst; (void)reason; (void)reserved;
	return TRUE;
}
