// Loading JSON data files that must satisfy a JSON Schema.
//
//   auto doc = load_validated_json("schemas/ontology.json", "schemas/ontology.schema.json");
//   // on failure: "schemas/ontology.json:/relations/2/colour: does not match pattern ..."
//
// Data files (ontology, lexicons, trigger words, context) are validated when loaded, so a
// typo in a data file is an error naming the file and the JSON pointer of the fault.
#pragma once

#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "newsgraph/core/Result.h"

namespace newsgraph {

Result<std::string> read_file(const std::string& path);

// Parses text as JSON; `where` names the source in messages (file path).
Result<rapidjson::Document> parse_json(std::string_view text, const std::string& where);

// Reads and parses `path`, then validates it against the schema at `schema_path`.
Result<rapidjson::Document> load_validated_json(const std::string& path,
                                                const std::string& schema_path);

// "where:/pointer" for messages about a value found while walking a document.
std::string json_where(const std::string& file, const std::string& pointer);

// Small typed readers that return fallback when the member is absent or of another type.
std::string json_string(const rapidjson::Value& object, const char* name,
                        std::string fallback = {});
bool json_bool(const rapidjson::Value& object, const char* name, bool fallback);
std::int64_t json_int(const rapidjson::Value& object, const char* name, std::int64_t fallback);

}  // namespace newsgraph
