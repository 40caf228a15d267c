/* Test helper, loaded with LD_PRELOAD: writes to files whose name contains ".otvault"
 * fail with ENOSPC once ONETEAM_TEST_ENOSPC_AFTER bytes have been written to them, as
 * on a full disk. Everything else passes through. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long long g_budget = -2; /* -2: not read yet, -1: unlimited */

static int counts(int fd)
{
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    if (n < 0) {
        return 0;
    }
    target[n] = '\0';
    return strstr(target, ".otvault") != NULL;
}

static int allowed(int fd, size_t n)
{
    if (g_budget == -2) {
        const char* value = getenv("ONETEAM_TEST_ENOSPC_AFTER");
        g_budget = value ? atoll(value) : -1;
    }
    if (g_budget < 0 || !counts(fd)) {
        return 1;
    }
    if ((long long)n > g_budget) {
        g_budget = 0;
        return 0;
    }
    g_budget -= (long long)n;
    return 1;
}

ssize_t pwrite64(int fd, const void* buf, size_t n, off_t offset)
{
    static ssize_t (*real)(int, const void*, size_t, off_t);
    if (!real) {
        real = (ssize_t(*)(int, const void*, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
    }
    if (!allowed(fd, n)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, n, offset);
}

ssize_t pwrite(int fd, const void* buf, size_t n, off_t offset)
{
    return pwrite64(fd, buf, n, offset);
}

ssize_t write(int fd, const void* buf, size_t n)
{
    static ssize_t (*real)(int, const void*, size_t);
    if (!real) {
        real = (ssize_t(*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
    }
    if (!allowed(fd, n)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buf, n);
}
