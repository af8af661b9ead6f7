// Ontology: the node types and relation types a graph may contain, loaded from
// schemas/ontology.json and validated against schemas/ontology.schema.json.
//
//   auto onto = Ontology::load(schemas_dir);
//   onto->node_type("leader")      -> TypeId 0 (colour "#D62728", class "Leader", group "person")
//   onto->relation("spoke-with")   -> RelationId 0 (symmetric)
//
// Code names types only through the ontology: an unknown name is a load error in data files
// and nullopt here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/core/Result.h"

namespace newsgraph::graph {

using TypeId = std::uint8_t;
using RelationId = std::uint8_t;

struct NodeType {
  std::string id, label, group, description, class_name, schema_org, colour, shape;
  int rank = 0;
};

struct RelationType {
  std::string id, label, description, property, colour, style;
  bool symmetric = false;
  std::vector<TypeId> source_types, target_types;
};

class Ontology {
 public:
  // Loads <schemas_dir>/ontology.json, validated by <schemas_dir>/ontology.schema.json.
  static Result<Ontology> load(const std::string& schemas_dir);
  static Result<Ontology> load_files(const std::string& path, const std::string& schema_path);

  const std::string& vocabulary() const { return vocabulary_; }
  const std::vector<NodeType>& node_types() const { return node_types_; }
  const std::vector<RelationType>& relations() const { return relations_; }
  const NodeType& type(TypeId id) const { return node_types_[id]; }
  const RelationType& relation(RelationId id) const { return relations_[id]; }

  std::optional<TypeId> find_type(std::string_view id) const;
  std::optional<RelationId> find_relation(std::string_view id) const;
  // Whether a relation may join these types (checked before an edge is added).
  bool allows(RelationId relation, TypeId source, TypeId target) const;
  bool same_group(TypeId a, TypeId b) const { return type(a).group == type(b).group; }

 private:
  std::string vocabulary_;
  std::vector<NodeType> node_types_;
  std::vector<RelationType> relations_;
};

}  // namespace newsgraph::graph
