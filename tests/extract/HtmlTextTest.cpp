#include <catch2/catch.hpp>

#include "newsgraph/extract/HtmlText.h"

using namespace newsgraph::extract;

TEST_CASE("html_to_text keeps the article and drops page furniture") {
  const std::string html = R"(<!DOCTYPE html><html><head>
    <title>Leaders talk | Example News</title>
    <meta property="og:title" content="Leaders talk">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2021-06-16T09:00:00Z">
    <meta name="author" content="Jane Doe">
    <link rel="canonical" href="https://news.example/leaders-talk">
    <style>.x{color:red}</style><script>var ad = 1;</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <div class="share-bar"><a href="#">Share on X</a></div>
    <article><h1>Leaders talk</h1><p>The two presidents met in Geneva &amp; talked.</p>
    <p>They agreed to <b>resume</b> consultations.</p>
    <aside>Related: other stories</aside></article>
    <footer>Copyright</footer></body></html>)";
  const HtmlContent c = html_to_text(html);
  REQUIRE(c.parsed);
  CHECK(c.text == "Leaders talk\nThe two presidents met in Geneva & talked.\nThey agreed to resume consultations.\n");
  CHECK(c.title == "Leaders talk");
  CHECK(c.site_name == "Example News");
  CHECK(c.date == "2021-06-16T09:00:00Z");
  CHECK(c.url == "https://news.example/leaders-talk");
  CHECK(c.authors == std::vector<std::string>{"Jane Doe"});
}

TEST_CASE("html_to_text survives broken, deep and hostile markup") {
  SECTION("unclosed tags") {
    const HtmlContent c = html_to_text("<html><body><p>One<p>Two <b>bold<div>Three");
    CHECK(c.parsed);
    CHECK(c.text.find("One") != std::string::npos);
    CHECK(c.text.find("Three") != std::string::npos);
  }
  SECTION("very deep nesting does not overflow the stack") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<div>";
    deep += "deep text";
    const HtmlContent c = html_to_text(deep);
    CHECK(c.parsed);
  }
  SECTION("entities declared in a DTD are not expanded") {
    const std::string bomb =
        "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        "<html><body><p>x &b; y</p><p><img src=\"http://example.invalid/x.png\">z</p></body></html>";
    const HtmlContent c = html_to_text(bomb);
    CHECK(c.text.find("aaaaaaaaaa") == std::string::npos);
    CHECK(c.text.size() < 200);
  }
  SECTION("not HTML at all") {
    const HtmlContent c = html_to_text("");
    CHECK(c.text.empty());
  }
}

TEST_CASE("html_to_text on nested candidates stays linear and still finds the text") {
  // Regression: every <article> was measured by walking its whole subtree, so hundreds of
  // nested ones over a long page took time quadratic in the page.
  std::string page;
  for (int i = 0; i < 250; ++i) page += "<article>";
  for (int i = 0; i < 2000; ++i) page += "<p>Leaders met in Geneva.</p>";
  const HtmlContent c = html_to_text(page);
  REQUIRE(c.parsed);
  CHECK(c.text.rfind("Leaders met in Geneva.\n", 0) == 0);
  CHECK(c.text.size() == 2000 * std::string("Leaders met in Geneva.\n").size());
}
