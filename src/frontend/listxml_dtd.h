#ifndef CABINET_LISTXML_DTD_H
#define CABINET_LISTXML_DTD_H

/* The DOCTYPE MAME 0.251 prints before <mame>, ending with "]>\n". */
extern const char listxml_dtd[];

#endif
