#include "RuleExtractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "TimeExpressions.h"
#include "newsgraph/core/Text.h"

namespace newsgraph::extract {

Result<std::unique_ptr<Extractor>> RuleExtractor::load(const ExtractorConfig& config) {
  const graph::Ontology& onto = *config.ontology;
  auto lexicon = Lexicon::load(config.schemas_dir, onto, config.user_lexicons, config.builtin_lexicons);
  if (!lexicon) return lexicon.error();
  auto text = TextRules::load(config.schemas_dir);
  if (!text) return text.error();
  auto names = NameRules::load(config.schemas_dir);
  if (!names) return names.error();
  auto roles = RoleLexicon::load(config.schemas_dir, onto);
  if (!roles) return roles.error();
  auto triggers = Triggers::load(config.schemas_dir, onto);
  if (!triggers) return triggers.error();

  Resources r{&onto, std::move(*lexicon), Gazetteer(Lexicon()), *text, SentenceSplitter(*text),
              std::move(*names), std::move(*roles), std::move(*triggers), EventIndex()};
  r.gazetteer = Gazetteer(r.lexicon);
  // The rules reason about these types by name; the ontology must have them.
  const std::pair<const char*, graph::TypeId*> needed[] = {
      {"leader", &r.leader}, {"official", &r.official}, {"expert", &r.expert},
      {"country", &r.country}, {"organisation", &r.organisation}, {"outlet", &r.outlet},
      {"treaty", &r.treaty}, {"event", &r.event}};
  for (const auto& [name, slot] : needed) {
    const auto id = onto.find_type(name);
    if (!id) {
      return make_error(ErrorCode::kSchema, config.schemas_dir + "/ontology.json",
                        std::string("the rule extractor needs node type '") + name + "'");
    }
    *slot = *id;
  }
  r.events = EventIndex(r.lexicon, r.event, r.roles.event_families());
  for (std::uint32_t i = 0; i < r.lexicon.entries().size(); ++i) {
    const LexiconEntry& e = r.lexicon.entries()[i];
    if (!r.is_person(e.type)) continue;
    for (const auto& role : e.roles) {
      auto& holders = r.office_holders[role.office];
      if (holders.empty() || holders.back() != i) holders.push_back(i);
      // "the Israeli leader" asks for any head of state or government.
      if (heads_state_or_government(role.office)) {
        auto& heads = r.office_holders["head-of-state"];
        if (heads.empty() || heads.back() != i) heads.push_back(i);
      }
    }
  }
  return std::unique_ptr<Extractor>(std::make_unique<RuleExtractor>(std::move(r), config.trace));
}

graph::DocGraph RuleExtractor::extract(const Document& document, Diagnostics& diagnostics) const {
  DocumentAnalysis a(document);
  a.layout = analyse_layout(a.text, r_.text);
  a.tokens = tokenize(a.text);
  a.sentences = r_.splitter.split(a.text, a.tokens);
  a.sentence_kind.reserve(a.sentences.size());
  for (const auto& s : a.sentences) a.sentence_kind.push_back(a.layout.kind_at(s.begin));
  a.date = document.info.date ? document.info.date : a.layout.date;
  find_mentions(r_, a);
  resolve_event_phrases(r_, a);
  resolve_entities(r_, a);
  find_relations(r_, a);
  if (trace_) trace(a, diagnostics);
  return assemble(a);
}

// One note per mention: where, what kind, which entity, and why it is or is not an actor.
void RuleExtractor::trace(const DocumentAnalysis& a, Diagnostics& diagnostics) const {
  static constexpr const char* kKinds[] = {"name", "acronym", "surname", "metonym", "demonym",
                                           "administration", "description", "pronoun"};
  for (const Mention& m : a.mentions) {
    std::string msg = "sentence " + std::to_string(m.sentence) + " \"" + a.span_text(m.span_first, m.span_last) +
                      "\" " + kKinds[static_cast<int>(m.kind)];
    msg += m.entity >= 0 ? " -> " + a.entities[static_cast<std::size_t>(m.entity)].key : " -> (none)";
    if (!m.role.empty()) msg += " role=\"" + m.role + "\"";
    if (m.attached) msg += " attached";
    if (m.locative) msg += " place";
    if (m.possessive) msg += " possessive";
    if (m.speech) msg += " quoted";
    diagnostics.note("trace", a.doc.info.id, msg);
  }
}

// Outlets that published the document: named by the container (JSONL "outlet",
// og:site_name) or by the page ("Source: ...", "appeared first on ...", a title suffix).
void RuleExtractor::add_publishers(DocumentAnalysis& a, graph::DocGraph& out) const {
  std::vector<std::string> names = a.doc.outlet_names;
  for (const auto& n : a.layout.outlet_names) names.push_back(n);
  std::set<std::string> keys;
  for (const auto& raw : names) {
    const NormalizedText n = normalize(raw);
    const auto tokens = tokenize(n.text);
    if (tokens.empty() || tokens.size() > 10) continue;
    std::vector<GazetteerMatch> matches;
    r_.gazetteer.match(n.text, tokens, 0, tokens.size() - 1, matches);
    std::string key, name;
    graph::TypeId type = r_.outlet;
    for (const auto& m : matches) {
      for (const auto& t : m.targets) {
        const LexiconEntry& e = r_.lexicon.entries()[t.entry];
        if ((e.type == r_.outlet || e.type == r_.organisation) && key.empty()) {
          key = r_.ontology->type(e.type).group + "/" + e.id;
          name = e.name;
          type = e.type;
        }
      }
    }
    const std::string surface(n.text);
    if (key.empty()) {
      // Not in the lexicon: a publisher by the name the page gives (if it reads as a name).
      bool name_like = false;
      for (std::size_t i = 0; i < surface.size();) {
        const char32_t cp = decode_utf8(surface, i);
        name_like = name_like || is_upper(cp) || (is_letter(cp) && cp > 0x2FF);
      }
      if (!name_like || slugify(surface).empty()) continue;
      key = r_.ontology->type(r_.outlet).group + "/" + slugify(surface);
    }
    if (!keys.insert(key).second) continue;
    out.document.outlets.push_back(key);
    graph::NodeRecord node;
    node.key = key;
    node.name = name;
    graph::Mention m;
    m.doc = a.doc.info.id;
    m.text = surface;
    m.type = r_.ontology->type(type).id;
    m.canonical = true;
    node.mentions.push_back(std::move(m));
    out.nodes.push_back(std::move(node));
  }
  std::sort(out.document.outlets.begin(), out.document.outlets.end());
}

graph::DocGraph RuleExtractor::assemble(DocumentAnalysis& a) const {
  graph::DocGraph out;
  out.document = a.doc.info;
  out.document.date = a.date;
  if (out.document.title.empty()) out.document.title = a.layout.title;
  if (out.document.authors.empty()) out.document.authors = a.layout.authors;
  add_publishers(a, out);

  // Nodes: entities named at least once as something other than a place.
  std::vector<bool> emitted(a.entities.size(), false);
  // Position of each key in out.nodes (the first one, as a linear search would find):
  // searching out.nodes for every entity was quadratic in long documents (issue 7).
  std::unordered_map<std::string, std::size_t> node_index;
  for (std::size_t i = 0; i < out.nodes.size(); ++i) node_index.emplace(out.nodes[i].key, i);
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& ent = a.entities[e];
    // Views into a.mentions, which does not change here: counting forms copied every
    // mention's text and role into the key (string_view orders as std::string does).
    std::map<std::tuple<std::string_view, std::string_view, bool>, std::uint32_t> forms;
    bool actor_somewhere = false, surname_only = true;
    const bool only_descriptions = std::all_of(ent.mentions.begin(), ent.mentions.end(), [&](auto mi) {
      const auto k = a.mentions[mi].kind;
      return k == MentionKind::kDescription || k == MentionKind::kPronoun;
    });
    for (auto mi : ent.mentions) {
      const Mention& m = a.mentions[mi];
      if (m.kind == MentionKind::kPronoun) continue;
      if (m.kind == MentionKind::kDescription && !only_descriptions) continue;
      actor_somewhere = actor_somewhere || !m.locative;
      surname_only = surname_only && m.kind == MentionKind::kSurname && m.office.empty();
      const bool canonical = m.kind == MentionKind::kName;
      ++forms[{m.text, r_.is_person(ent.type) ? std::string_view(m.role) : std::string_view(), canonical}];
    }
    if (forms.empty() || !actor_somewhere) continue;
    emitted[e] = true;
    graph::NodeRecord node;
    node.key = ent.key;
    if (ent.lexicon >= 0) {
      node.name = ent.name;
      node.attributes["lexicon_id"] = r_.entry(ent.lexicon).id;
    }
    if (surname_only && r_.is_person(ent.type)) {
      node.attributes["resolution"] = "weak";
      node.attributes["resolution_note"] = "named by surname only; resolved by the document date";
    }
    for (const auto& [form, count] : forms) {
      graph::Mention m;
      m.doc = a.doc.info.id;
      m.text = std::get<0>(form);
      m.role = std::get<1>(form);
      m.canonical = std::get<2>(form);
      m.type = r_.ontology->type(ent.type).id;
      m.count = count;
      node.mentions.push_back(std::move(m));
    }
    // A publisher node for the same key is merged at freeze; keep one record per key here.
    const auto found = node_index.find(node.key);
    if (found != node_index.end()) {
      auto same = out.nodes.begin() + static_cast<std::ptrdiff_t>(found->second);
      same->mentions.insert(same->mentions.end(), node.mentions.begin(), node.mentions.end());
      same->attributes.insert(node.attributes.begin(), node.attributes.end());
      if (same->name.empty()) same->name = node.name;
    } else {
      node_index.emplace(node.key, out.nodes.size());
      out.nodes.push_back(std::move(node));
    }
  }

