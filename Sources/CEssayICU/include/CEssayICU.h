#ifndef CESSAYICU_H
#define CESSAYICU_H
/*
 * The one doorway to the system ICU library. Only plain C types cross it:
 * Swift modules that import Foundation cannot also import ICU's headers,
 * so the unicode/ headers are included in essay_icu.c alone.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Word segments (UAX #29) of a UTF-16 text whose rule status is at least
/// UBRK_WORD_NONE_LIMIT (numbers, letters, kana, ideographs). Writes up to
/// `capacity` segments as consecutive triples (start, end exclusive, rule
/// status) into `segments` (3 * capacity int32 values), and returns how many
/// there are (which may exceed `capacity`; call again with more room), or -1
/// with `*error` set to the ICU error code.
int32_t ceicu_words(const uint16_t *text, int32_t length,
                    int32_t *segments, int32_t capacity, int32_t *error);

/// Sentence boundaries (UAX #29, English with standard suppressions such as
/// "Dr."). Writes the end offset of each sentence; returns the count as
/// ceicu_words does.
int32_t ceicu_sentences(const uint16_t *text, int32_t length,
                        int32_t *ends, int32_t capacity, int32_t *error);

/// Counts every word-break boundary without keeping any: the raw ICU word
/// segmentation cost, used as the benchmark's yardstick.
int32_t ceicu_count_word_boundaries(const uint16_t *text, int32_t length, int32_t *error);

/// The ICU version, for example "72.1".
const char *ceicu_version(void);

/// The rule-status limits of UBRK_WORD_* (to classify a word's status).
enum {
    CEICU_WORD_NONE_LIMIT = 100,
    CEICU_WORD_NUMBER_LIMIT = 200,
    CEICU_WORD_LETTER_LIMIT = 300,
    CEICU_WORD_KANA_LIMIT = 400,
    CEICU_WORD_IDEO_LIMIT = 500
};

#ifdef __cplusplus
}
#endif
#endif
