/* A minimal CP/M 2.2 environment for running the classic instruction
   exercisers (.COM files) on 8080-family cores: BDOS functions 2 and 9 at
   0005h, warm boot at 0000h ends the run. */
#ifndef CABINET_CT_CPM_H
#define CABINET_CT_CPM_H

#include "cpu/cpu.h"

typedef struct ct_cpm_ops {
    const cpu_core_ops *core;
    unsigned (*reg_c)(const void *cpu);
    unsigned (*reg_de)(const void *cpu);
} ct_cpm_ops;

/* Runs path; returns 0 when it ends by warm boot and printed no "ERROR"/"FAIL",
   1 otherwise, 2 when the file cannot be loaded. */
int ct_cpm_run(const char *path, const ct_cpm_ops *ops);

#endif
