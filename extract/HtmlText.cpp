#include "newsgraph/extract/HtmlText.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace newsgraph::extract {

namespace {

// libxml2 wants one global initialisation before threads parse; done once, then read-only.
void init_libxml() {
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;
struct ContextFree {
  void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};
using ContextPtr = std::unique_ptr<htmlParserCtxt, ContextFree>;

const char* name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->name && std::strcmp(name_of(n), name) == 0;
}

std::string attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

constexpr std::array<const char*, 20> kDropped = {
    "script", "style",  "noscript", "nav",    "aside",  "footer", "form",
    "button", "iframe", "svg",      "select", "template", "menu", "object",
    "embed",  "canvas", "head",     "input",  "textarea", "dialog"};

constexpr std::array<const char*, 22> kBlocks = {
    "p",  "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
    "td", "th", "tr", "section", "article", "main", "figcaption", "dd", "dt", "header", "ul"};

// Class or id words that mark page furniture rather than article text.
constexpr std::array<const char*, 18> kFurniture = {
    "share",   "social",   "comment", "related",  "newsletter", "subscribe",
    "advert",  "promo",    "cookie",  "breadcrumb", "sidebar",  "navbar",
    "footer",  "masthead", "paywall", "donate",  "signup",     "recommend"};

bool in_list(const xmlNode* n, const auto& list) {
  if (n->type != XML_ELEMENT_NODE || !n->name) return false;
  return std::any_of(list.begin(), list.end(),
                     [&](const char* x) { return std::strcmp(name_of(n), x) == 0; });
}

bool is_furniture(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE) return false;
  if (is(n, "header") && n->parent && !is(n->parent, "article")) return true;
  const std::string marks = lower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "role"));
  if (marks.size() <= 2) return false;
  if (marks.find("navigation") != std::string::npos) return true;
  return std::any_of(kFurniture.begin(), kFurniture.end(),
                     [&](const char* w) { return marks.find(w) != std::string::npos; });
}

struct Block {
  std::string text;
  std::size_t link_chars = 0;
};

// Collects the text of `root` as blocks, iteratively (no recursion, so no depth limit).
// `allowance` (optional) is the work left, in nodes plus text bytes: when it runs out the
// walk stops early, so measuring many nested candidates cannot take quadratic time.
std::vector<Block> collect_blocks(const xmlNode* root, std::size_t* allowance = nullptr) {
  std::vector<Block> blocks;
  Block current;
  const auto flush = [&] {
    while (!current.text.empty() && current.text.back() == ' ') current.text.pop_back();
    if (!current.text.empty()) blocks.push_back(std::move(current));
    current = Block{};
  };
  const auto append_text = [&](const char* s, bool in_link) {
    for (const char* p = s; *p; ++p) {
      const bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
      if (space) {
        if (!current.text.empty() && current.text.back() != ' ') current.text += ' ';
      } else {
        current.text += *p;
        if (in_link) ++current.link_chars;
      }
    }
  };
  struct Frame {
    const xmlNode* node;
    bool exiting;
    int link_depth;
  };
  std::vector<Frame> stack{{root, false, 0}};
  while (!stack.empty()) {
    if (allowance != nullptr) {
      if (*allowance == 0) break;
      --*allowance;
    }
    const Frame f = stack.back();
    stack.pop_back();
    const xmlNode* n = f.node;
    if (f.exiting) {
      if (in_list(n, kBlocks)) flush();
      continue;
    }
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (!n->content) continue;
      const char* content = reinterpret_cast<const char*>(n->content);
      if (allowance != nullptr) *allowance -= std::min(*allowance, std::strlen(content));
      append_text(content, f.link_depth > 0);
      continue;
    }
    if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE &&
        n->type != XML_HTML_DOCUMENT_NODE) {
      continue;
    }
    if (n != root && (in_list(n, kDropped) || is_furniture(n))) continue;
    if (is(n, "br")) {
      flush();
      continue;
    }
    if (in_list(n, kBlocks)) flush();
    stack.push_back({n, true, f.link_depth});
    const int link_depth = f.link_depth + (is(n, "a") ? 1 : 0);
    // Push children in reverse so they are visited in document order.
    std::vector<const xmlNode*> children;
    for (const xmlNode* c = n->children; c; c = c->next) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      stack.push_back({*it, false, link_depth});
    }
  }
  flush();
  return blocks;
}

