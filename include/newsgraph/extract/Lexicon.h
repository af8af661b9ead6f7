// Lexicon: known entities from schemas/lexicons/*.json plus user files (--lexicon FILE),
// each validated against schemas/lexicon.schema.json and the ontology.
//
//   auto lex = Lexicon::load(schemas_dir, ontology, {"my-people.json"});
//   lex->find("vladimir-putin")->roles[0]  -> {office "president", country "russia", 2000-05-07..}
//
// Built-in files may not define one id twice; a user file's entry replaces the built-in
// entry with the same id (so users can correct or extend what ships).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/Date.h"
#include "newsgraph/core/Result.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::extract {

struct LexiconRole {
  std::string office;        // "president", "foreign-minister", ...
  std::string title;         // "Secretary of State"
  graph::TypeId type = 0;
  std::string country;       // entry id
  std::string organisation;  // entry id
  std::optional<Date> from, to;

  // Whether the role was held on `date` (unknown bounds count as open).
  bool held_on(const Date& date) const;
};

struct LexiconEntry {
  std::string id;
  graph::TypeId type = 0;
  std::string name;
  std::vector<std::string> aliases, acronyms, demonyms, metonyms, ambiguous, domains, parties;
  std::string surname;  // empty when not a person
  std::string country, kind;
  std::vector<LexiconRole> roles;
  std::optional<Date> from, to;
  std::string source;   // the file that defined it

  bool is_ambiguous(std::string_view surface) const;
};

class Lexicon {
 public:
  static Result<Lexicon> load(const std::string& schemas_dir, const graph::Ontology& ontology,
                              const std::vector<std::string>& user_files = {},
                              bool builtin = true);
  // Loads one file's entries (validated); exposed for tests and tools.
  static Result<std::vector<LexiconEntry>> load_file(const std::string& path,
                                                      const std::string& schema_path,
                                                      const graph::Ontology& ontology);
  explicit Lexicon(std::vector<LexiconEntry> entries);
  Lexicon() = default;

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const LexiconEntry* find(std::string_view id) const;
  std::optional<std::size_t> index_of(std::string_view id) const;

 private:
  std::vector<LexiconEntry> entries_;  // sorted by id
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace newsgraph::extract
