// The per-document working state shared by the extraction stages (internal to extract/).
//
// Stages run in order over one DocumentAnalysis; each reads what earlier stages wrote
// and refers to it by index (tokens, sentences, mentions, entities), never by pointer:
//
//   layout -> tokens/sentences -> mentions (find_mentions, resolve_event_phrases)
//   -> entities (resolve_entities)
//   -> relations (find_relations) -> DocGraph (RuleExtractor)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "EventIndex.h"
#include "Layout.h"
#include "NameRules.h"
#include "newsgraph/core/Date.h"
#include "newsgraph/extract/Document.h"
#include "newsgraph/extract/Gazetteer.h"
#include "newsgraph/extract/Lexicon.h"
#include "newsgraph/extract/Normalizer.h"
#include "newsgraph/extract/SentenceSplitter.h"
#include "newsgraph/extract/TextRules.h"
#include "newsgraph/extract/Triggers.h"
#include "newsgraph/graph/Ontology.h"

namespace newsgraph::extract {

// Everything extraction needs, built once and shared read-only by all threads.
// Offices that head a state or government: what "the Israeli leader" (office
// "head-of-state") may mean.
inline bool heads_state_or_government(std::string_view office) {
  return office == "president" || office == "prime-minister" || office == "chancellor" || office == "monarch" ||
         office == "supreme-leader" || office == "head-of-state";
}

struct Resources {
  const graph::Ontology* ontology = nullptr;
  Lexicon lexicon;
  Gazetteer gazetteer;
  TextRules text;
  SentenceSplitter splitter;
  NameRules names;
  RoleLexicon roles;
  Triggers triggers;
  EventIndex events;
  // Node type ids the rules reason about, resolved by name through the ontology at load.
  graph::TypeId leader = 0, official = 0, expert = 0, country = 0, organisation = 0, outlet = 0,
                treaty = 0, event = 0;
  // Person entries by office they ever held: "the Russian president" is looked up among a
  // handful of holders, not across the whole lexicon.
  std::unordered_map<std::string, std::vector<std::uint32_t>> office_holders = {};

  bool is_person(graph::TypeId t) const { return t == leader || t == official || t == expert; }
  const LexiconEntry& entry(std::int32_t i) const { return lexicon.entries()[static_cast<std::size_t>(i)]; }
  const std::vector<std::uint32_t>& holders_of(const std::string& office) const {
    static const std::vector<std::uint32_t> kNobody;
    const auto it = office_holders.find(office);
    return it == office_holders.end() ? kNobody : it->second;
  }
};

enum class MentionKind : std::uint8_t {
  kName,            // a full name (lexicon name or alias, or a recognised new name)
  kAcronym,         // "NATO", "U.S."
  kSurname,         // "Putin", "Lavrov" (title + surname included)
  kMetonym,         // "Moscow", "the Kremlin" for Russia
  kDemonym,         // "the Russians" for Russia
  kAdministration,  // "the Trump administration" for the United States
  kDescription,     // "the Russian president": a role standing for a person
  kPronoun,         // he, his, she, her: only ever a relation argument
};

struct Mention {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0, last = 0;            // tokens of the name itself
  std::uint32_t span_first = 0, span_last = 0;  // with attached titles and appositions
  MentionKind kind = MentionKind::kName;
  std::vector<std::uint32_t> candidates;  // lexicon entries this surface can mean
  bool ambiguous = false;                 // every candidate marked the surface ambiguous
  std::int32_t lexicon = -1;              // the chosen entry, once decided
  graph::TypeId type = 0;                 // the type this mention suggests
  bool typed = false;                     // `type` is set
  std::string role;                       // title or role written with it
  std::string office;                     // office id of that role
  std::int32_t role_country = -1;         // country entry the role is for ("Russian", "of Syria")
  std::int32_t role_org = -1;             // organisation entry the role is in
  bool role_is_head = false;              // head of state or government with a country
  bool role_past = false;                 // "former", "who served as"
  bool speech = false;                    // quoted: next to a speech verb
  bool locative = false;                  // a place, not an actor ("in Finland", "Osaka, Japan")
  bool attached = false;                  // part of another mention's title or apposition
  bool possessive = false;                // followed by 's
  std::uint8_t pair = 0;                  // "the two men": 1 people, 2 countries, 3 leaders, 4 officials ...
  std::uint8_t pair_index = 0;            // ... and which of the two this mention stands for
  std::int32_t entity = -1;               // resolved entity
  std::string text;                       // the surface as written (normalised)
};

struct Entity {
  std::string key;
  std::string name;             // lexicon name or fullest surface
  graph::TypeId type = 0;
  std::int32_t lexicon = -1;
  std::vector<std::uint32_t> mentions;
  bool weak = false;            // resolved on thin evidence: reported, never merged on it
  std::string weak_note;
};

struct RelationFound {
  std::uint32_t source = 0, target = 0;  // entities
  graph::RelationId relation = 0;
  std::uint32_t sentence = 0;
  std::string trigger;
  float confidence = 0.5f;
};

struct DocumentAnalysis {
  explicit DocumentAnalysis(const Document& d) : doc(d), norm(normalize(d.text)), text(norm.text) {}

  const Document& doc;
  NormalizedText norm;
  std::string_view text;
  LayoutResult layout;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<LineKind> sentence_kind;
  std::optional<Date> date;
  std::vector<std::int32_t> token_country;  // country entry a lexicon match gives each token, or -1
  std::vector<Mention> mentions;  // in text order
  std::vector<Entity> entities;
  std::vector<RelationFound> relations;

  std::string_view token_text(std::size_t i) const { return tokens[i].text(text); }
  std::string span_text(std::size_t first, std::size_t last) const {
    return std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
  }
  bool extractable(std::size_t sentence) const {
    return sentence_kind[sentence] == LineKind::kBody || sentence_kind[sentence] == LineKind::kTitle;
  }
};

// Stages, in the order they run.
void find_mentions(const Resources& r, DocumentAnalysis& a);
void resolve_event_phrases(const Resources& r, DocumentAnalysis& a);
void resolve_entities(const Resources& r, DocumentAnalysis& a);
void find_relations(const Resources& r, DocumentAnalysis& a);

}  // namespace newsgraph::extract
