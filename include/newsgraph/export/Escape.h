// Escaping for the export formats, in one place so every writer gets it right.
//
//   clean_text("a\x01b\xff")          -> "ab\uFFFD"     (what every export keeps of a string)
//   xml_escape("a<b & \"c\"\x01")     -> "a&lt;b &amp; &quot;c&quot;"
//   xml_attr_escape("two\nlines")     -> "two&#10;lines" (survives attribute normalisation)
//   dot_escape("say \"hi\" & \\N")    -> "say \\\"hi\\\" &amp; \\\\N"  (for a "quoted" DOT ID)
//   iri_escape("person/Wang Yi")      -> "person/Wang%20Yi"           (RFC 3987 ipchar + '/')
//   ntriples_escape("a\"b\n")         -> "a\\\"b\\n"
//   csv_field("a,\"b\"")              -> "\"a,\"\"b\"\"\""            (RFC 4180)
//
// Every function first applies clean_text(), so each format carries the same characters:
// the text as written minus what XML 1.0 cannot hold (C0 controls other than tab, LF and
// CR; U+FFFE, U+FFFF), with invalid UTF-8 replaced by U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::exporter {

// Valid UTF-8 without the characters no XML consumer accepts; see above.
std::string clean_text(std::string_view text);
// Kept for callers that predate clean_text(); the same function.
std::string strip_controls(std::string_view text);

// Text for XML element content: escapes & < > " ' and CR (which parsers would turn into LF).
std::string xml_escape(std::string_view text);
void append_xml_escaped(std::string& out, std::string_view text);
// Text for an XML attribute value: as above, and tab, LF and CR as character references,
// which attribute-value normalisation would otherwise turn into spaces.
std::string xml_attr_escape(std::string_view text);
void append_xml_attr_escaped(std::string& out, std::string_view text);

// Inside a double-quoted DOT string: escapes '"' and '\', '&' as "&amp;" (Graphviz decodes
// entities in labels, so a literal "&lt;" would otherwise print as '<'), newlines as "\n",
// drops CR and turns tabs into spaces.
std::string dot_escape(std::string_view text);

// Percent-encodes what may not stand in an IRI path (spaces, controls, <>"{}|\^`%, '#',
// '?', and code points outside RFC 3987's ucschar); keeps non-ASCII letters and '/'.
std::string iri_escape(std::string_view text);

// An http(s) URL as an absolute IRI: keeps its structure (/ ? # : @ and valid %XX) and
// percent-encodes the rest as iri_escape() does. Empty when the URL is not absolute
// http(s) with a host, so callers can fall back to a literal or leave it out.
std::string url_to_iri(std::string_view url);

// A literal's content in N-Triples and Turtle: escapes '"', '\', and CR, LF, tab as \r, \n,
// \t.
std::string ntriples_escape(std::string_view text);

// One CSV field per RFC 4180: quoted when it holds ',', '"', CR, LF or leading/trailing
// space, with '"' doubled.
std::string csv_field(std::string_view text);

}  // namespace newsgraph::exporter
