/* libxml2 (Debian: libxml2-dev), used only by the C target CEssayDocs: its
 * headers include ICU's, which a Swift module importing Foundation cannot. */
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
