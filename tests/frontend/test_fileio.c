/* The output layer (util/fileio.h) every written file goes through:
   new and replaced files, symlinked targets written through, folders and
   FIFOs refused, planted symlinks at the old fixed temp name not followed,
   a failed or discarded write keeping the old file and leaving no temp
   file, two concurrent writers leaving one complete file, FIFOs refused by
   the reader without blocking, and the WAV writer stopping at its size
   limit with a valid header.  Usage: test_fileio SCRATCH_DIR */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "util/fileio.h"
#include "util/wav.h"

static char dir[2048];

static const char *at(const char *name)
{
    static char buf[4][4096];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof(buf[k]), "%s/%s", dir, name);
    return buf[k];
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

static char *get(const char *path)
{
    static char buf[4096];
    buf[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (!f)
        return buf;
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Files in dir whose name starts with '.', other than . and .. */
static int temp_files(void)
{
    DIR *d = opendir(dir);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += e->d_name[0] == '.' && strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    closedir(d);
    return n;
}

static void test_plain(void)
{
    char err[512];
    umask(022);
    CHECK_EQ("new file", 0, file_write_atomic(at("a.bin"), "hello", 5, err, sizeof(err)));
    CHECK_STR("contents", "hello", get(at("a.bin")));
    struct stat st;
    stat(at("a.bin"), &st);
    CHECK_EQ("mode of a new file", 0644, st.st_mode & 0777);
    chmod(at("a.bin"), 0600);
    CHECK_EQ("replace", 0, file_write_atomic(at("a.bin"), "world!", 6, err, sizeof(err)));
    CHECK_STR("replaced", "world!", get(at("a.bin")));
    stat(at("a.bin"), &st);
    CHECK_EQ("mode kept", 0600, st.st_mode & 0777);
    CHECK_EQ("no temp file left", 0, temp_files());
}

static void test_symlinks(void)
{
    char err[512];
    put(at("real.nv"), "old");
    symlink("real.nv", at("link.nv"));
    CHECK_EQ("through a symlink", 0, file_write_atomic(at("link.nv"), "new", 3, err, sizeof(err)));
    struct stat st;
    CHECK_TRUE(lstat(at("link.nv"), &st) == 0 && S_ISLNK(st.st_mode));
    CHECK_STR("target updated", "new", get(at("real.nv")));
    symlink("made.nv", at("dangling.nv"));
    CHECK_EQ("dangling symlink", 0, file_write_atomic(at("dangling.nv"), "x", 1, err, sizeof(err)));
    CHECK_STR("its target created", "x", get(at("made.nv")));
    symlink("loop2", at("loop1"));
    symlink("loop1", at("loop2"));
    CHECK_EQ("symlink loop refused", -1, file_write_atomic(at("loop1"), "x", 1, err, sizeof(err)));
    CHECK_CONTAINS(err, "Too many levels of symbolic links");
    /* The old fixed temp name, planted: never followed. */
    put(at("victim"), "victim");
    symlink("victim", at("out.bin.tmp"));
    CHECK_EQ("planted .tmp", 0, file_write_atomic(at("out.bin"), "data", 4, err, sizeof(err)));
    CHECK_STR("victim untouched", "victim", get(at("victim")));
    CHECK_STR("written", "data", get(at("out.bin")));
    unlink(at("out.bin.tmp"));
    CHECK_EQ("no temp file left", 0, temp_files());
}

static void test_not_regular(void)
{
    char err[512];
    mkdir(at("adir"), 0777);
    CHECK_EQ("folder refused", -1, file_write_atomic(at("adir"), "x", 1, err, sizeof(err)));
    CHECK_CONTAINS(err, "adir: Is a directory");
    mkfifo(at("fifo"), 0666);
    CHECK_EQ("FIFO refused as output", -1, file_write_atomic(at("fifo"), "x", 1, err, sizeof(err)));
    CHECK_CONTAINS(err, "fifo: Invalid argument");
    u8 *buf;
    size_t len;
    alarm(5); /* a blocking open would hang here */
    CHECK_EQ("FIFO refused as input", -1, file_read_all(at("fifo"), &buf, &len, 100, err, sizeof(err)));
    CHECK_CONTAINS(err, "not a regular file");
    CHECK_EQ("folder refused as input", -1, file_read_all(at("adir"), &buf, &len, 100, err, sizeof(err)));
    CHECK_CONTAINS(err, "Is a directory");
    alarm(0);
    CHECK_EQ("missing folder", -1, file_write_atomic(at("nowhere/x"), "x", 1, err, sizeof(err)));
    CHECK_CONTAINS(err, "nowhere/x: No such file or directory");
    char longpath[6000];
    memset(longpath, 'a', sizeof(longpath) - 1);
    longpath[sizeof(longpath) - 1] = '\0';
    CHECK_EQ("5999-character path", -1, file_write_atomic(longpath, "x", 1, err, sizeof(err)));
    CHECK_CONTAINS(err, "File name too long");
    CHECK_TRUE(!strncmp(err, "...", 3) && strlen(err) < 300);
}

static void test_failures(void)
{
    char err[512];
    put(at("keep.sta"), "old contents");
    file_out o;
    CHECK_EQ("open", 0, file_out_open(&o, at("keep.sta"), err, sizeof(err)));
    fputs("half", o.f);
    CHECK_EQ("discard", -1, file_out_commit(&o, false, err, sizeof(err)));
    CHECK_STR("old file kept on discard", "old contents", get(at("keep.sta")));
    CHECK_EQ("no temp file after discard", 0, temp_files());
    /* A write that fails (file size limit: EFBIG) keeps the old file. */
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit old, lim;
    getrlimit(RLIMIT_FSIZE, &old);
    lim = old;
    lim.rlim_cur = 4096;
    setrlimit(RLIMIT_FSIZE, &lim);
    static char big[100000];
    int rc = file_write_atomic(at("keep.sta"), big, sizeof(big), err, sizeof(err));
    setrlimit(RLIMIT_FSIZE, &old);
    CHECK_EQ("write past the limit fails", -1, rc);
    CHECK_CONTAINS(err, "keep.sta: File too large");
    CHECK_STR("old file kept on failure", "old contents", get(at("keep.sta")));
    CHECK_EQ("no temp file after failure", 0, temp_files());
}

/* Two processes writing one name 50 times each: the file is always one
   writer's complete output. */
static void test_concurrent(void)
{
    static char a[200000], b[200000];
    memset(a, 'A', sizeof(a));
    memset(b, 'B', sizeof(b));
    pid_t kids[2];
    for (int k = 0; k < 2; k++) {
        if ((kids[k] = fork()) == 0) {
            char err[512];
            for (int i = 0; i < 50; i++)
                if (file_write_atomic(at("shared.inp"), k ? b : a, sizeof(a), err, sizeof(err)))
                    _exit(1);
            _exit(0);
        }
    }
    int bad = 0;
    for (int k = 0; k < 2; k++) {
        int st;
        waitpid(kids[k], &st, 0);
        bad += !WIFEXITED(st) || WEXITSTATUS(st);
    }
    CHECK_EQ("both writers succeeded", 0, bad);
    u8 *buf;
    size_t len;
    char err[512];
    CHECK_EQ("read", 0, file_read_all(at("shared.inp"), &buf, &len, 1u << 20, err, sizeof(err)));
    CHECK_EQ("complete", sizeof(a), len);
    CHECK_TRUE(!memcmp(buf, a, sizeof(a)) || !memcmp(buf, b, sizeof(b)));
    free(buf);
    CHECK_EQ("no temp file left", 0, temp_files());
}

static void test_wav_limit(void)
{
    char err[512];
    wav_writer w;
    CHECK_EQ("wav open", 0, wav_open(&w, at("full.wav"), 48000, 2, err, sizeof(err)));
    w.max_data = 400; /* 100 stereo frames */
    static s16 pcm[2 * 150];
    for (int i = 0; i < 300; i++)
        pcm[i] = (s16)(i * 7);
    CHECK_EQ("below the limit", 0, wav_write(&w, pcm, 60));
    CHECK_EQ("reaches the limit", 1, wav_write(&w, pcm + 120, 90));
    CHECK_EQ("wav close", 0, wav_close(&w, true, err, sizeof(err)));
    wav_data d;
    CHECK_EQ("wav read", 0, wav_read(at("full.wav"), &d, err, sizeof(err)));
    CHECK_EQ("frames kept", 100, d.frames);
    CHECK_EQ("last sample kept", (s16)(199 * 7), d.samples[199]);
    wav_data_free(&d);
    put(at("old.wav"), "previous");
    CHECK_EQ("wav open", 0, wav_open(&w, at("old.wav"), 48000, 2, err, sizeof(err)));
    wav_write(&w, pcm, 10);
    CHECK_EQ("failed run: dropped", -1, wav_close(&w, false, err, sizeof(err)));
    CHECK_STR("old WAV kept", "previous", get(at("old.wav")));
    CHECK_EQ("WAV_MAX_DATA fits the 32-bit RIFF size", 1, (u64)WAV_MAX_DATA + 36 <= 0xffffffffu);
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    snprintf(dir, sizeof(dir), "%s", argv[1]);
    make_dirs(dir);
    test_plain();
    test_symlinks();
    test_not_regular();
    test_failures();
    test_concurrent();
    test_wav_limit();
    return check_report("test_fileio");
}
