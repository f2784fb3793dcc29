#ifndef CABINET_LISTXML_DEVICES_H
#define CABINET_LISTXML_DEVICES_H

/* A device as MAME 0.251 lists it in -listxml (<machine isdevice="yes">),
   for the MAME device names drivers give in machine_config.device_refs. */
typedef struct listxml_device {
    const char *name, *sourcefile, *description;
    int channels; /* <sound channels>, -1: none (not a sound device) */
} listxml_device;

/* The device named name, or NULL. */
const listxml_device *listxml_device_find(const char *name);

#endif
