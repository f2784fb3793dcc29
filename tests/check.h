/* Check macros shared by the unit tests. Each failed check prints a FAIL line
   with file and line and counts; check_report() ends main():
       return check_report("test_z80_unit");
     CHECK(cond, fmt, ...)           cond holds (the message says what not)
     CHECK_EQ(what, expected, got)   integers equal (shown in decimal and hex)
     CHECK_STR(what, expected, got)  strings equal
     CHECK_TRUE(cond)                cond holds (the message is the expression)
     CHECK_CONTAINS(text, needle)    text (may be NULL) contains needle
     CHECK_TEXT(got, expected)       long texts equal (both shown in full) */
#ifndef CABINET_TESTS_CHECK_H
#define CABINET_TESTS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_count, check_failures;

#define CHECK(cond, ...)                                  \
    do {                                                  \
        check_count++;                                    \
        if (!(cond)) {                                    \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);   \
            printf(__VA_ARGS__);                          \
            printf("\n");                                 \
            check_failures++;                             \
        }                                                 \
    } while (0)

#define CHECK_TRUE(cond) CHECK(cond, "%s", #cond)
#define CHECK_CONTAINS(text, needle) check_contains_(__FILE__, __LINE__, text, needle)
#define CHECK_TEXT(got, expected) check_text_(__FILE__, __LINE__, got, expected)
#define CHECK_EQ(what, expected, got) check_eq_(__FILE__, __LINE__, what, (long)(expected), (long)(got))
#define CHECK_STR(what, expected, got) check_str_(__FILE__, __LINE__, what, expected, got)

static inline int check_eq_(const char *file, int line, const char *what, long e, long g)
{
    check_count++;
    if (e == g)
        return 1;
    printf("FAIL %s:%d %s: expected %ld (0x%lx), got %ld (0x%lx)\n", file, line, what, e, (unsigned long)e, g,
           (unsigned long)g);
    check_failures++;
    return 0;
}

static inline int check_str_(const char *file, int line, const char *what, const char *e, const char *g)
{
    check_count++;
    if (!strcmp(e, g))
        return 1;
    printf("FAIL %s:%d %s: expected \"%s\", got \"%s\"\n", file, line, what, e, g);
    check_failures++;
    return 0;
}

static inline int check_contains_(const char *file, int line, const char *text, const char *needle)
{
    check_count++;
    if (text && strstr(text, needle))
        return 1;
    printf("FAIL %s:%d: expected to find [%s] in:\n%s\n", file, line, needle, text ? text : "(null)");
    check_failures++;
    return 0;
}

static inline int check_text_(const char *file, int line, const char *got, const char *expected)
{
    check_count++;
    if (got && expected && !strcmp(got, expected))
        return 1;
    printf("FAIL %s:%d: texts differ:\n--- got\n%s\n--- expected\n%s\n", file, line, got ? got : "(null)",
           expected ? expected : "(null)");
    check_failures++;
    return 0;
}

/* Prints the summary; returns main()'s exit status (0 all passed, 1 not). */
static inline int check_report(const char *name)
{
    if (check_failures)
        printf("%s: %d of %d checks failed\n", name, check_failures, check_count);
    else
        printf("%s: all %d checks passed\n", name, check_count);
    return check_failures ? 1 : 0;
}

#endif
