#include "CEssayICU.h"

#include <unicode/ubrk.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>
#include <stdio.h>

/* One iterator per kind and thread, opened once: ubrk_open loads rule data
 * and costs far more than segmenting an essay. */
static _Thread_local UBreakIterator *word_iterator = NULL;
static _Thread_local UBreakIterator *sentence_iterator = NULL;

static UBreakIterator *iterator_for(UBreakIteratorType type, const UChar *text, int32_t length, UErrorCode *status) {
    UBreakIterator **slot = (type == UBRK_WORD) ? &word_iterator : &sentence_iterator;
    if (*slot == NULL) {
        const char *locale = (type == UBRK_SENTENCE) ? "en@ss=standard" : "en";
        *slot = ubrk_open(type, locale, text, length, status);
        if (U_FAILURE(*status)) { *slot = NULL; return NULL; }
        return *slot;
    }
    ubrk_setText(*slot, text, length, status);
    if (U_FAILURE(*status)) return NULL;
    return *slot;
}

int32_t ceicu_words(const uint16_t *text, int32_t length,
                    int32_t *segments, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *error = 0;
    if (length == 0) return 0;
    UBreakIterator *bi = iterator_for(UBRK_WORD, (const UChar *)text, length, &status);
    if (bi == NULL) { *error = (int32_t)status; return -1; }
    int32_t count = 0;
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        int32_t rule = ubrk_getRuleStatus(bi);
        if (rule < UBRK_WORD_NONE_LIMIT) continue;
        if (count < capacity) {
            segments[3 * count] = start;
            segments[3 * count + 1] = end;
            segments[3 * count + 2] = rule;
        }
        count++;
    }
    return count;
}

int32_t ceicu_sentences(const uint16_t *text, int32_t length,
                        int32_t *ends, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *error = 0;
    if (length == 0) return 0;
    UBreakIterator *bi = iterator_for(UBRK_SENTENCE, (const UChar *)text, length, &status);
    if (bi == NULL) { *error = (int32_t)status; return -1; }
    int32_t count = 0;
    ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; end = ubrk_next(bi)) {
        if (count < capacity) ends[count] = end;
        count++;
    }
    return count;
}

int32_t ceicu_count_word_boundaries(const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *error = 0;
    if (length == 0) return 0;
    UBreakIterator *bi = iterator_for(UBRK_WORD, (const UChar *)text, length, &status);
    if (bi == NULL) { *error = (int32_t)status; return -1; }
    int32_t count = 0;
    ubrk_first(bi);
    while (ubrk_next(bi) != UBRK_DONE) count++;
    return count;
}

const char *ceicu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
