#include "RuleExtractor.h"

#include <algorithm>
#include <map>
#include <set>

#include "newsgraph/extract/DateParser.h"
#include "newsgraph/extract/Normalizer.h"

namespace newsgraph::extract {

namespace {

struct MentionSpan {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0, last = 0;  // tokens
  std::uint32_t entry = 0;
  SurfaceKind kind = SurfaceKind::kName;
};

bool full_name(SurfaceKind k) {
  return k == SurfaceKind::kName || k == SurfaceKind::kAlias || k == SurfaceKind::kAcronym;
}

}  // namespace

Result<std::unique_ptr<Extractor>> RuleExtractor::load(const ExtractorConfig& config) {
  auto lexicon = Lexicon::load(config.schemas_dir, *config.ontology, config.user_lexicons,
                               config.builtin_lexicons);
  if (!lexicon) return lexicon.error();
  auto splitter = SentenceSplitter::load(config.schemas_dir);
  if (!splitter) return splitter.error();
  auto triggers = Triggers::load(config.schemas_dir, *config.ontology);
  if (!triggers) return triggers.error();
  return std::unique_ptr<Extractor>(std::make_unique<RuleExtractor>(
      *config.ontology, std::move(*lexicon), std::move(*splitter), std::move(*triggers)));
}

RuleExtractor::RuleExtractor(const graph::Ontology& ontology, Lexicon lexicon,
                             SentenceSplitter splitter, Triggers triggers)
    : ontology_(ontology),
      lexicon_(std::move(lexicon)),
      gazetteer_(lexicon_),
      splitter_(std::move(splitter)),
      triggers_(std::move(triggers)) {}

graph::DocGraph RuleExtractor::extract(const Document& document, Diagnostics& diagnostics) const {
  (void)diagnostics;
  const NormalizedText norm = normalize(document.text);
  const std::string_view text = norm.text;
  const std::vector<Token> tokens = tokenize(text);
  const std::vector<Sentence> sentences = splitter_.split(text, tokens);
  const auto& entries = lexicon_.entries();

  graph::DocGraph out;
  out.document = document.info;
  if (!out.document.date) {
    // A dateline near the top: the first date in the first few sentences.
    for (std::size_t s = 0; s < sentences.size() && s < 8 && !out.document.date; ++s) {
      if (auto d = find_date_in_text(text.substr(sentences[s].begin, sentences[s].end - sentences[s].begin))) {
        out.document.date = d->date;
      }
    }
  }

  // Mentions from the gazetteer; unambiguous full names first, so surnames can be
  // resolved against the people the document names in full.
  std::vector<MentionSpan> candidates;
  std::set<std::uint32_t> named_in_full;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    std::vector<GazetteerMatch> matches;
    gazetteer_.match(text, tokens, sentences[s].first_token, sentences[s].last_token, matches);
    for (const auto& m : matches) {
      std::vector<SurfaceTarget> clear;
      for (const auto& t : m.targets) {
        if (!t.ambiguous) clear.push_back(t);
      }
      if (clear.size() != 1) {
        // Several entries share the surface: keep the one named in full in this document
        // (decided after all full names are known).
        for (const auto& t : clear) {
          candidates.push_back({s, m.first_token, m.last_token, t.entry, t.kind});
        }
        continue;
      }
      const SurfaceTarget& t = clear.front();
      if (full_name(t.kind)) named_in_full.insert(t.entry);
      candidates.push_back({s, m.first_token, m.last_token, t.entry, t.kind});
    }
  }
  std::vector<MentionSpan> mentions;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const MentionSpan& c = candidates[i];
    // Alternatives for the same span: keep the one the document names in full.
    std::size_t alternatives = 0;
    for (const auto& o : candidates) alternatives += o.first == c.first && o.sentence == c.sentence;
    if (alternatives > 1 && !named_in_full.count(c.entry)) continue;
    if (c.kind == SurfaceKind::kSurname && !named_in_full.count(c.entry)) continue;
    if (c.kind == SurfaceKind::kDemonym) {
      // Only the plural people-form stands for the country ("the Russians"), not the adjective.
      const std::string_view w = tokens[c.last].text(text);
      if (w.empty() || w.back() != 's') continue;
    }
    mentions.push_back(c);
  }

  // Nodes: one per lexicon entry, with every surface form and its count.
  std::map<std::uint32_t, std::map<std::pair<std::string, bool>, std::uint32_t>> surfaces;
  for (const auto& m : mentions) {
    const std::string surface(text.substr(tokens[m.first].begin, tokens[m.last].end - tokens[m.first].begin));
    ++surfaces[m.entry][{surface, full_name(m.kind) && m.kind != SurfaceKind::kAcronym}];
  }
  const auto key_of = [&](std::uint32_t entry) {
    return ontology_.type(entries[entry].type).group + "/" + entries[entry].id;
  };
  for (const auto& [entry, forms] : surfaces) {
    graph::NodeRecord node;
    node.key = key_of(entry);
    node.name = entries[entry].name;
    node.attributes["lexicon_id"] = entries[entry].id;
    for (const auto& [form, count] : forms) {
      graph::Mention m;
      m.doc = document.info.id;
      m.text = form.first;
      m.type = ontology_.type(entries[entry].type).id;
      m.count = count;
      m.canonical = form.second;
      node.mentions.push_back(std::move(m));
    }
    out.nodes.push_back(std::move(node));
  }

  // Outlets named by the container.
  for (const auto& name : document.outlet_names) {
    const NormalizedText n = normalize(name);
    const auto t = tokenize(n.text);
    if (t.empty()) continue;
    std::vector<GazetteerMatch> matches;
    gazetteer_.match(n.text, t, 0, t.size() - 1, matches);
    for (const auto& m : matches) {
      for (const auto& target : m.targets) {
        if (ontology_.type(entries[target.entry].type).id == "outlet") {
          out.document.outlets.push_back(key_of(target.entry));
        }
      }
    }
  }
  std::sort(out.document.outlets.begin(), out.document.outlets.end());
  out.document.outlets.erase(std::unique(out.document.outlets.begin(), out.document.outlets.end()),
                             out.document.outlets.end());

  // Relations: a trigger with actors before and after it in one sentence.
  std::map<std::tuple<std::string, graph::RelationId, std::string>, std::set<std::uint32_t>> found;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    std::vector<const MentionSpan*> in_sentence;
    for (const auto& m : mentions) {
      if (m.sentence == s) in_sentence.push_back(&m);
    }
    if (in_sentence.size() < 2) continue;
    for (std::uint32_t i = sentences[s].first_token; i <= sentences[s].last_token; ++i) {
      for (const TriggerHit& hit : triggers_.at(tokens, i, sentences[s].last_token)) {
        bool negated = false;
        for (std::uint32_t k = i > 3 ? i - 3 : 0; k < i && k >= sentences[s].first_token; ++k) {
          negated = negated || triggers_.is_negation(tokens[k].folded);
        }
        if (negated) continue;
        std::vector<const MentionSpan*> before, after;
        for (const auto* m : in_sentence) {
          (m->last < i ? before : after).push_back(m);
        }
        const auto& rel = ontology_.relation(hit.relation);
        const auto add = [&](const MentionSpan* a, const MentionSpan* b) {
          if (a->entry == b->entry) return;
          if (!ontology_.allows(hit.relation, entries[a->entry].type, entries[b->entry].type)) return;
          found[{key_of(a->entry), hit.relation, key_of(b->entry)}].insert(s);
        };
        if (!before.empty() && !after.empty()) {
          add(before.back(), after.front());
        } else if (rel.symmetric && after.empty() && before.size() >= 2) {
          add(before[before.size() - 2], before.back());
        }
      }
    }
  }

  // Evidence offsets: code points into the document as given.
  std::vector<std::uint32_t> bytes;
  for (const auto& [k, ss] : found) {
    for (auto s : ss) {
      bytes.push_back(norm.original_offset(sentences[s].begin));
      bytes.push_back(norm.original_offset(sentences[s].end));
    }
  }
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  const std::vector<std::uint32_t> cps = code_point_offsets(document.text, bytes);
  const auto cp_of = [&](std::uint32_t b) {
    return cps[static_cast<std::size_t>(std::lower_bound(bytes.begin(), bytes.end(), b) - bytes.begin())];
  };
  for (const auto& [k, ss] : found) {
    graph::EdgeRecord e;
    e.source = std::get<0>(k);
    e.relation = ontology_.relation(std::get<1>(k)).id;
    e.target = std::get<2>(k);
    for (auto s : ss) {
      graph::Evidence ev;
      ev.doc = document.info.id;
      const std::uint32_t b = norm.original_offset(sentences[s].begin);
      const std::uint32_t en = norm.original_offset(sentences[s].end);
      ev.sentence = document.text.substr(b, en - b);
      ev.begin = cp_of(b);
      ev.end = cp_of(en);
      ev.date = out.document.date;
      ev.confidence = 0.5f;
      e.evidence.push_back(std::move(ev));
    }
    out.edges.push_back(std::move(e));
  }
  return out;
}

}  // namespace newsgraph::extract
