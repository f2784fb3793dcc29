#include "frontend/stopsig.h"

#include <signal.h>
#include <stdbool.h>
#include <string.h>

static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP };
#define NSIGS (sizeof(stop_sigs) / sizeof(stop_sigs[0]))

static volatile sig_atomic_t received;
static bool installed;
static struct sigaction saved[NSIGS];

static void on_stop(int sig)
{
    if (received) {
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    received = sig;
}

void stop_signals_install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_stop;
    sigemptyset(&sa.sa_mask);
    received = 0;
    installed = true;
    for (size_t i = 0; i < NSIGS; i++)
        sigaction(stop_sigs[i], &sa, &saved[i]);
}

void stop_signals_restore(void)
{
    if (!installed)
        return;
    installed = false;
    for (size_t i = 0; i < NSIGS; i++)
        sigaction(stop_sigs[i], &saved[i], NULL);
}

int stop_signal(void)
{
    return received;
}
