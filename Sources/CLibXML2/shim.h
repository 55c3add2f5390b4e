#ifndef JOINTTRAINING_CLIBXML2_SHIM_H
#define JOINTTRAINING_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own copy of ICU.
   JointTraining never touches libxml2's ICU converters, so the shim hides them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/SAX2.h>

/* Parser options as plain ints: Swift imports the enum with a type that changed between
   libxml2 2.9 and 2.12, so the shim gives one stable spelling. The set is deliberately
   small: NONET forbids the network; NOENT, DTDLOAD, DTDVALID, XINCLUDE, HUGE and RECOVER
   are never used. NOBLANKS drops indentation-only text nodes, which no format here
   gives meaning to and which would otherwise be a third of a catalogue's nodes.
   BIG_LINES keeps line numbers right past 65535. */
static inline int jt_safe_parse_options(void) {
    return XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS | XML_PARSE_BIG_LINES;
}

/* xmlFree is a global function pointer, which Swift 6 treats as shared mutable state. */
static inline void jt_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
