#include "newsgraph/extract/InputReader.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <rapidjson/document.h>

#include "newsgraph/core/Text.h"
#include "newsgraph/extract/DateParser.h"
#include "newsgraph/extract/Decompress.h"
#include "newsgraph/extract/HtmlText.h"

namespace newsgraph::extract {

namespace fs = std::filesystem;

const char* state_name(DocumentState state) {
  switch (state) {
    case DocumentState::kOk: return "ok";
    case DocumentState::kPartial: return "partial";
    case DocumentState::kSkipped: return "skipped";
    case DocumentState::kFailed: return "failed";
  }
  return "failed";
}

namespace {

std::string lower_extension(const fs::path& p) {
  // "a.jsonl.gz" is JSON Lines: the extension under a compression suffix decides.
  std::string ext = fs::path(without_compression_suffix(p.string())).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool is_jsonl(const std::string& ext) { return ext == ".jsonl" || ext == ".ndjson"; }
bool is_html(const std::string& ext) { return ext == ".html" || ext == ".htm" || ext == ".xhtml"; }
bool is_text(const std::string& ext) { return ext == ".txt" || ext == ".text" || ext.empty(); }

// Reads one line of at most `limit` bytes; a longer line is consumed and reported as
// truncated so memory stays bounded whatever the input.
bool bounded_getline(std::istream& in, std::string& line, std::uint64_t limit, bool& too_long) {
  line.clear();
  too_long = false;
  std::streambuf* buf = in.rdbuf();
  bool any = false;
  for (;;) {
    const int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (too_long) continue;
    if (limit != 0 && line.size() >= limit) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();  // give the memory back before the rest is skipped
      continue;
    }
    // Grow at most to the limit: doubling past it would hold twice the limit in memory.
    if (limit != 0 && line.size() == line.capacity()) {
      line.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(limit, 2 * line.capacity() + 64)));
    }
    line.push_back(static_cast<char>(c));
  }
}

// Reads the whole stream unless it holds more than `limit` bytes (0 = no limit); then the
// rest is consumed unstored and `too_large` set, so a huge input (a FIFO, stdin) cannot
// make memory grow with its size. Returns the number of bytes seen.
std::uint64_t bounded_read(std::istream& in, std::string& out, std::uint64_t limit, bool& too_large) {
  out.clear();
  too_large = false;
  std::uint64_t seen = 0;
  std::array<char, 1 << 16> chunk;
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    const auto n = static_cast<std::size_t>(in.gcount());
    seen += n;
    if (too_large) continue;
    if (limit != 0 && seen > limit) {
      too_large = true;
      out.clear();
      out.shrink_to_fit();
      continue;
    }
    if (limit != 0 && out.size() + n > out.capacity()) {  // grow at most to the limit
      out.reserve(static_cast<std::size_t>(
          std::min<std::uint64_t>(limit, std::max<std::uint64_t>(2 * out.capacity(), out.size() + n))));
    }
    out.append(chunk.data(), n);
  }
  return seen;
}

// Corrupt or truncated .gz/.zst data: what came before it was read; the batch goes on.
void report_corrupt(const std::string& path, const std::string& id, const std::string& why,
                    ReadReport& report) {
  report.diagnostics.error("corrupt-input", path, why);
  report.statuses.push_back({id, path, DocumentState::kFailed, why});
}

bool is_stopped(const std::atomic<bool>* stop) { return stop != nullptr && stop->load(); }

// Binary data: NUL bytes, or mostly bytes that are neither text nor UTF-8.
bool looks_binary(std::string_view bytes) {
  const std::size_t probe = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t nul = 0, control = 0;
  for (std::size_t i = 0; i < probe; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) ++nul;
    else if (c < 0x09 || (c > 0x0D && c < 0x20)) ++control;
  }
  return nul > 0 || (probe > 0 && control * 10 > probe);
}

std::string json_text(const rapidjson::Value& obj, const char* name) {
  const auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) return {};
  if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
  if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
  return {};
}

std::vector<std::string> json_text_list(const rapidjson::Value& obj, const char* name) {
  std::vector<std::string> out;
  const auto it = obj.FindMember(name);
  if (it == obj.MemberEnd()) return out;
  if (it->value.IsString()) {
    out.emplace_back(it->value.GetString(), it->value.GetStringLength());
  } else if (it->value.IsArray()) {
    for (const auto& v : it->value.GetArray()) {
      if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
    }
  }
  return out;
}

}  // namespace

