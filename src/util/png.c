#include "util/png.h"

#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"

int png_write_rgb(const char *path, const u32 *pix, int width, int height, char *err, size_t errlen)
{
    file_out out;
    if (file_out_open(&out, path, err, errlen))
        return -1;
    FILE *f = out.f;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    u8 *row = malloc((size_t)width * 3);
    volatile bool ok = png && info && row;
    if (ok && setjmp(png_jmpbuf(png)) == 0) {
        png_init_io(png, f);
        png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                     PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
        png_write_info(png, info);
        for (int y = 0; y < height; y++) {
            const u32 *src = pix + (size_t)y * (size_t)width;
            for (int x = 0; x < width; x++) {
                row[x * 3] = (u8)(src[x] >> 16);
                row[x * 3 + 1] = (u8)(src[x] >> 8);
                row[x * 3 + 2] = (u8)src[x];
            }
            png_write_row(png, row);
        }
        png_write_end(png, info);
    } else {
        ok = false;
    }
    png_destroy_write_struct(&png, &info);
    free(row);
    if (!ok) {
        file_out_commit(&out, false, err, errlen);
        snprintf(err, errlen, "%s: PNG write failed", path);
        return -1;
    }
    return file_out_commit(&out, true, err, errlen);
}

typedef struct png_reader {
    png_structp png;
    png_infop info;
    u8 *pixels;       /* RGBA rows */
    png_bytep *rows;
    char why[128];    /* libpng's error message, if it stopped on one */
} png_reader;

/* libpng's own handlers print to stderr: keep the message for err instead,
   and drop warnings (damaged but readable files still load). */
static void png_on_error(png_structp png, png_const_charp msg)
{
    png_reader *r = png_get_error_ptr(png);
    snprintf(r->why, sizeof(r->why), "%s", msg);
    png_longjmp(png, 1);
}

static void png_on_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

static void png_reader_free(png_reader *r)
{
    png_destroy_read_struct(&r->png, &r->info, NULL);
    free(r->pixels);
    free(r->rows);
}

/* Bytes of an in-memory PNG, read through libpng's read callback. */
typedef struct png_membuf {
    const u8 *data;
    size_t size, pos;
} png_membuf;

static void png_mem_read(png_structp png, png_bytep out, size_t len)
{
    png_membuf *b = png_get_io_ptr(png);
    if (len > b->size - b->pos)
        png_error(png, "truncated");
    memcpy(out, b->data + b->pos, len);
    b->pos += len;
}

/* Decodes into r->pixels as RGBA, the signature already consumed; longjmps
   out on damaged data. Exactly one of f and mem is the source. */
static bool png_decode(png_reader *r, FILE *f, png_membuf *mem, size_t max_pixels, png_uint_32 *w, png_uint_32 *h)
{
    if (f)
        png_init_io(r->png, f);
    else
        png_set_read_fn(r->png, mem, png_mem_read);
    png_set_sig_bytes(r->png, 8);
    png_set_user_limits(r->png, 16384, 16384);
    png_read_info(r->png, r->info);
    *w = png_get_image_width(r->png, r->info);
    *h = png_get_image_height(r->png, r->info);
    if ((size_t)*w * *h > max_pixels || *w == 0 || *h == 0)
        return false;
    png_set_expand(r->png);
    png_set_strip_16(r->png);
    png_set_gray_to_rgb(r->png);
    png_set_add_alpha(r->png, 0xff, PNG_FILLER_AFTER);
    png_set_interlace_handling(r->png);
    png_read_update_info(r->png, r->info);
    if (png_get_rowbytes(r->png, r->info) != (size_t)*w * 4)
        return false;
    r->pixels = malloc((size_t)*w * *h * 4);
    r->rows = malloc(*h * sizeof(png_bytep));
    if (!r->pixels || !r->rows)
        return false;
    for (png_uint_32 y = 0; y < *h; y++)
        r->rows[y] = r->pixels + (size_t)y * *w * 4;
    png_read_image(r->png, r->rows);
    return true;
}

/* The part of both readers after the signature check. */
static int png_read_common(FILE *f, png_membuf *mem, const char *name, u32 **pix, int *width, int *height,
                           size_t max_pixels, char *err, size_t errlen)
{
    png_reader r = { 0 };
    png_uint_32 w = 0, h = 0;
    r.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &r, png_on_error, png_on_warning);
    r.info = r.png ? png_create_info_struct(r.png) : NULL;
    if (!r.info || setjmp(png_jmpbuf(r.png)) || !png_decode(&r, f, mem, max_pixels, &w, &h)) {
        snprintf(err, errlen, "%s: damaged, unsupported or too large PNG%s%s%s", name, r.why[0] ? " (" : "",
                 r.why, r.why[0] ? ")" : "");
        png_reader_free(&r);
        return -1;
    }
    u32 *out = malloc((size_t)w * h * sizeof(u32));
    for (size_t i = 0; out && i < (size_t)w * h; i++) {
        const u8 *p = r.pixels + i * 4;
        out[i] = (u32)p[3] << 24 | (u32)p[0] << 16 | (u32)p[1] << 8 | p[2];
    }
    png_reader_free(&r);
    if (!out) {
        snprintf(err, errlen, "%s: out of memory", name);
        return -1;
    }
    *pix = out;
    *width = (int)w;
    *height = (int)h;
    return 0;
}

int png_read_argb(const char *path, u32 **pix, int *width, int *height, size_t max_pixels, char *err,
                  size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open", path);
        return -1;
    }
    u8 sig[8];
    if (fread(sig, 1, 8, f) != 8 || png_sig_cmp(sig, 0, 8)) {
        snprintf(err, errlen, "%s: not a PNG file", path);
        fclose(f);
        return -1;
    }
    int rc = png_read_common(f, NULL, path, pix, width, height, max_pixels, err, errlen);
    fclose(f);
    return rc;
}

int png_read_argb_mem(const void *data, size_t size, const char *name, u32 **pix, int *width, int *height,
                      size_t max_pixels, char *err, size_t errlen)
{
    png_membuf mem = { data, size, 8 };
    if (size < 8 || png_sig_cmp(data, 0, 8)) {
        snprintf(err, errlen, "%s: not a PNG file", name);
        return -1;
    }
    return png_read_common(NULL, &mem, name, pix, width, height, max_pixels, err, errlen);
}
