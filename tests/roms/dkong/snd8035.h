/* The sound test program of the 8035 (snd8035.c), for dkgen. */
#ifndef CABINET_TESTS_SND8035_H
#define CABINET_TESTS_SND8035_H

/* Writes the 2K program and the 2K tune ROM (none if out_3j is NULL:
   Radar Scope's board has no tune ROM); the process exit status. */
int snd8035_write(const char *out_3i, const char *out_3j);

#endif