void walk_elements(const xmlNode* root, const auto& visit) {
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type == XML_ELEMENT_NODE) visit(n);
    // Children pushed in reverse so the visit is in document order ("the first <time>").
    const std::size_t mark = stack.size();
    for (const xmlNode* c = n->children; c; c = c->next) stack.push_back(c);
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
  }
}

std::size_t text_length(const xmlNode* n, std::size_t* allowance) {
  std::size_t total = 0;
  for (const auto& b : collect_blocks(n, allowance)) total += b.text.size() - b.link_chars;
  return total;
}

}  // namespace

HtmlContent html_to_text(std::string_view html) {
  init_libxml();
  HtmlContent out;
  // No network, no entity substitution (no XML_PARSE_NOENT: the HTML parser does not even
  // read an internal DTD subset, so "entity bombs" stay literal text), no DTD loading
  // (no XML_PARSE_DTDLOAD), and no XML_PARSE_HUGE: libxml2 keeps its default limits (tree
  // depth 256, text node size), so hostile pages are cut short instead of exhausting
  // memory. Broken markup is recovered, not rejected.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                      HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
  if (html.size() > static_cast<std::size_t>(INT32_MAX)) return out;
  // A context of our own (not htmlReadMemory) to learn whether libxml2 halted at a limit.
  const ContextPtr context(htmlNewParserCtxt());
  if (!context) return out;
  DocPtr doc(htmlCtxtReadMemory(context.get(), html.data(), static_cast<int>(html.size()), nullptr,
                                "UTF-8", options));
  // In recovery mode only a halt (xmlHaltParser: depth or size limit) disables SAX.
  out.truncated = context->disableSAX != 0;
  if (!doc) return out;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return out;
  out.parsed = true;

  // Measuring candidates (each <h1>, <article>, <main>) walks their subtrees; nested ones
  // would make that quadratic in the page (a hostile page nests thousands). A few times the
  // page size of work is enough for any real page; candidates past it are not measured.
  std::size_t allowance = 4 * html.size() + 4096;
  const xmlNode* body = nullptr;
  std::vector<const xmlNode*> articles, mains;
  std::string h1, og_title;
  walk_elements(root, [&](const xmlNode* n) {
    if (is(n, "body") && !body) body = n;
    else if (is(n, "article")) articles.push_back(n);
    else if (is(n, "main") || lower(attr(n, "role")) == "main") mains.push_back(n);
    else if (is(n, "title") && out.title.empty() && n->children && n->children->content) {
      out.title = reinterpret_cast<const char*>(n->children->content);
    } else if (is(n, "h1") && h1.empty() && allowance > 0) {
      for (const auto& b : collect_blocks(n, &allowance)) h1 += (h1.empty() ? "" : " ") + b.text;
    } else if (is(n, "meta")) {
      const std::string key = lower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"));
      const std::string content = attr(n, "content");
      if (content.empty()) return;
      if (key == "og:title") og_title = content;
      else if (key == "og:url" && out.url.empty()) out.url = content;
      else if ((key == "og:site_name" || key == "application-name") && out.site_name.empty()) out.site_name = content;
      else if ((key == "article:published_time" || key == "datepublished" || key == "date" ||
                key == "pubdate" || key == "publishdate" || key == "dc.date" ||
                key == "dcterms.date" || key == "sailthru.date") && out.date.empty()) out.date = content;
      else if (key == "author" || key == "article:author" || key == "byl") out.authors.push_back(content);
    } else if (is(n, "link") && lower(attr(n, "rel")) == "canonical") {
      out.url = attr(n, "href");
    } else if (is(n, "time") && out.date.empty()) {
      out.date = attr(n, "datetime");
    }
  });
  if (!og_title.empty()) out.title = og_title;
  else if (!h1.empty()) out.title = h1;

  // Main content: the <article> (or <main>) with the most non-link text, else the body.
  const xmlNode* content = nullptr;
  std::size_t best = 0;
  for (const auto* candidates : {&articles, &mains}) {
    for (const xmlNode* n : *candidates) {
      if (allowance == 0) break;
      if (const std::size_t len = text_length(n, &allowance); len > best) {
        best = len;
        content = n;
      }
    }
    if (content) break;
  }
  if (!content) content = body ? body : root;

  for (const Block& b : collect_blocks(content)) {
    // Link-dense short blocks are menus, tag lists and share bars.
    const bool link_dense = b.link_chars * 2 > b.text.size() && b.text.size() < 300;
    if (link_dense) continue;
    out.text += b.text;
    out.text += '\n';
  }
  return out;
}

}  // namespace newsgraph::extract
