#ifndef CESSAYDOCS_H
#define CESSAYDOCS_H
/*
 * The doorway to the C libraries that read office documents: libxml2 (XML
 * parts of .docx and .odt files, and HTML) and zlib (the deflate data of ZIP
 * entries). Only plain C types cross it, for the reason given in CEssayICU.h:
 * libxml2's headers include ICU's.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a parse reports, in document order. Element and attribute names are
/// qualified as written ("w:p"); HTML names are lower case. `attributes` is
/// a NULL-terminated list of name, value pairs (an HTML attribute without a
/// value has ""). A callback that returns nonzero stops the parse, which then
/// fails with the message "stopped".
typedef struct cedocs_handler {
    void *context;
    int (*start)(void *context, const char *name, const char *const *attributes);
    int (*end)(void *context, const char *name);
    int (*text)(void *context, const char *bytes, int32_t length);
} cedocs_handler;

/// Parses XML with libxml2's SAX parser: no network, no external entities,
/// no entity expansion, libxml2's own depth and size limits. A document that
/// declares a DOCTYPE (and with it any entity) is refused. Returns 0, or -1
/// with a one-line reason in `error` (NUL-terminated, at most `error_size`).
int cedocs_parse_xml(const char *bytes, size_t length, const cedocs_handler *handler,
                     char *error, size_t error_size);

/// Parses HTML (UTF-8) with libxml2's forgiving HTML parser: it never fails
/// on malformed markup, as browsers don't. Comments, and the text of script
/// and style elements, are not reported. Returns 0, or -1 with the reason.
int cedocs_parse_html(const char *bytes, size_t length, const cedocs_handler *handler,
                      char *error, size_t error_size);

/// Inflates raw deflate data (a ZIP entry with method 8) with zlib, in one
/// call over the whole input, into `out`. Returns the number of bytes
/// written; -1 if the data is damaged or ends early; -2 if it would expand
/// past `out_size`. Never waits for more input.
int64_t cedocs_inflate(const uint8_t *in, size_t in_size, uint8_t *out, size_t out_size);

/// The CRC-32 of `length` bytes (zlib's), to check an entry after inflating.
uint32_t cedocs_crc32(const uint8_t *bytes, size_t length);

/// libxml2's version, for example "20914".
const char *cedocs_libxml_version(void);

#ifdef __cplusplus
}
#endif
#endif
