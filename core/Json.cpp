#include "newsgraph/core/Json.h"

#include <fstream>
#include <sstream>

#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace newsgraph {

namespace {

std::string pointer_text(const rapidjson::Pointer& pointer) {
  rapidjson::StringBuffer buffer;
  pointer.Stringify(buffer);
  return buffer.GetString();
}

std::string compact(const rapidjson::Value& value, std::size_t limit) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  std::string text = buffer.GetString();
  if (text.size() > limit) text = text.substr(0, limit) + "...";
  return text;
}

// "line L, column C" of a byte offset, for parse errors.
std::string line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCode::kIo, path, "cannot open file for reading");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return make_error(ErrorCode::kIo, path, "read failed");
  return content.str();
}

Result<rapidjson::Document> parse_json(std::string_view text, const std::string& where) {
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) {
    return make_error(ErrorCode::kParse, where + ":" + line_column(text, doc.GetErrorOffset()),
                      std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  return doc;
}

Result<rapidjson::Document> load_validated_json(const std::string& path,
                                                const std::string& schema_path) {
  auto schema_text = read_file(schema_path);
  if (!schema_text) return schema_text.error();
  auto schema_json = parse_json(*schema_text, schema_path);
  if (!schema_json) return schema_json.error();
  auto text = read_file(path);
  if (!text) return text.error();
  auto doc = parse_json(*text, path);
  if (!doc) return doc.error();

  const rapidjson::SchemaDocument schema(*schema_json);
  rapidjson::SchemaValidator validator(schema);
  if (!doc->Accept(validator)) {
    const std::string pointer = pointer_text(validator.GetInvalidDocumentPointer());
    const std::string keyword = validator.GetInvalidSchemaKeyword();
    const std::string schema_pointer = pointer_text(validator.GetInvalidSchemaPointer());
    std::string message = "does not satisfy '" + keyword + "' of " + schema_path + "#" +
                          schema_pointer;
    if (const rapidjson::Value* bad = validator.GetInvalidDocumentPointer().Get(*doc)) {
      message += " (value: " + compact(*bad, 80) + ")";
    }
    return make_error(ErrorCode::kSchema, json_where(path, pointer.empty() ? "/" : pointer),
                      message);
  }
  return doc;
}

std::string json_where(const std::string& file, const std::string& pointer) {
  return file + ":" + pointer;
}

std::string json_string(const rapidjson::Value& object, const char* name, std::string fallback) {
  if (!object.IsObject()) return fallback;
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsString()) return fallback;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool json_bool(const rapidjson::Value& object, const char* name, bool fallback) {
  if (!object.IsObject()) return fallback;
  const auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsBool() ? it->value.GetBool() : fallback;
}

std::int64_t json_int(const rapidjson::Value& object, const char* name, std::int64_t fallback) {
  if (!object.IsObject()) return fallback;
  const auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : fallback;
}

}  // namespace newsgraph
