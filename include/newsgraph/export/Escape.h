// Escaping for the export formats, in one place so every writer gets it right.
//
//   xml_escape("a<b & \"c\"\x01")   -> "a&lt;b &amp; &quot;c&quot;"   (XML-illegal chars dropped)
//   dot_escape("say \"hi\"\\n")     -> "say \\\"hi\\\"\\\\n"          (for a "quoted" DOT ID)
//   iri_escape("person/Wang Yi")    -> "person/Wang%20Yi"           (RFC 3987 ipchar + '/')
//   ntriples_escape("a\"b\n")       -> "a\\\"b\\n"
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::exporter {

// Text for XML content and attribute values; drops characters XML 1.0 forbids.
std::string xml_escape(std::string_view text);
void append_xml_escaped(std::string& out, std::string_view text);

// Inside a double-quoted DOT string: escapes '"' and '\', newlines as "\n", drops other
// control characters.
std::string dot_escape(std::string_view text);

// Percent-encodes what may not stand in an IRI path (spaces, controls, <>"{}|\^`%, '#',
// '?'); keeps non-ASCII letters, which IRIs allow, and '/'.
std::string iri_escape(std::string_view text);

// A literal's content in N-Triples: escapes '"', '\', and control characters as \n, \r,
// \t or \uXXXX.
std::string ntriples_escape(std::string_view text);

// Drops control characters other than tab/LF/CR (for JSON they are escaped by the writer,
// but consumers choke on them in displays).
std::string strip_controls(std::string_view text);

}  // namespace newsgraph::exporter
