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

TEST_CASE("ntriples_escape escapes quotes, backslashes and line breaks; drops controls") {
  // Controls are dropped in every format (XML cannot hold them), so all exports agree.
  CHECK(ntriples_escape("a\"b\\c\nd\te\r\x01") == "a\\\"b\\\\c\\nd\\te\\r");
}

TEST_CASE("clean_text: what every export keeps of a string") {
  CHECK(clean_text("a\x01"
                   "b\x7f"
                   "c\td\ne\rf") == "abc\td\ne\rf");
  CHECK(clean_text("bad \xff byte") == "bad \xEF\xBF\xBD byte");  // U+FFFD, not the raw byte
  CHECK(clean_text("\xEF\xBF\xBF") == "");                        // U+FFFF
  CHECK(clean_text("שלום 😀 \u202e") == "שלום 😀 \u202e");
  CHECK(xml_escape("bad \xff") == "bad \xEF\xBF\xBD");
}

TEST_CASE("xml_attr_escape keeps whitespace through attribute normalisation") {
  CHECK(xml_attr_escape("a\tb\nc\rd \"e\" <&>") ==
        "a&#9;b&#10;c&#13;d &quot;e&quot; &lt;&amp;&gt;");
  CHECK(xml_escape("a\r\nb") == "a&#13;\nb");
}

TEST_CASE("dot_escape writes '&' as an entity Graphviz decodes back") {
  CHECK(dot_escape("AT&T &amp;") == "AT&amp;T &amp;amp;");
}

TEST_CASE("iri_escape encodes code points an IRI may not hold") {
  CHECK(iri_escape("a\u00a0b") == "a\u00a0b");         // ucschar
  CHECK(iri_escape("a\u0085b") == "a%C2%85b");         // C1 control: not ucschar
  CHECK(iri_escape("x\xEF\xBF\xB0") == "x%EF%BF%B0");  // U+FFF0: not ucschar
  CHECK(iri_escape("😀") == "😀");
  CHECK(iri_escape("a\\b{c}|d^e`f") == "a%5Cb%7Bc%7D%7Cd%5Ee%60f");
}

TEST_CASE("url_to_iri keeps a URL's structure and encodes the rest") {
  CHECK(url_to_iri("https://example.org/a b?q=\"x\"&r=<1>#frag#2") ==
        "https://example.org/a%20b?q=%22x%22&r=%3C1%3E#frag%232");
  CHECK(url_to_iri("http://example.org/%41%zz") == "http://example.org/%41%25zz");
  CHECK(url_to_iri("https://example.org/путь") == "https://example.org/путь");
  CHECK(url_to_iri("ftp://example.org/") == "");
  CHECK(url_to_iri("https:///path") == "");
  CHECK(url_to_iri("example.org/a") == "");
}

TEST_CASE("csv_field quotes per RFC 4180 only when needed") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\r\nlines") == "\"two\r\nlines\"");
  CHECK(csv_field(" padded") == "\" padded\"");
  CHECK(csv_field("ctrl\x01") == "ctrl");
  CHECK(csv_field("") == "");
}
