#include "newsgraph/extract/Lexicon.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "newsgraph/core/Json.h"

namespace newsgraph::extract {

namespace fs = std::filesystem;

bool LexiconRole::held_on(const Date& date) const {
  if (from && date.to_days() < from->to_days()) return false;
  if (to && date.to_days() > to->last_day()) return false;
  return true;
}

bool LexiconEntry::is_ambiguous(std::string_view surface) const {
  return std::find(ambiguous.begin(), ambiguous.end(), surface) != ambiguous.end();
}

namespace {

std::vector<std::string> strings(const rapidjson::Value& obj, const char* name) {
  std::vector<std::string> out;
  const auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::optional<Date> date_member(const rapidjson::Value& obj, const char* name) {
  const std::string s = json_string(obj, name);
  return s.empty() ? std::nullopt : Date::parse_iso(s);
}

}  // namespace

Result<std::vector<LexiconEntry>> Lexicon::load_file(const std::string& path,
                                                      const std::string& schema_path,
                                                      const graph::Ontology& ontology) {
  auto doc = load_validated_json(path, schema_path);
  if (!doc) return doc.error();
  std::vector<LexiconEntry> out;
  const auto& entries = (*doc)["entries"].GetArray();
  for (rapidjson::SizeType i = 0; i < entries.Size(); ++i) {
    const auto& e = entries[i];
    const std::string at = "/entries/" + std::to_string(i);
    LexiconEntry entry;
    entry.id = json_string(e, "id");
    const std::string type = json_string(e, "type");
    const auto type_id = ontology.find_type(type);
    if (!type_id) {
      return make_error(ErrorCode::kSchema, json_where(path, at + "/type"),
                        "unknown node type '" + type + "' (not in the ontology)");
    }
    entry.type = *type_id;
    entry.name = json_string(e, "name");
    entry.aliases = strings(e, "aliases");
    entry.acronyms = strings(e, "acronyms");
    entry.demonyms = strings(e, "demonyms");
    entry.metonyms = strings(e, "metonyms");
    entry.ambiguous = strings(e, "ambiguous");
    entry.domains = strings(e, "domains");
    entry.parties = strings(e, "parties");
    entry.country = json_string(e, "country");
    entry.kind = json_string(e, "kind");
    entry.from = date_member(e, "from");
    entry.to = date_member(e, "to");
    entry.source = path;
    if (ontology.type(entry.type).group == "person") {
      entry.surname = json_string(e, "surname");
      if (entry.surname.empty()) {
        const auto space = entry.name.rfind(' ');
        entry.surname = space == std::string::npos ? entry.name : entry.name.substr(space + 1);
      }
    }
    if (const auto roles = e.FindMember("roles"); roles != e.MemberEnd()) {
      for (rapidjson::SizeType k = 0; k < roles->value.Size(); ++k) {
        const auto& r = roles->value[k];
        LexiconRole role;
        role.office = json_string(r, "office");
        role.title = json_string(r, "title");
        const std::string rtype = json_string(r, "type");
        const auto rtype_id = ontology.find_type(rtype);
        if (!rtype_id) {
          return make_error(ErrorCode::kSchema,
                            json_where(path, at + "/roles/" + std::to_string(k) + "/type"),
                            "unknown node type '" + rtype + "' (not in the ontology)");
        }
        role.type = *rtype_id;
        role.country = json_string(r, "country");
        role.organisation = json_string(r, "organisation");
        role.from = date_member(r, "from");
        role.to = date_member(r, "to");
        entry.roles.push_back(std::move(role));
      }
    }
    out.push_back(std::move(entry));
  }
  return out;
}

Result<Lexicon> Lexicon::load(const std::string& schemas_dir, const graph::Ontology& ontology,
                              const std::vector<std::string>& user_files, bool builtin) {
  const std::string schema = schemas_dir + "/lexicon.schema.json";
  std::vector<std::string> builtin_files;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(schemas_dir + "/lexicons", ec)) {
    if (builtin && f.path().extension() == ".json") builtin_files.push_back(f.path().string());
  }
  std::sort(builtin_files.begin(), builtin_files.end());

  std::map<std::string, LexiconEntry> by_id;
  for (const auto& file : builtin_files) {
    auto entries = load_file(file, schema, ontology);
    if (!entries) return entries.error();
    for (auto& e : *entries) {
      if (auto it = by_id.find(e.id); it != by_id.end()) {
        return make_error(ErrorCode::kSchema, file,
                          "entry id '" + e.id + "' is also defined in " + it->second.source);
      }
      by_id.emplace(e.id, std::move(e));
    }
  }
  for (const auto& file : user_files) {
    auto entries = load_file(file, schema, ontology);
    if (!entries) return entries.error();
    for (auto& e : *entries) by_id[e.id] = std::move(e);  // user entries replace built-ins
  }
  std::vector<LexiconEntry> all;
  all.reserve(by_id.size());
  for (auto& [id, e] : by_id) all.push_back(std::move(e));
  return Lexicon(std::move(all));
}

Lexicon::Lexicon(std::vector<LexiconEntry> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(),
            [](const LexiconEntry& a, const LexiconEntry& b) { return a.id < b.id; });
  for (std::size_t i = 0; i < entries_.size(); ++i) index_.emplace(entries_[i].id, i);
}

const LexiconEntry* Lexicon::find(std::string_view id) const {
  const auto i = index_of(id);
  return i ? &entries_[*i] : nullptr;
}

std::optional<std::size_t> Lexicon::index_of(std::string_view id) const {
  const auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

}  // namespace newsgraph::extract
