#include <catch2/catch.hpp>

#include "newsgraph/export/Escape.h"

using namespace newsgraph::exporter;

TEST_CASE("xml_escape escapes markup and drops characters XML forbids") {
  CHECK(xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  CHECK(xml_escape(std::string("bell\x07 nul\0x", 11)) == "bell nulx");
  CHECK(xml_escape("tab\tnewline\n") == "tab\tnewline\n");
  CHECK(xml_escape("\xEF\xBF\xBE") == "");  // U+FFFE
  CHECK(xml_escape("שלום 😀") == "שלום 😀");
}

TEST_CASE("dot_escape keeps quoted DOT strings closed") {
  CHECK(dot_escape("say \"hi\"") == "say \\\"hi\\\"");
  CHECK(dot_escape("back\\slash \\N") == "back\\\\slash \\\\N");
  CHECK(dot_escape("two\nlines\r") == "two\\nlines");
}

TEST_CASE("iri_escape percent-encodes what an IRI path cannot hold") {
  CHECK(iri_escape("person/vladimir-putin") == "person/vladimir-putin");
  CHECK(iri_escape("doc/a b#c?d<e>\"") == "doc/a%20b%23c%3Fd%3Ce%3E%22");
  CHECK(iri_escape("person/эрдоган") == "person/эрдоган");
  CHECK(iri_escape("100%") == "100%25");
}

TEST_CASE("ntriples_escape escapes quotes, backslashes and controls") {
  CHECK(ntriples_escape("a\"b\\c\nd\te\x01") == "a\\\"b\\\\c\\nd\\te\\u0001");
}
