/* make_7z OUT FILE...: writes FILEs (by their base names) into a 7z archive
   through libarchive, for the archive tests. */
#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int add_file(struct archive *a, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return perror(path), -1;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    const char *slash = strrchr(path, '/');
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, slash ? slash + 1 : path);
    archive_entry_set_size(e, (la_int64_t)n);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    int rc = archive_write_header(a, e) == ARCHIVE_OK && archive_write_data(a, buf, n) == (la_ssize_t)n ? 0 : -1;
    archive_entry_free(e);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: make_7z OUT FILE...\n");
        return 2;
    }
    struct archive *a = archive_write_new();
    archive_write_set_format_7zip(a);
    int rc = archive_write_open_filename(a, argv[1]) == ARCHIVE_OK ? 0 : 1;
    for (int i = 2; i < argc && !rc; i++)
        rc = add_file(a, argv[i]) ? 1 : 0;
    if (rc)
        fprintf(stderr, "make_7z: %s\n", archive_error_string(a));
    if (archive_write_close(a) != ARCHIVE_OK)
        rc = 1;
    archive_write_free(a);
    return rc;
}
