/*
 * libxml2 and zlib behind a plain-C doorway (see include/CEssayDocs.h).
 * The parsers report events through callbacks and build no tree.
 */
#include "CEssayDocs.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlversion.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct {
    const cedocs_handler *handler;
    xmlParserCtxtPtr ctxt;
    int stopped;
    int doctype;
    int skip;
    char message[200];
} parse_state;

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_libxml(void) { xmlInitParser(); }

static parse_state *state_of(void *ctx) {
    return (parse_state *)((xmlParserCtxtPtr)ctx)->_private;
}

static void stop(parse_state *s) {
    s->stopped = 1;
    xmlStopParser(s->ctxt);
}

static void on_error(void *data, xmlErrorPtr error) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)data;
    if (ctxt == NULL || ctxt->_private == NULL || error == NULL) return;
    parse_state *s = (parse_state *)ctxt->_private;
    if (s->message[0] != '\0' || error->level < XML_ERR_ERROR) return;
    const char *text = error->message ? error->message : "malformed";
    snprintf(s->message, sizeof s->message, "line %d: %s", error->line, text);
    /* libxml2's messages end with a newline; the doorway's are one line. */
    size_t n = strlen(s->message);
    while (n > 0 && (s->message[n - 1] == '\n' || s->message[n - 1] == '\r')) s->message[--n] = '\0';
}

/* Names as written: prefix:local. `buffer` must hold the result. */
static const char *qualified(const xmlChar *prefix, const xmlChar *local, char *buffer, size_t size) {
    if (prefix == NULL) return (const char *)local;
    snprintf(buffer, size, "%s:%s", (const char *)prefix, (const char *)local);
    return buffer;
}

static void xml_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                      int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                      const xmlChar **attributes) {
    (void)uri; (void)nb_namespaces; (void)namespaces; (void)nb_defaulted;
    parse_state *s = state_of(ctx);
    if (s->stopped || s->handler->start == NULL) return;
    /* One block: the pointer list, then each name and value NUL-terminated. */
    size_t bytes = (size_t)(2 * nb_attributes + 1) * sizeof(char *);
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;
        bytes += (a[1] ? strlen((const char *)a[1]) + 1 : 0) + strlen((const char *)a[0]) + 1;
        bytes += (size_t)(a[4] - a[3]) + 1;
    }
    char *block = malloc(bytes);
    if (block == NULL) { snprintf(s->message, sizeof s->message, "out of memory"); stop(s); return; }
    const char **list = (const char **)block;
    char *p = block + (size_t)(2 * nb_attributes + 1) * sizeof(char *);
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;
        list[2 * i] = p;
        if (a[1]) p += sprintf(p, "%s:", (const char *)a[1]);
        p += sprintf(p, "%s", (const char *)a[0]) + 1;
        list[2 * i + 1] = p;
        size_t n = (size_t)(a[4] - a[3]);
        memcpy(p, a[3], n);
        p[n] = '\0';
        p += n + 1;
    }
    list[2 * nb_attributes] = NULL;
    char name[512];
    if (s->handler->start(s->handler->context, qualified(prefix, local, name, sizeof name), list) != 0) stop(s);
    free(block);
}

static void xml_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)uri;
    parse_state *s = state_of(ctx);
    if (s->stopped || s->handler->end == NULL) return;
    char name[512];
    if (s->handler->end(s->handler->context, qualified(prefix, local, name, sizeof name)) != 0) stop(s);
}

static void on_text(void *ctx, const xmlChar *ch, int len) {
    parse_state *s = state_of(ctx);
    if (s->stopped || s->skip > 0 || s->handler->text == NULL) return;
    if (s->handler->text(s->handler->context, (const char *)ch, len) != 0) stop(s);
}

static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *external, const xmlChar *system) {
    (void)name; (void)external; (void)system;
    parse_state *s = state_of(ctx);
    s->doctype = 1;
    stop(s);
}

static void finish(parse_state *s, int failed, char *error, size_t error_size) {
    if (!failed) return;
    const char *reason = s->doctype ? "it declares a DOCTYPE (and with it, possibly, entities), which is refused"
                       : s->stopped && s->message[0] == '\0' ? "stopped"
                       : s->message[0] != '\0' ? s->message : "malformed";
    if (error && error_size > 0) snprintf(error, error_size, "%s", reason);
}

/* What both parsers do first: libxml2 set up once, the error cleared, and
 * an input libxml2 cannot take (over 2 GiB) refused. */
static int begin(size_t length, char *error, size_t error_size) {
    pthread_once(&init_once, init_libxml);
    if (error && error_size > 0) error[0] = '\0';
    if (length > (size_t)INT32_MAX) {
        if (error && error_size > 0) snprintf(error, error_size, "too large to parse");
        return -1;
    }
    return 0;
}