void InputReader::read(const std::vector<std::string>& inputs, const Sink& sink,
                       ReadReport& report, const std::atomic<bool>* stop) const {
  for (const auto& input : inputs) {
    if (is_stopped(stop)) return;
    read_path(input, sink, report, stop);
  }
}

void InputReader::skip_too_large(const std::string& source, const std::string& id,
                                 const std::string& size, ReadReport& report) const {
  const std::string why = "larger than --max-doc-bytes (" + size + " > " +
                          std::to_string(options_.max_doc_bytes) + " bytes)";
  report.diagnostics.warn("too-large", source, why + "; skipped");
  report.statuses.push_back({id, source, DocumentState::kSkipped, why});
}

void InputReader::read_path(const std::string& input, const Sink& sink, ReadReport& report,
                            const std::atomic<bool>* stop) const {
  if (input == "-") {
    // JSON Lines when the stream starts with '{', else the whole stream is one article.
    std::istream& in = std::cin;
    while (in.good() && std::isspace(in.peek())) in.get();
    if (in.peek() == '{') {
      read_jsonl(in, "-", "stdin", sink, report, stop);
    } else {
      std::string all;
      bool too_large = false;
      const std::uint64_t seen = bounded_read(in, all, options_.max_doc_bytes, too_large);
      if (too_large) return skip_too_large("-", "stdin", std::to_string(seen), report);
      read_article(std::move(all), "-", "stdin", DocumentFormat::kText, sink, report);
    }
    return;
  }
  std::error_code ec;
  const fs::path path(input);
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    report.diagnostics.error("missing-input", input, "no such file or directory");
    report.statuses.push_back({input, input, DocumentState::kFailed, "no such file or directory"});
    ++report.inputs_missing;
    return;
  }
  if (fs::is_directory(status)) {
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const std::string ext = lower_extension(it->path());
      if (is_jsonl(ext) || is_html(ext) || (is_text(ext) && !ext.empty())) files.push_back(it->path());
    }
    if (ec) report.diagnostics.warn("unreadable-dir", input, "could not list all of it: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      if (is_stopped(stop)) return;
      fs::path rel = without_compression_suffix(file.lexically_relative(path).string());
      rel.replace_extension();
      read_file(file.string(), rel.generic_string(), sink, report, stop);
    }
    return;
  }
  read_file(input, fs::path(without_compression_suffix(input)).stem().string(), sink, report, stop);
}

void InputReader::read_file(const std::string& path, const std::string& id, const Sink& sink,
                            ReadReport& report, const std::atomic<bool>* stop) const {
  const std::string ext = lower_extension(path);
  if (is_jsonl(ext)) {
    InputStream in(path);  // .gz and .zst are decompressed as they are read
    if (!in) {
      report.diagnostics.error("unreadable-input", path, "cannot open file");
      report.statuses.push_back({id, path, DocumentState::kFailed, "cannot open file"});
      ++report.inputs_missing;
      return;
    }
    read_jsonl(in, path, id, sink, report, stop);
    if (!in.error().empty()) report_corrupt(path, id, in.error(), report);
    return;
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && options_.max_doc_bytes != 0 && size > options_.max_doc_bytes) {
    return skip_too_large(path, id, std::to_string(size), report);
  }
  InputStream in(path);  // .gz and .zst are decompressed as they are read
  std::string content;
  bool too_large = false;
  // Bounded again while reading: the size above may be unknown (a FIFO) or have grown.
  const std::uint64_t seen = in ? bounded_read(in, content, options_.max_doc_bytes, too_large) : 0;
  if (!in.is_open() || in.bad()) {
    report.diagnostics.error("unreadable-input", path, "cannot read file");
    report.statuses.push_back({id, path, DocumentState::kFailed, "cannot read file"});
    ++report.inputs_missing;
    return;
  }
  if (!in.error().empty()) return report_corrupt(path, id, in.error(), report);
  if (too_large) return skip_too_large(path, id, std::to_string(seen), report);
  read_article(std::move(content), path, id, is_html(ext) ? DocumentFormat::kHtml : DocumentFormat::kText,
               sink, report);
}

