// HtmlText: the readable main text and metadata of an HTML page, via libxml2.
//
//   html_to_text("<html><head><title>T</title></head><body><nav>menu</nav>
//                 <article><p>Putin and Trump spoke.</p></article></body></html>")
//     -> {text "Putin and Trump spoke.", title "T"}
//
// Parsing never touches the network and never expands entities (XML_PARSE_NONET, no
// XML_PARSE_NOENT, no DTD loading); broken markup is recovered, not rejected. Main content:
// <article> or <main> when present, else the body; script, style, nav, aside, footer,
// header, form and similar elements are dropped, and link-dense blocks (menus, share bars)
// are skipped. Paragraph-like elements become lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

struct HtmlContent {
  std::string text;
  std::string title;
  std::string url;           // <link rel=canonical> or og:url
  std::string date;          // article:published_time, <time datetime>, date metas (raw)
  std::string site_name;     // og:site_name, application-name, publisher metas
  std::vector<std::string> authors;  // <meta name=author>, article:author
  bool parsed = false;       // false when libxml2 could not make a tree at all
  bool truncated = false;    // libxml2 stopped early at one of its limits (nesting deeper
                             // than 256, a huge text node): the text after it is missing
};

HtmlContent html_to_text(std::string_view html);

}  // namespace newsgraph::extract
