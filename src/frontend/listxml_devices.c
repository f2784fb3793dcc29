/* MAME 0.251's names, source files and descriptions of the devices Cabinet's
   boards have (facts from `mame -listxml`). */
#include "frontend/listxml_devices.h"

#include <string.h>

static const listxml_device devices[] = {
    { "address_map_bank", "devices/machine/bankdev.cpp", "Address Map Bank", -1 },
    { "ay8910", "devices/sound/ay8910.cpp", "AY-3-8910A PSG", 0 },
    { "cclimber_audio", "mame/shared/cclimber_a.cpp", "Crazy Climber Sound Board", 0 },
    { "discrete", "devices/sound/discrete.cpp", "Discrete Sound", 0 },
    { "er2055", "devices/machine/er2055.cpp", "ER2055 EAROM (64x8)", -1 },
    { "galaxian_sound", "mame/galaxian/galaxian_a.cpp", "Galaxian Custom Sound", 0 },
    { "generic_latch_8", "devices/machine/gen_latch.cpp", "Generic 8-bit latch", -1 },
    { "gfxdecode", "emu/drawgfx.cpp", "gfxdecode", -1 },
    { "hc55516", "devices/sound/hc55516.cpp", "HC-55516", 0 },
    { "i8080", "devices/cpu/i8085/i8085.cpp", "Intel 8080", -1 },
    { "i8255", "devices/machine/i8255.cpp", "Intel 8255 PPI", -1 },
    { "ipt_merge_any_hi", "devices/machine/input_merger.cpp", "Input Merger (any high)", -1 },
    { "ls157", "devices/machine/74157.cpp", "74LS157 Quad 2-to-1 Multiplexer", -1 },
    { "i8257", "devices/machine/i8257.cpp", "Intel 8257 DMA Controller", -1 },
    { "latch8", "devices/machine/latch8.cpp", "8-bit latch", -1 },
    { "ls259", "devices/machine/74259.cpp", "74LS259 Addressable Latch", -1 },
    { "m6502", "devices/cpu/m6502/m6502.cpp", "MOS Technology 6502", -1 },
    { "m6808", "devices/cpu/m6800/m6800.cpp", "Motorola MC6808", -1 },
    { "mb14241", "devices/machine/mb14241.cpp", "MB14241 Data Shifter", -1 },
    { "mc1408", "devices/sound/dac.h", "MC1408 DAC", 0 },
    { "mc6809e", "devices/cpu/m6809/m6809.cpp", "Motorola MC6809E", -1 },
    { "mb8884", "devices/cpu/mcs48/mcs48.cpp", "MB8884", -1 },
    { "namco", "devices/sound/namco.cpp", "Namco", 0 },
    { "nvram", "devices/machine/nvram.cpp", "NVRAM", -1 },
    { "palette", "emu/emupal.cpp", "palette", -1 },
    { "pia6821", "devices/machine/6821pia.cpp", "6821 PIA", -1 },
    { "pokey", "devices/sound/pokey.cpp", "Atari C012294 POKEY", 0 },
    { "sega_315_5010", "devices/machine/segacrpt_device.cpp", "Sega 315-5010", -1 },
    { "samples", "devices/sound/samples.cpp", "Samples", 0 },
    { "screen", "emu/screen.cpp", "Video Screen", -1 },
    { "sn76477", "devices/sound/sn76477.cpp", "TI SN76477 CSG", 0 },
    { "sn76489", "devices/sound/sn76496.cpp", "SN76489", 0 },
    { "speaker", "emu/speaker.cpp", "Speaker", 1 },
    { "timer", "devices/machine/timer.cpp", "Timer", -1 },
    { "timplt_audio", "mame/shared/timeplt_a.cpp", "Time Pilot Audio", 1 },
    { "watchdog", "devices/machine/watchdog.cpp", "Watchdog Timer", -1 },
    { "z80", "devices/cpu/z80/z80.cpp", "Zilog Z80", -1 },
};

const listxml_device *listxml_device_find(const char *name)
{
    for (size_t i = 0; i < sizeof(devices) / sizeof(devices[0]); i++)
        if (!strcmp(devices[i].name, name))
            return &devices[i];
    return NULL;
}
