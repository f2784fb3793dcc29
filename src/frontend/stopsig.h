/* SIGINT, SIGTERM, SIGHUP end a run as its own end would: the runner
   finishes the current frame, then writes the recording, save state, WAV
   and NVRAM. A second signal while that happens ends the process at once
   (the signal's default action). Both runners install this around their
   loop; the flag is the frontend's only process-wide state. */
#ifndef CABINET_FRONTEND_STOPSIG_H
#define CABINET_FRONTEND_STOPSIG_H

void stop_signals_install(void);
/* Puts back the handlers found by stop_signals_install. */
void stop_signals_restore(void);
/* The first signal received since install, or 0. */
int stop_signal(void);

#endif