void InputReader::read_article(std::string bytes, const std::string& source, const std::string& id,
                               DocumentFormat format, const Sink& sink, ReadReport& report) const {
  if (looks_binary(bytes)) {
    report.diagnostics.warn("binary-input", source, "looks like binary data, not text; skipped");
    report.statuses.push_back({id, source, DocumentState::kSkipped, "binary data"});
    return;
  }
  Document doc;
  doc.info.id = id;
  doc.info.source = source;
  doc.format = format;
  DocumentState state = DocumentState::kOk;
  std::string reason;
  RepairedText repaired = repair_utf8(bytes);
  if (repaired.invalid_sequences) {
    report.diagnostics.warn("invalid-utf8", source,
                            std::to_string(repaired.invalid_sequences) +
                                " invalid UTF-8 sequences replaced by U+FFFD");
    state = DocumentState::kPartial;
    reason = "invalid UTF-8 repaired";
  }
  if (format == DocumentFormat::kHtml) {
    HtmlContent html = html_to_text(repaired.text);
    if (!html.parsed) {
      report.diagnostics.warn("bad-html", source, "HTML could not be parsed; skipped");
      report.statuses.push_back({id, source, DocumentState::kSkipped, "unparseable HTML"});
      return;
    }
    if (html.truncated) {
      report.diagnostics.warn("html-truncated", source,
                              "HTML nested deeper than 256 elements (or a huge text node): "
                              "the parser stopped there, the text after it is dropped");
      state = DocumentState::kPartial;
      reason = "HTML cut short at the parser's depth or size limit";
    }
    doc.text = std::move(html.text);
    doc.info.title = std::move(html.title);
    doc.info.url = std::move(html.url);
    doc.info.date = parse_date_text(html.date);
    doc.info.authors = std::move(html.authors);
    if (!html.site_name.empty()) doc.outlet_names.push_back(std::move(html.site_name));
  } else {
    doc.text = std::move(repaired.text);
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    report.diagnostics.warn("empty-input", source, "no text; skipped");
    report.statuses.push_back({id, source, DocumentState::kSkipped, reason.empty() ? "empty" : "empty; " + reason});
    return;
  }
  doc.info.bytes = doc.text.size();
  report.statuses.push_back({id, source, state, reason});
  sink(std::move(doc));
}

void InputReader::read_jsonl(std::istream& in, const std::string& name, const std::string& id_prefix,
                             const Sink& sink, ReadReport& report,
                             const std::atomic<bool>* stop) const {
  std::string line;
  std::size_t line_no = 0;
  bool too_long = false;
  while (!is_stopped(stop) && bounded_getline(in, line, options_.max_doc_bytes, too_long)) {
    ++line_no;
    const std::string where = name + ":" + std::to_string(line_no);
    const std::string fallback_id = id_prefix + ":" + std::to_string(line_no);
    if (too_long) {
      const std::string why = "line longer than --max-doc-bytes (" +
                              std::to_string(options_.max_doc_bytes) + " bytes)";
      report.diagnostics.warn("too-large", where, why + "; skipped");
      report.statuses.push_back({fallback_id, where, DocumentState::kSkipped, why});
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document obj;
    obj.Parse(line.data(), line.size());
    if (obj.HasParseError() || !obj.IsObject()) {
      report.diagnostics.warn("bad-json-line", where, "not a JSON object; line skipped");
      report.statuses.push_back({fallback_id, where, DocumentState::kSkipped, "malformed JSON"});
      continue;
    }
    std::string id = json_text(obj, "id");
    if (id.empty()) id = fallback_id;
    std::string text = json_text(obj, "text");
    DocumentFormat format = DocumentFormat::kText;
    if (text.empty()) {
      text = json_text(obj, "html");
      format = DocumentFormat::kHtml;
    }
    if (text.empty()) {
      report.diagnostics.warn("no-text", where, "neither \"text\" nor \"html\"; line skipped");
      report.statuses.push_back({id, where, DocumentState::kSkipped, "no text"});
      continue;
    }
    // Container metadata is applied after the article's own, so it wins.
    const std::string url = json_text(obj, "url"), title = json_text(obj, "title");
    const std::string date_text = json_text(obj, "date");
    const auto outlets = json_text_list(obj, "outlet");
    const auto authors = json_text_list(obj, "authors");
    read_article(std::move(text), where, id, format,
                 [&](Document&& doc) {
                   if (!url.empty()) doc.info.url = url;
                   if (!title.empty()) doc.info.title = title;
                   if (auto d = parse_date_text(date_text)) doc.info.date = d;
                   else if (!date_text.empty())
                     report.diagnostics.warn("bad-date", where, "unrecognised date \"" + date_text + "\"");
                   if (!outlets.empty()) doc.outlet_names = outlets;
                   if (!authors.empty()) doc.info.authors = authors;
                   sink(std::move(doc));
                 },
                 report);
  }
}

}  // namespace newsgraph::extract
