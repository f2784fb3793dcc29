/* Sample playback (MAME's "samples" device): N channels, each playing one
   16-bit mono sample of the driver's sample set, once or looped, resampled
   with integer arithmetic (linear interpolation) to the device's stream rate.

   The core does no file I/O: the frontend loads the sample set (see
   frontend/samples_load.h) after machine_create() and hands it to every
   samples device with samples_attach(). Without a bank (no files found, or
   the headless tests) the device plays silence; the game runs the same.
   The save state holds the channel positions, not the sample data.

   A driver lists the device with its sample names:
     static const char *const names[] = { "0", "1", "2" };
     static const samples_params snd = { "invaders", names, 3, 6 };
     SOUND_DEVICE("samples", samples_device, 0, &snd, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256)))
   (no clock: the stream runs at the machine's output rate) and in start()
   takes machine_device(m, "samples")->self as a samples_t *. */
#ifndef CABINET_SAMPLES_H
#define CABINET_SAMPLES_H

#include "emu/device.h"

#define SAMPLES_MAX_CHANNELS 16

typedef struct samples_params {
    const char *set;          /* sample set (zip or folder) name, MAME's sampleof */
    const char *const *names; /* file names without ".wav" */
    int count;
    int channels;             /* 1..SAMPLES_MAX_CHANNELS */
} samples_params;

/* One loaded sample: mono 16-bit at its own rate. frames == 0: missing. */
typedef struct sample_data {
    s16 *data;
    u32 frames;
    u32 rate;
} sample_data;

/* The loaded set, one entry per params->names entry, owned by whoever
   loaded it; it must outlive the machine. */
typedef struct sample_bank {
    sample_data *samples;
    int count;
} sample_bank;

typedef struct samples_channel {
    bool playing, loop;
    int sample;   /* index into the bank */
    u32 pos;      /* current frame */
    u32 frac;     /* phase within the frame, 0 .. out rate - 1 */
    u16 volume;   /* 256 = 1.0 */
} samples_channel;

typedef struct samples_t {
    device_t *dev;
    const samples_params *params;
    const sample_bank *bank;
    int channels;
    samples_channel ch[SAMPLES_MAX_CHANNELS];
} samples_t;

extern const device_type samples_device;

/* Starts sample `index` on `channel` from its beginning (restarts it when
   already playing). Out-of-range channel or index: ignored. */
void samples_start(samples_t *s, int channel, int index, bool loop);
void samples_stop(samples_t *s, int channel);
bool samples_playing(samples_t *s, int channel);
/* Channel volume, 256 = 1.0 (the default). */
void samples_set_volume(samples_t *s, int channel, u16 volume);

/* Gives the device its sample data (NULL: silence). Call after
   machine_create(), before running. */
void samples_attach(device_t *d, const sample_bank *bank);
/* The params of a samples device in a machine configuration, or NULL when
   dc is not one: for -listsamples / -verifysamples and the loader. */
const samples_params *samples_config_params(const device_config *dc);

#endif
