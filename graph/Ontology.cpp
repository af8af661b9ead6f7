#include "newsgraph/graph/Ontology.h"

#include <algorithm>

#include "newsgraph/core/Json.h"

namespace newsgraph::graph {

Result<Ontology> Ontology::load(const std::string& schemas_dir) {
  return load_files(schemas_dir + "/ontology.json", schemas_dir + "/ontology.schema.json");
}

Result<Ontology> Ontology::load_files(const std::string& path, const std::string& schema_path) {
  auto doc = load_validated_json(path, schema_path);
  if (!doc) return doc.error();
  const rapidjson::Value& root = *doc;

  Ontology onto;
  onto.vocabulary_ = json_string(root, "vocabulary");
  const auto& types = root["node_types"].GetArray();
  if (types.Size() > 250) return make_error(ErrorCode::kSchema, path, "too many node types");
  for (rapidjson::SizeType i = 0; i < types.Size(); ++i) {
    const auto& t = types[i];
    NodeType type{json_string(t, "id"),          json_string(t, "label"),
                  json_string(t, "group"),       json_string(t, "description"),
                  json_string(t, "class"),       json_string(t, "schema_org"),
                  json_string(t, "colour"),      json_string(t, "shape"),
                  static_cast<int>(json_int(t, "rank", 0))};
    if (onto.find_type(type.id)) {
      return make_error(ErrorCode::kSchema,
                        json_where(path, "/node_types/" + std::to_string(i) + "/id"),
                        "duplicate node type '" + type.id + "'");
    }
    onto.node_types_.push_back(std::move(type));
  }

  const auto& relations = root["relations"].GetArray();
  for (rapidjson::SizeType i = 0; i < relations.Size(); ++i) {
    const auto& r = relations[i];
    const std::string where = "/relations/" + std::to_string(i);
    RelationType rel{json_string(r, "id"),       json_string(r, "label"),
                     json_string(r, "description"), json_string(r, "property"),
                     json_string(r, "colour"),   json_string(r, "style"),
                     json_bool(r, "symmetric", false), {}, {}};
    if (onto.find_relation(rel.id)) {
      return make_error(ErrorCode::kSchema, json_where(path, where + "/id"),
                        "duplicate relation '" + rel.id + "'");
    }
    for (const char* field : {"source_types", "target_types"}) {
      auto& out = std::string_view(field) == "source_types" ? rel.source_types : rel.target_types;
      const auto& list = r[field].GetArray();
      for (rapidjson::SizeType k = 0; k < list.Size(); ++k) {
        const std::string name = list[k].GetString();
        const auto id = onto.find_type(name);
        if (!id) {
          return make_error(ErrorCode::kSchema,
                            json_where(path, where + "/" + field + "/" + std::to_string(k)),
                            "unknown node type '" + name + "'");
        }
        out.push_back(*id);
      }
    }
    onto.relations_.push_back(std::move(rel));
  }
  if (onto.relations_.size() > 250) return make_error(ErrorCode::kSchema, path, "too many relations");
  return onto;
}

std::optional<TypeId> Ontology::find_type(std::string_view id) const {
  for (std::size_t i = 0; i < node_types_.size(); ++i) {
    if (node_types_[i].id == id) return static_cast<TypeId>(i);
  }
  return std::nullopt;
}

std::optional<RelationId> Ontology::find_relation(std::string_view id) const {
  for (std::size_t i = 0; i < relations_.size(); ++i) {
    if (relations_[i].id == id) return static_cast<RelationId>(i);
  }
  return std::nullopt;
}

bool Ontology::allows(RelationId relation, TypeId source, TypeId target) const {
  const RelationType& r = relations_[relation];
  const auto has = [](const std::vector<TypeId>& v, TypeId t) {
    return std::find(v.begin(), v.end(), t) != v.end();
  };
  if (has(r.source_types, source) && has(r.target_types, target)) return true;
  return r.symmetric && has(r.source_types, target) && has(r.target_types, source);
}

}  // namespace newsgraph::graph