  // Edges: one per (source, relation, target), one evidence per sentence.
  // Views into a.entities, a.relations and the ontology, which outlive `edges`.
  struct Found {
    std::string_view trigger;
    float confidence = 0;
  };
  std::map<std::tuple<std::string_view, std::string_view, std::string_view>, std::map<std::uint32_t, Found>> edges;
  for (const RelationFound& x : a.relations) {
    if (!emitted[x.source] || !emitted[x.target]) continue;
    auto& f = edges[{a.entities[x.source].key, r_.ontology->relation(x.relation).id, a.entities[x.target].key}][x.sentence];
    if (x.confidence > f.confidence) f = {x.trigger, x.confidence};
  }
  std::vector<std::uint32_t> bytes;
  for (const auto& [k, sentences] : edges) {
    for (const auto& [s, f] : sentences) {
      bytes.push_back(a.norm.original_offset(a.sentences[s].begin));
      bytes.push_back(a.norm.original_offset(a.sentences[s].end));
    }
  }
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  const std::vector<std::uint32_t> cps = code_point_offsets(a.doc.text, bytes);
  const auto cp_of = [&](std::uint32_t b) {
    return cps[static_cast<std::size_t>(std::lower_bound(bytes.begin(), bytes.end(), b) - bytes.begin())];
  };
  // A sentence is the evidence of several edges; work out its date once.
  std::unordered_map<std::uint32_t, std::optional<Date>> sentence_dates;
  const auto date_of = [&](std::uint32_t s) -> const std::optional<Date>& {
    auto [it, added] = sentence_dates.try_emplace(s);
    if (added) {
      const Sentence& sent = a.sentences[s];
      it->second = sentence_date(a.text, a.tokens, sent.first_token, sent.last_token, a.date);
    }
    return it->second;
  };
  for (const auto& [k, sentences] : edges) {
    graph::EdgeRecord e;
    std::tie(e.source, e.relation, e.target) = k;
    for (const auto& [s, f] : sentences) {
      const Sentence& sent = a.sentences[s];
      graph::Evidence ev;
      ev.doc = a.doc.info.id;
      const std::uint32_t b = a.norm.original_offset(sent.begin), en = a.norm.original_offset(sent.end);
      ev.sentence = a.doc.text.substr(b, en - b);
      ev.begin = cp_of(b);
      ev.end = cp_of(en);
      ev.date = date_of(s);
      if (!ev.date) ev.date = a.date;
      ev.trigger = f.trigger;
      ev.confidence = f.confidence;
      e.evidence.push_back(std::move(ev));
    }
    out.edges.push_back(std::move(e));
  }
  return out;
}

}  // namespace newsgraph::extract