/* A context that could not be made: why. */
static int no_context(size_t length, const char *which, char *error, size_t error_size) {
    if (error && error_size > 0) snprintf(error, error_size, length == 0 ? "empty" : "cannot start the %s parser", which);
    return -1;
}

/* The state and the callbacks, attached to a new context. */
static void attach(xmlParserCtxtPtr ctxt, parse_state *s, const cedocs_handler *handler, const xmlSAXHandler *sax) {
    memset(s, 0, sizeof *s);
    s->handler = handler;
    s->ctxt = ctxt;
    memcpy(ctxt->sax, sax, sizeof *sax);
    ctxt->_private = s;
    ctxt->userData = ctxt;
}

int cedocs_parse_xml(const char *bytes, size_t length, const cedocs_handler *handler,
                     char *error, size_t error_size) {
    if (begin(length, error, error_size) != 0) return -1;
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes, (int)length);
    if (ctxt == NULL) return no_context(length, "XML", error, error_size);
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = xml_start;
    sax.endElementNs = xml_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.ignorableWhitespace = on_text;
    sax.internalSubset = on_doctype;
    sax.getEntity = xmlSAX2GetEntity;
    sax.serror = on_error;
    parse_state s;
    attach(ctxt, &s, handler, &sax);
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    ctxt->replaceEntities = 0;
    ctxt->loadsubset = 0;
    ctxt->validate = 0;
    xmlParseDocument(ctxt);
    int failed = s.stopped || s.doctype || !ctxt->wellFormed;
    finish(&s, failed, error, error_size);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
    return failed ? -1 : 0;
}

static int skipped(const char *name) {
    return strcmp(name, "script") == 0 || strcmp(name, "style") == 0 || strcmp(name, "head") == 0
        || strcmp(name, "noscript") == 0 || strcmp(name, "template") == 0;
}

static void html_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
    parse_state *s = state_of(ctx);
    if (s->stopped) return;
    if (skipped((const char *)name)) { s->skip++; return; }
    if (s->skip > 0 || s->handler->start == NULL) return;
    int n = 0;
    while (atts && atts[2 * n]) n++;
    const char **list = malloc((size_t)(2 * n + 1) * sizeof(char *));
    if (list == NULL) { snprintf(s->message, sizeof s->message, "out of memory"); stop(s); return; }
    for (int i = 0; i < n; i++) {
        list[2 * i] = (const char *)atts[2 * i];
        list[2 * i + 1] = atts[2 * i + 1] ? (const char *)atts[2 * i + 1] : "";
    }
    list[2 * n] = NULL;
    if (s->handler->start(s->handler->context, (const char *)name, list) != 0) stop(s);
    free(list);
}

static void html_end(void *ctx, const xmlChar *name) {
    parse_state *s = state_of(ctx);
    if (s->stopped) return;
    if (skipped((const char *)name)) { if (s->skip > 0) s->skip--; return; }
    if (s->skip > 0 || s->handler->end == NULL) return;
    if (s->handler->end(s->handler->context, (const char *)name) != 0) stop(s);
}

int cedocs_parse_html(const char *bytes, size_t length, const cedocs_handler *handler,
                      char *error, size_t error_size) {
    if (begin(length, error, error_size) != 0) return -1;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, (int)length);
    if (ctxt == NULL) return no_context(length, "HTML", error, error_size);
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = 1;
    sax.startElement = html_start;
    sax.endElement = html_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    /* Script and style text arrives as CDATA; it is skipped with its element. */
    sax.cdataBlock = on_text;
    parse_state s;
    attach(ctxt, &s, handler, &sax);
    htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    int failed = s.stopped;
    finish(&s, failed, error, error_size);
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
    return failed ? -1 : 0;
}

int64_t cedocs_inflate(const uint8_t *in, size_t in_size, uint8_t *out, size_t out_size) {
    if (in_size > 0xFFFFFFFFu || out_size > 0xFFFFFFFFu) return -2;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return -1;
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)in_size;
    z.next_out = out;
    z.avail_out = (uInt)out_size;
    int r = inflate(&z, Z_FINISH);
    int64_t written = (int64_t)z.total_out;
    uInt room = z.avail_out;
    inflateEnd(&z);
    if (r == Z_STREAM_END) return written;
    if (room == 0) return -2;
    return -1;
}

uint32_t cedocs_crc32(const uint8_t *bytes, size_t length) {
    uLong crc = crc32(0L, Z_NULL, 0);
    while (length > 0) {
        uInt chunk = length > 0x40000000u ? 0x40000000u : (uInt)length;
        crc = crc32(crc, bytes, chunk);
        bytes += chunk;
        length -= chunk;
    }
    return (uint32_t)crc;
}

const char *cedocs_libxml_version(void) { return LIBXML_VERSION_STRING; }
