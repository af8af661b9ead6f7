// find_relations: relations between the entities of one sentence, from trigger words and
// the shape of the clause around them.
//
//   "Putin and Trump spoke by telephone."                 -> Putin spoke-with Trump
//   "Pompeo met Lavrov and Wang Yi."                      -> Pompeo spoke-with Lavrov, Wang Yi
//   "Russia's negotiations with Choe Son Hui"             -> Russia spoke-with Choe Son Hui
//   "a dialogue between Moscow and Riyadh"                -> Russia spoke-with Saudi Arabia
//   "Pompeo's meeting with Putin"                         -> Pompeo spoke-with Putin
//   "Lavrov was criticised by Blinken"                    -> Blinken criticised Lavrov
//   "Putin is ready to speak with Trump"                  -> Putin proposed Trump (an offer)
//   "Biden did not meet Xi" / "Biden would meet Xi"       -> nothing (not a fact)
//
// Arguments are coordination groups of actor mentions ("Putin, Lavrov and Wang Yi");
// mentions inside titles and appositions, places ("in Finland") and adjectives are not
// actors. The subject is the nearest group before the trigger in its clause, unless that
// group was the object of an earlier trigger joined by "and" (a shared subject); the
// object is the first group after it, reached without crossing another preposition.
#include <algorithm>
#include <map>
#include <set>
#include <span>

#include "Analysis.h"
#include "newsgraph/extract/WordSet.h"

namespace newsgraph::extract {

namespace {

bool clause_boundary(std::string_view f) {
  return one_of(f, {";", ":", "but", "while", "whereas", "although", "though", "because", "which",
                    "when", "where", "whom", "whose", "unless", "(", ")", "\"", "yet", "however"});
}

bool blocking_preposition(std::string_view f) {
  return one_of(f, {"in", "on", "at", "by", "from", "after", "before", "during", "since", "about",
                    "over", "into", "under", "through", "via", "despite", "amid", "among", "than",
                    "of", "for", "to", "with", "between", "against", "toward", "towards",
                    "as", "per", "without", "within", "behind", "beyond", "across", "upon"});
}

// Words that may stand between a verb and its direct object ("met his Russian counterpart").
bool object_filler(std::string_view f) {
  return one_of(f, {"the", "a", "an", "his", "her", "its", "their", "both", "all", "also", "again",
                    "directly", "personally", "once", "twice", "repeatedly", "then", "later",
                    "fully", "publicly", "privately", "jointly", "separately"});
}

bool connector(std::string_view f) {
  return one_of(f, {",", "and", "as", "well", "along", "together", "both", "the", "&", "also"});
}

struct Group {
  std::vector<std::uint32_t> mentions;  // indices into a.mentions
  std::uint32_t first = 0, last = 0;    // token span
  bool possessive = false;              // "Russia's", "Pompeo's"
};

// The document's mention indices per sentence, ascending. Scanning all of the document's
// mentions for each sentence made long documents quadratic (issue 7). The lists are spans
// of one array: a vector per sentence was an allocation (and a free) per sentence.
class MentionsBySentence {
 public:
  explicit MentionsBySentence(const DocumentAnalysis& a) : starts_(a.sentences.size() + 1, 0) {
    const std::size_t n = a.sentences.size();
    for (const Mention& m : a.mentions) {
      if (m.sentence < n) ++starts_[m.sentence + 1];
    }
    for (std::size_t s = 1; s <= n; ++s) starts_[s] += starts_[s - 1];
    indices_.resize(starts_[n]);
    std::vector<std::uint32_t> next(starts_.begin(), starts_.end() - 1);  // where each list goes on
    for (std::uint32_t k = 0; k < a.mentions.size(); ++k) {
      if (a.mentions[k].sentence < n) indices_[next[a.mentions[k].sentence]++] = k;
    }
  }

  std::span<const std::uint32_t> operator[](std::size_t s) const {
    return std::span<const std::uint32_t>(indices_).subspan(starts_[s], starts_[s + 1] - starts_[s]);
  }

 private:
  std::vector<std::uint32_t> starts_;   // sentence s's list is indices_[starts_[s], starts_[s + 1])
  std::vector<std::uint32_t> indices_;
};

class SentenceRelations {
 public:
  SentenceRelations(const Resources& r, DocumentAnalysis& a, std::uint32_t s,
                    const MentionsBySentence& by_sentence)
      : r_(r),
        a_(a),
        s_(s),
        first_(a.sentences[s].first_token),
        last_(a.sentences[s].last_token),
        here_(by_sentence[s]),
        previous_(s > 0 ? by_sentence[s - 1] : std::span<const std::uint32_t>()),
        proposed_(r.ontology->find_relation("proposed")) {}

  void run() {
    build_groups();
    if (groups_.empty()) return;
    std::set<std::pair<std::size_t, std::size_t>> used_triggers;
    for (std::uint32_t i = first_; i <= last_; ++i) {
      const auto hits = r_.triggers.at(a_.tokens, i, last_);
      if (hits.empty()) continue;
      // A trigger inside a mention ("Joint Statement", "the Kremlin's website") is a name;
      // but "the talks" read as a reference to the article's event is still the noun of
      // "the talks took place in Oslo between X and Y".
      const Cover cover = covered(i);
      if (cover == Cover::kName) continue;
      // "this call", "their meeting": after a determiner the word is a noun, not a verb.
      const bool determined = i > first_ && one_of(f(i - 1), {"this", "that", "the", "a", "an", "his", "her",
                                                              "their", "its", "our", "these", "those", "'s"});
      std::set<std::pair<graph::RelationId, bool>> done;  // a word may be a verb and a noun
      for (const TriggerHit& hit : hits) {
        if (hit.verb && (determined || cover == Cover::kEventReference)) continue;
        if (!done.insert({hit.relation, hit.verb}).second) continue;
        handle(i, hit, /*between_only=*/cover == Cover::kEventReference);
      }
      i += hits.front().length - 1;
    }
    for (std::uint32_t i = first_; i <= last_; ++i) {
      if (r_.triggers.is_labelling_verb(f(i))) labelling(i);
      else if (r_.roles.is_speech_verb(f(i))) spoken_label(i);
    }
  }

 private:
  const Token& tok(std::size_t i) const { return a_.tokens[i]; }
  std::string_view f(std::size_t i) const { return a_.tokens[i].folded; }

  // What covers token i: nothing, only references to an event by its kind ("the talks"),
  // or a name or other mention.
  enum class Cover { kNone, kEventReference, kName };
  Cover covered(std::size_t i) const {
    Cover cover = Cover::kNone;
    for (const std::uint32_t k : here_) {
      const Mention& m = a_.mentions[k];
      if (m.sentence != s_ || m.kind == MentionKind::kPronoun || i < m.first || i > m.last)
        continue;
      if (m.kind != MentionKind::kDescription || m.role != "event-reference") return Cover::kName;
      cover = Cover::kEventReference;
    }
    return cover;
  }

  bool actor(const Mention& m) const {
    if (m.entity < 0 || m.attached || m.locative) return false;
    // "his", "her": a possessor (read by noun()), not an actor of its own.
    return !(m.kind == MentionKind::kPronoun && m.possessive);
  }

  // Runs for every sentence: the working lists are reserved up front and groups moved,
  // not copied (profiled: ~13 allocations per sentence, ~3% of extraction with free()).
  void build_groups() {
    std::vector<std::uint32_t> actors;
    actors.reserve(here_.size());
    for (const std::uint32_t k : here_) {
      const Mention& m = a_.mentions[k];
      if (m.sentence != s_ || !actor(m)) continue;
      actors.push_back(k);
    }
    // "Russia's Vladimir Putin": the country only qualifies the person.
    // The person's words then start at the country, for joining lists ("Nigeria's Buhari,
    // Ghana's Mahama and ...").
    std::vector<std::uint32_t> kept;
    kept.reserve(actors.size());
    std::map<std::uint32_t, std::uint32_t> starts_at;
    for (std::size_t k = 0; k < actors.size(); ++k) {
      const Mention& m = a_.mentions[actors[k]];
      if (m.possessive && k + 1 < actors.size()) {
        const Mention& next = a_.mentions[actors[k + 1]];
        const bool country = a_.entities[static_cast<std::size_t>(m.entity)].type == r_.country;
        const bool person = r_.is_person(a_.entities[static_cast<std::size_t>(next.entity)].type);
        if (country && person && next.span_first == m.last + 2) {
          starts_at[actors[k + 1]] = m.span_first;
          continue;
        }
      }
      kept.push_back(actors[k]);
    }
    // Coordination: "X and Y", "X, Y and Z", "X as well as Y". A comma alone joins only
    // inside a list that an "and" closes ("with Trump, Putin had..." is two groups).
    // Per group: whether a join other than a bare comma ("and", "as well as", the same
    // words) closed its list.
    std::vector<bool> closed;
    for (std::uint32_t k : kept) {
      const Mention& m = a_.mentions[k];
      const auto start_it = starts_at.find(k);
      const std::uint32_t start = start_it == starts_at.end() ? m.span_first : start_it->second;
      if (!groups_.empty()) {
        Group& g = groups_.back();
        if (m.span_first <= g.last) {  // the same words ("the Trump and Putin administrations")
          g.mentions.push_back(k);
          g.last = std::max(g.last, m.span_last);
          closed.back() = true;
          continue;
        }
        bool joined = !g.possessive, and_seen = false, conjunction = false;
        for (std::uint32_t t = g.last + 1; t < start && joined; ++t) {
          joined = connector(f(t));
          and_seen = and_seen || (joined && f(t) != "," && f(t) != "the");
          conjunction = conjunction || f(t) == "," || and_seen;
        }
        // "talks with Aziz the two sides announced": a determiner alone joins nothing.
        // "... with Akar and Guterres, and Kubrakov signed a copy": a name followed by its
        // own verb after ", and" starts the next clause.
        const std::uint32_t next = m.span_last + 1;
        bool own_verb = next <= last_ && r_.roles.is_speech_verb(f(next));
        if (next <= last_ && !own_verb) {
          const auto hits = r_.triggers.at(a_.tokens, next, last_);
          own_verb = std::any_of(hits.begin(), hits.end(), [](const TriggerHit& h) { return h.verb; });
        }
        const bool comma_and = start >= g.last + 3 && f(start - 1) == "and" && f(start - 2) == ",";
        if (joined && conjunction && !(own_verb && comma_and)) {
          g.mentions.push_back(k);
          g.last = m.span_last;
          g.possessive = m.possessive;
          closed.back() = closed.back() || and_seen;
          continue;
        }
      }
      groups_.push_back({{k}, start, m.span_last, m.possessive});
      closed.push_back(false);
    }
    // Split groups whose comma joins were never closed by "and".
    std::vector<Group> split;
    split.reserve(groups_.size());
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (closed[g] || groups_[g].mentions.size() == 1) {
        split.push_back(std::move(groups_[g]));
        continue;
      }
      for (std::uint32_t k : groups_[g].mentions) {
        const Mention& m = a_.mentions[k];
        split.push_back({{k}, m.span_first, m.span_last, m.possessive});
      }
    }
    groups_ = std::move(split);
  }

  std::pair<std::uint32_t, std::uint32_t> clause(std::uint32_t i) const {
    std::uint32_t b = i, e = i;
    while (b > first_ && !clause_boundary(f(b - 1))) --b;
    while (e < last_ && !clause_boundary(f(e + 1))) ++e;
    return {b, e};
  }

  // Group g, after a subordinating word, is the subject of the verb at token i: nothing
  // but auxiliaries and adverbs stand between them.
  bool clause_subject(std::size_t g, std::uint32_t i) const {
    if (!one_of(f(groups_[g].first - 1), {"after", "before", "since", "until", "as", "when", "once"})) return false;
    for (std::uint32_t t = groups_[g].last + 1; t < i; ++t) {
      if (!one_of(f(t), {"had", "have", "has", "was", "were", "also", "then", "last", "first", "finally", "again",
                         "later", "briefly", "privately", "secretly", "jointly", "both", "all", "had", "did"})) {
        return false;
      }
    }
    return true;
  }

  // "an initiative by Xi Jinping, who visited Riyadh and hosted Raisi": the antecedent of
  // "who" is the subject of the relative clause's verbs.
  bool relative_antecedent(std::size_t g, std::uint32_t i) const {
    std::uint32_t k = groups_[g].last + 1;
    if (k < i && f(k) == ",") ++k;
    return k < i && f(k) == "who";
  }

  bool unresolved_pronoun_between(std::uint32_t after, std::uint32_t before) const {
    return std::any_of(here_.begin(), here_.end(), [&](std::uint32_t k) {
      const Mention& m = a_.mentions[k];
      return m.sentence == s_ && m.kind == MentionKind::kPronoun && !m.possessive && m.entity < 0 &&
             m.first > after && m.first < before;
    });
  }

  // The nearest group ending before token i within its clause (and within 15 tokens).
  std::optional<std::size_t> left_group(std::uint32_t i) const {
    const auto [b, e] = clause(i);
    (void)e;
    for (std::size_t g = groups_.size(); g-- > 0;) {
      if (groups_[g].last >= i) continue;
      if (groups_[g].last < b || i - groups_[g].last > 15) return std::nullopt;
      // "Biden said they met Russia": a pronoun nobody could be found for is the subject,
      // and Biden is not.
      if (unresolved_pronoun_between(groups_[g].last, i)) return std::nullopt;
      // A group inside a prepositional phrase ("a day before Pompeo", "leaned on Riyadh")
      // is not the subject.
      const std::uint32_t before = groups_[g].first;
      // ... unless the words open a clause whose verb is the trigger: "a week after
      // Johnson and Varadkar met", "since Moscow and Kyiv last talked".
      if (before > first_ && blocking_preposition(f(before - 1)) && !clause_subject(g, i) && !relative_antecedent(g, i)) {
        continue;
      }
      return g;
    }
    return std::nullopt;
  }

  // The first group after token j, reached without crossing a clause boundary or a
  // preposition other than those the relation takes.
  // With `direct`, only determiners may come before the group unless a preposition the
  // relation takes opens the way ("discussed this question" has no actor object;
  // "discussed the question with Lavrov" does).
  std::optional<std::size_t> right_group(std::uint32_t j, graph::RelationId rel, std::uint32_t window,
                                         bool direct = false, bool past_with = true) const {
    const auto takes = [&](std::uint32_t t) {
      return r_.triggers.takes_prep(rel, f(t)) || r_.triggers.takes_prep(prep_relation_, f(t));
    };
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].first < j) continue;
      // Other words may come first when "with" follows ("signed a memorandum with
      // Lavrov", "signed one copy of the treaty with Akar"), never otherwise ("discussed
      // the question" has no actor object; "passed the information to Islamabad" is no
      // conversation). Before that "with", the words are the thing acted on.
      // A proposal is addressed with "to" the same way ("proposed a ceasefire to Putin",
      // "offered a new plan to Kyiv"), after a short noun phrase: "proposed sending troops
      // to Ukraine" is not addressed to Ukraine.
      std::optional<std::uint32_t> with_at;
      for (std::uint32_t t = j; t < groups_[g].first && direct && past_with && !with_at; ++t) {
        if (f(t) == "with" && takes(t)) with_at = t;
        if (f(t) == "to" && rel == proposed_ && takes(t) && t - j <= 4 &&
            std::none_of(a_.tokens.begin() + j, a_.tokens.begin() + t, [](const Token& w) {
              return w.folded.size() > 4 && w.folded.ends_with("ing");
            })) {
          with_at = t;
        }
      }
      if (groups_[g].first - j > window + (with_at ? 6 : 0)) return std::nullopt;
      // A group the relation cannot reach ("signed *the treaty* with Akar") is passed over.
      if (direct && !reachable(rel, g)) continue;
      const bool opened = !direct || with_at;
      for (std::uint32_t t = j; t < groups_[g].first; ++t) {
        if (clause_boundary(f(t)) || f(t) == "." || r_.roles.is_speech_verb(f(t))) return std::nullopt;
        if (takes(t)) continue;
        if (blocking_preposition(f(t)) && !(with_at && t < *with_at)) return std::nullopt;
        if (!opened && !object_filler(f(t))) return std::nullopt;
      }
      // "..., the State Department said": a group followed by a speech verb is the source
      // of an attribution, not an object.
      const std::uint32_t after = groups_[g].last + 1;
      if (after <= last_ && r_.roles.is_speech_verb(f(after))) return std::nullopt;
      return g;
    }
    return std::nullopt;
  }

  // Whether some member of group g can be the target of `rel` from an actor.
  bool reachable(graph::RelationId rel, std::size_t g) const {
    return std::any_of(groups_[g].mentions.begin(), groups_[g].mentions.end(), [&](std::uint32_t m) {
      const graph::TypeId t = a_.entities[static_cast<std::size_t>(a_.mentions[m].entity)].type;
      return r_.ontology->allows(rel, r_.leader, t) || r_.ontology->allows(rel, r_.country, t);
    });
  }

  enum class Modality { kFact, kOffer, kNone };

  Modality modality(std::uint32_t i, std::uint32_t end) const {
    // Cue words are lower case: "on May 14" is a date, not "may".
    const auto cue = [&](std::uint32_t k) { return !tok(k).has(kCapitalised) || k == first_; };
    Modality m = Modality::kFact;
    const std::uint32_t from = i > first_ + 5 ? i - 5 : first_;
    for (std::uint32_t k = from; k < i; ++k) {
      if (clause_boundary(f(k))) m = Modality::kFact;  // cues before the clause do not count
      if (!cue(k)) continue;
      if (r_.triggers.is_negation(f(k)) || r_.triggers.is_hypothetical(f(k)) || r_.triggers.is_future(f(k))) {
        m = Modality::kNone;
      } else if (r_.triggers.is_readiness(f(k)) && m != Modality::kNone) {
        m = Modality::kOffer;
      }
    }
    // "are to meet", "was to sign": arranged, not done.
    if (i >= first_ + 2 && f(i - 1) == "to" && one_of(f(i - 2), {"is", "are", "was", "were"})) return Modality::kNone;
    // "A summit was planned", "the meeting was called off", "a possible meeting".
    for (std::uint32_t k = end + 1; k <= last_ && k <= end + 7; ++k) {
      if (clause_boundary(f(k)) || f(k) == ",") break;
      // "a call that was called off" qualifies the call; "told him in a call that the
      // talks would go on" reports something else.
      if (f(k) == "that" && !(k + 1 <= last_ && one_of(f(k + 1), {"was", "were", "is", "had", "has", "would", "could", "might"}))) {
        break;
      }
      if (!cue(k)) continue;
      // "was called off", "was possible" anywhere in the clause; "was planned" only close by
      // ("the meeting ... was scheduled for 6 p.m." still happened).
      if (r_.triggers.is_cancelled(f(k)) || r_.triggers.is_hypothetical(f(k)) ||
          (k <= end + 3 && r_.triggers.is_future(f(k)))) {
        return Modality::kNone;
      }
    }
    return m;
  }

  // The country a person acts for: the lexicon's, else one a title in this document gives
  // ("Chinese Foreign Ministry spokesman Wang Wenbin"); empty when unknown.
  std::string_view person_country(const Entity& person) const {
    if (person.lexicon >= 0) return r_.entry(person.lexicon).country;
    for (const std::uint32_t m : person.mentions) {
      if (a_.mentions[m].role_country >= 0) return r_.entry(a_.mentions[m].role_country).id;
    }
    return {};
  }

  void add(std::uint32_t sm, std::uint32_t tm, graph::RelationId rel, std::uint32_t trig_first,
           std::uint32_t trig_last, float confidence) {
    const Mention& a = a_.mentions[sm];
    const Mention& b = a_.mentions[tm];
    if (a.entity < 0 || b.entity < 0 || a.entity == b.entity) return;
    const Entity& ea = a_.entities[static_cast<std::size_t>(a.entity)];
    const Entity& eb = a_.entities[static_cast<std::size_t>(b.entity)];
    if (!r_.ontology->allows(rel, ea.type, eb.type)) return;
    // A person and their own country do not talk to, propose to or criticise each other
    // ("Beijing opposed the move" does not criticise the Chinese spokesman quoted before).
    const auto own_country = [&](const Entity& person, const Entity& country) {
      return r_.is_person(person.type) && country.type == r_.country && country.lexicon >= 0 &&
             person_country(person) == r_.entry(country.lexicon).id;
    };
    if (own_country(ea, eb) || own_country(eb, ea)) return;
    RelationFound x;
    x.source = static_cast<std::uint32_t>(a.entity);
    x.target = static_cast<std::uint32_t>(b.entity);
    x.relation = rel;
    x.sentence = s_;
    x.trigger = a_.span_text(trig_first, trig_last);
    x.confidence = confidence;
    a_.relations.push_back(std::move(x));
  }

  void pairs(const Group& from, const Group& to, graph::RelationId rel, std::uint32_t tf,
             std::uint32_t tl, float confidence) {
    // "called for the Ukrainians' freedom": the possessor benefits from the proposal; it is
    // not the party it is addressed to.
    const auto proposed = r_.ontology->find_relation("proposed");
    if (proposed && rel == *proposed && to.possessive) return;
    // "met Blinken and Biden's envoy": one meets the envoy, not Biden.
    const bool symmetric = r_.ontology->relation(rel).symmetric;
    for (auto sm : from.mentions) {
      for (auto tm : to.mentions) {
        if (symmetric && a_.mentions[tm].possessive && to.mentions.size() > 1) continue;
        add(sm, tm, rel, tf, tl, confidence);
      }
    }
  }

  void within(const Group& g, graph::RelationId rel, std::uint32_t tf, std::uint32_t tl, float confidence) {
    for (std::size_t x = 0; x < g.mentions.size(); ++x) {
      for (std::size_t y = x + 1; y < g.mentions.size(); ++y) add(g.mentions[x], g.mentions[y], rel, tf, tl, confidence);
    }
  }

  // The subject of a trigger at i: the nearest group before it, or, when that group is the
  // object of an earlier trigger and "and" or a verb-like gap joins them, that trigger's
  // subject ("Putin had meetings with X and also had calls with Y").
  std::optional<std::size_t> subject(std::uint32_t i) const {
    // The nearest group before the trigger in its clause, if it was the object of an
    // earlier trigger, hands over that trigger's subject (a shared subject).
    const auto [b, e] = clause(i);
    (void)e;
    for (std::size_t g = groups_.size(); g-- > 0;) {
      if (groups_[g].last >= i) continue;
      if (groups_[g].last < b) break;
      for (const auto& [object_group, subject_group] : objects_) {
        if (object_group == g) return subject_group;
      }
      break;
    }
    if (auto g = left_group(i)) return g;
    // "Uribe led a rally ..., while the ceremony was under way, denouncing the agreement":
    // a participle after a comma has the sentence's subject.
    const std::string_view w = f(i);
    if (i > first_ && f(i - 1) == "," && w.size() > 4 && w.ends_with("ing") && !groups_.empty() &&
        groups_.front().first <= first_ + 3 && groups_.front().last < i) {
      return 0;
    }
    return introduced_subject(i);
  }

  // "In a phone call with Scholz, Macron said ...", "After meeting Xi, Biden ...": a
  // trigger in a phrase that opens the sentence has the subject named right after the
  // phrase's comma.
  std::optional<std::size_t> introduced_subject(std::uint32_t i) const {
    const std::string_view opener = f(first_);
    if (!one_of(opener,
                {"in", "during", "after", "following", "at", "on", "before", "ahead", "since"}) &&
        !(opener.size() > 4 && opener.ends_with("ing"))) {
      return std::nullopt;
    }
    for (const Group& g : groups_) {
      if (g.first < i) return std::nullopt;  // a party named before the trigger: not an opener
    }
    for (std::uint32_t c = i + 1; c <= last_ && c <= i + 10; ++c) {
      if (clause_boundary(f(c)) || f(c) == ".") return std::nullopt;
      if (f(c) != ",") continue;
      for (std::size_t g = 0; g < groups_.size(); ++g) {
        if (groups_[g].first == c + 1) return g;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // `between_only`: read only "... between X and Y" / "... of the two, X and Y" after a
  // noun trigger.
  void handle(std::uint32_t i, const TriggerHit& hit, bool between_only = false) {
    const std::uint32_t end = i + hit.length - 1;
    graph::RelationId rel = hit.relation;
    const Modality mod = modality(i, end);
    if (mod == Modality::kNone) return;
    const auto spoke = r_.ontology->find_relation("spoke-with");
    const auto proposed = r_.ontology->find_relation("proposed");
    if (mod == Modality::kOffer) {
      if (spoke && rel == *spoke && proposed) rel = *proposed;
      else if (!(proposed && rel == *proposed)) return;
    }
    const bool symmetric = r_.ontology->relation(rel).symmetric;
    // The other party is reached through the words of the act as written ("ready to meet
    // *with* Biden" is an offer to Biden).
    prep_relation_ = hit.relation;
    if (hit.verb) {
      verb(i, end, rel, symmetric);
    } else if (between_only) {
      between_pair(i, end, rel, symmetric);
    } else {
      noun(i, end, rel, symmetric);
    }
  }

  void verb(std::uint32_t i, std::uint32_t end, graph::RelationId rel, bool symmetric) {
    const bool passive = i > first_ && one_of(f(i - 1), {"was", "were", "been", "being", "is", "are", "be", "got"}) &&
                         end + 1 <= last_ && f(end + 1) == "by";
    if (passive) {
      const auto agent = right_group(end + 2, rel, 2);
      const auto patient = left_group(i);
      if (agent && patient) pairs(groups_[*agent], groups_[*patient], rel, i, end, 0.8f);
      return;
    }
    const auto subj = subject(i);
    // "calling it an agreement with Turkey": a label, not a conversation with Turkey.
    auto obj = right_group(end + 1, rel, 8, /*direct=*/true, /*past_with=*/!r_.triggers.is_labelling_verb(f(i)));
    // "met Putin's aide", "called Putin's proposal a start": the possessor only qualifies
    // the object; one may criticise a country through its acts, not meet it so.
    if (obj && symmetric && groups_[*obj].possessive && groups_[*obj].mentions.size() == 1) obj.reset();
    if (subj && obj) {
      pairs(groups_[*subj], groups_[*obj], rel, i, end, 0.85f);
      objects_.push_back({*obj, *subj});
    } else if (subj && symmetric && groups_[*subj].mentions.size() >= 2 && i <= groups_[*subj].last + 4 &&
               !r_.triggers.needs_object(f(i))) {
      within(groups_[*subj], rel, i, end, 0.8f);  // "Putin and Trump spoke"
    } else if (const auto owner = subj ? possessor_object(end + 1, *subj) : std::nullopt; owner && !symmetric) {
      // "Santos rejected his demands", "criticised their plan": the possessor is the target.
      for (auto sm : groups_[*subj].mentions) add(sm, *owner, rel, i, end, 0.6f);
    } else if (subj && !symmetric && implicit_object(end + 1)) {
      // "Beijing has rejected the idea", "the EU has opposed it": the target is the other
      // party named just before (in this sentence, else the previous one).
      if (const auto target = previous_party(*subj)) {
        for (auto sm : groups_[*subj].mentions) add(sm, *target, rel, i, end, 0.5f);
      }
    }
  }

  // "Netanyahu called the agreement 'a bad mistake'", "branded Obama a liar": the
  // subject criticised the object when a disparaging word follows it (quotes allowed).
  void labelling(std::uint32_t i) {
    const auto criticised = r_.ontology->find_relation("criticised");
    if (!criticised || modality(i, i) != Modality::kFact) return;
    const auto subj = subject(i);
    if (!subj) return;
    std::optional<std::size_t> obj;
    for (std::size_t g = 0; g < groups_.size() && !obj; ++g) {
      if (groups_[g].first <= i || groups_[g].first > i + 3) continue;
      bool direct = true;
      for (std::uint32_t t = i + 1; t < groups_[g].first; ++t) direct = direct && object_filler(f(t));
      if (direct) obj = g;
    }
    if (!obj || *obj == *subj) return;
    // Up to a relative clause away ("considers the JCPOA, which limits ..., a bad deal"),
    // not into another clause ("called Putin to discuss the bad news").
    for (std::uint32_t k = groups_[*obj].last + 1; k <= last_ && k <= groups_[*obj].last + 20; ++k) {
      // "a costly and dangerous gamble": "and" joining a disparaging adjective is still the label.
      if (f(k) == "and" && k + 1 <= last_ && r_.triggers.is_disparaging(f(k + 1))) {
        pairs(groups_[*subj], groups_[*obj], *criticised, i, i, 0.7f);
        return;
      }
      if (one_of(f(k), {".", ";", "and", "but", "to", "after", "because", "while", "when"})) return;
      if (r_.triggers.is_disparaging(f(k))) {
        pairs(groups_[*subj], groups_[*obj], *criticised, i, i, 0.7f);
        return;
      }
    }
  }

  // "Rubio said Obama was the worst negotiator", "Biden says Putin is a killer": a
  // speaker, a speech verb, then an actor described by a copula and a disparaging word.
  void spoken_label(std::uint32_t i) {
    const auto criticised = r_.ontology->find_relation("criticised");
    if (!criticised || modality(i, i) != Modality::kFact) return;
    const auto subj = left_group(i);
    if (!subj) return;
    std::uint32_t j = i + 1;
    if (j <= last_ && f(j) == "that") ++j;
    std::optional<std::size_t> obj;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].first == j) obj = g;
    }
    if (!obj || *obj == *subj) return;
    const auto copula = [&](std::uint32_t t) {
      return one_of(f(t), {"was", "is", "were", "are", "had", "has", "remains", "remained"});
    };
    std::uint32_t k = groups_[*obj].last + 1;
    if (groups_[*obj].possessive) {
      // "said Russia's actions were unacceptable": the possessor, through what it did (one
      // or two words, then the copula).
      if (k <= last_ && f(k) == "'s") ++k;
      const std::uint32_t noun_first = k;
      while (k <= last_ && k < noun_first + 2 && tok(k).has(kWord) && !copula(k)) ++k;
      if (k == noun_first) return;
    }
    if (k > last_ || !copula(k)) return;
    for (std::uint32_t end = std::min(last_, k + 8); k <= end; ++k) {
      if (one_of(f(k), {".", ";", ",", "and", "but", "to", "not", "never", "no"})) return;
      if (r_.triggers.is_disparaging(f(k))) {
        pairs(groups_[*subj], groups_[*obj], *criticised, i, i, 0.65f);
        return;
      }
    }
  }

  // The possessor of an object opening with "his/her/their" ("rejected his demands"):
  // one criticises or answers someone else's demands, so when the pronoun was taken for
  // the subject, the nearest other person named before it.
  std::optional<std::uint32_t> possessor_object(std::uint32_t j, std::size_t subject_group) const {
    while (j <= last_ && one_of(f(j), {"publicly", "repeatedly", "also", "again", "sharply", "strongly", "flatly"})) ++j;
    if (j > last_ || !one_of(f(j), {"his", "her", "their"})) return std::nullopt;
    std::set<std::int32_t> subjects;
    for (auto m : groups_[subject_group].mentions) subjects.insert(a_.mentions[m].entity);
    std::optional<std::uint32_t> pronoun, other;
    for (const auto* list : {&previous_, &here_}) {  // this sentence and the one before
      for (const std::uint32_t m : *list) {
        const Mention& x = a_.mentions[m];
        const bool before = x.sentence < s_ || (x.sentence == s_ && x.last < j);
        if (x.sentence == s_ && x.kind == MentionKind::kPronoun && x.first == j && x.entity >= 0) pronoun = m;
        if (before && x.entity >= 0 && x.kind != MentionKind::kPronoun && x.kind != MentionKind::kDescription &&
            !x.locative && !subjects.count(x.entity) &&
            r_.is_person(a_.entities[static_cast<std::size_t>(x.entity)].type)) {
          other = m;
        }
      }
    }
    if (!pronoun) return std::nullopt;
    return subjects.count(a_.mentions[*pronoun].entity) ? other : pronoun;
  }

  bool implicit_object(std::uint32_t j) const {
    for (std::uint32_t k = j; k <= last_ && k < j + 4; ++k) {
      if (r_.triggers.is_implicit_object(f(k))) return true;
      if (!object_filler(f(k)) && f(k) != "of") return false;
    }
    return false;
  }

  // The nearest actor mention before the subject group whose entity differs from every
  // subject's: in this sentence, else the last one of the previous sentence.
  std::optional<std::uint32_t> previous_party(std::size_t subject_group) const {
    std::set<std::int32_t> subjects;
    for (auto m : groups_[subject_group].mentions) subjects.insert(a_.mentions[m].entity);
    const std::uint32_t before = groups_[subject_group].first;
    std::optional<std::uint32_t> here, previous;
    for (const auto* list : {&previous_, &here_}) {
      for (const std::uint32_t m : *list) {
        const Mention& x = a_.mentions[m];
        if (x.entity < 0 || x.kind == MentionKind::kPronoun || x.locative || x.attached) continue;
        if (subjects.count(x.entity)) continue;
        // "rejected the suggestion": a suggestion comes from a party, not a war or a treaty.
        const graph::TypeId t = a_.entities[static_cast<std::size_t>(x.entity)].type;
        if (!r_.is_person(t) && t != r_.country && t != r_.organisation) continue;
        if (x.sentence == s_ && x.last < before) here = m;
        else if (x.sentence + 1 == s_) previous = m;
      }
    }
    return here ? here : previous;
  }

  // "talks between X and Y"; "a meeting of the two advisers, X and Y"; "negotiations in
  // the Chinese capital between X and Y". Whether the noun's parties were read so.
  bool between_pair(std::uint32_t i, std::uint32_t end, graph::RelationId rel, bool symmetric) {
    for (std::uint32_t k = end + 1; k <= last_ && k <= end + 6; ++k) {
      if (clause_boundary(f(k))) break;
      if (f(k) == "between") {
        if (const auto g = right_group(k + 1, rel, 2); g && symmetric) within(groups_[*g], rel, i, end, 0.8f);
        return true;
      }
      if (f(k) == "of" && symmetric) {
        const auto g = right_group(k + 1, rel, 8);
        if (g && groups_[*g].mentions.size() >= 2) {
          within(groups_[*g], rel, i, end, 0.75f);
          return true;
        }
        break;
      }
    }
    return false;
  }

  // "Putin came under fire from Macron", "drew criticism from X", "received an offer from
  // X", "talks held at the initiative by X": the party after "from" or "by" acts on the
  // subject of the clause. Whether it was read so.
  bool agent_after_from(std::uint32_t i, std::uint32_t end, graph::RelationId rel) {
    for (std::uint32_t k = end + 1; k <= last_ && k <= end + 3; ++k) {
      if (clause_boundary(f(k)) || f(k) == ",") return false;
      if (f(k) != "from" && f(k) != "by") continue;
      const auto agent = right_group(k + 1, rel, 2);
      const auto patient = agent ? subject(i) : std::nullopt;
      if (!patient || *patient == *agent) return false;
      pairs(groups_[*agent], groups_[*patient], rel, i, end, 0.7f);
      return true;
    }
    return false;
  }

  void noun(std::uint32_t i, std::uint32_t end, graph::RelationId rel, bool symmetric) {
    if (between_pair(i, end, rel, symmetric)) return;
    if (!symmetric && agent_after_from(i, end, rel)) return;
    // The other party: after a preposition the relation takes, a few words on.
    std::optional<std::size_t> obj;
    for (std::uint32_t k = end + 1; k <= last_ && k <= end + 6; ++k) {
      if (clause_boundary(f(k))) break;
      if (r_.triggers.takes_prep(rel, f(k)) || r_.triggers.takes_prep(prep_relation_, f(k))) {
        obj = right_group(k + 1, rel, 6);
        break;
      }
    }
    // The party that acts: a possessor ("Russia's negotiations", "his conversations"), a
    // compound ("the Pompeo-Lavrov meeting"), or the subject of the clause.
    std::optional<std::size_t> source;
    std::optional<std::uint32_t> pronoun_entity_mention;
    for (std::uint32_t k = i; k-- > first_ && i - k <= 6;) {
      if (clause_boundary(f(k)) || f(k) == "with" || f(k) == ",") break;
      if (f(k) == "his" || f(k) == "her" || f(k) == "their") {
        for (const std::uint32_t m : here_) {
          const Mention& x = a_.mentions[m];
          if (x.sentence == s_ && x.kind == MentionKind::kPronoun && x.first == k && x.entity >= 0) {
            pronoun_entity_mention = m;
          }
        }
        break;
      }
      if (f(k) == "'s") {
        for (std::size_t g = 0; g < groups_.size(); ++g) {
          if (groups_[g].possessive && groups_[g].last + 1 == k) source = g;
        }
        break;
      }
    }
    const auto compound = hyphen_pair(i);
    if (compound && symmetric) {
      add(compound->first, compound->second, rel, i, end, 0.8f);
      return;
    }
    if (!source && !pronoun_entity_mention) source = subject(i);
    // "King Salman told Trump in a phone call that ...": the one told and the teller.
    if (!obj && symmetric && source && groups_[*source].first > first_ &&
        one_of(f(groups_[*source].first - 1), {"told", "assured", "informed", "reassured", "urged", "asked", "briefed"})) {
      if (const auto teller = left_group(groups_[*source].first - 1); teller && *teller != *source) {
        pairs(groups_[*teller], groups_[*source], rel, i, end, 0.7f);
      }
      return;
    }
    // "Kishida and Yoon held a summit", "the two leaders had a phone call": parties named
    // together as the subject of a light verb whose object is the noun.
    if (!obj && symmetric && source && groups_[*source].mentions.size() >= 2 &&
        groups_[*source].last < i && i <= groups_[*source].last + 4) {
      bool light = false;
      for (std::uint32_t t = groups_[*source].last + 1; t < i; ++t) {
        light = light || one_of(f(t), {"held", "had", "hold", "holds", "have", "has", "holding", "having"});
      }
      if (light) within(groups_[*source], rel, i, end, 0.75f);
      return;
    }
    if (!obj) return;
    if (pronoun_entity_mention) {
      Group p{{*pronoun_entity_mention}, i, i, false};
      pairs(p, groups_[*obj], rel, i, end, 0.7f);
    } else if (source && *source != *obj) {
      pairs(groups_[*source], groups_[*obj], rel, i, end, 0.75f);
      objects_.push_back({*obj, *source});
    }
  }

  // Two actor mentions joined by a hyphen right before token i: "Pompeo-Lavrov meeting".
  std::optional<std::pair<std::uint32_t, std::uint32_t>> hyphen_pair(std::uint32_t i) const {
    std::optional<std::uint32_t> right, left;
    for (const std::uint32_t m : here_) {
      const Mention& x = a_.mentions[m];
      if (x.sentence != s_ || x.entity < 0 || x.kind == MentionKind::kPronoun) continue;
      if (x.last + 1 == i) right = m;
    }
    if (!right) return std::nullopt;
    // Compared before subtracting: a mention at token 0 wrapped "first - 1" around to 2^32-1
    // and read far past the tokens (heap overflow found by fuzz/extraction).
    const std::uint32_t right_first = a_.mentions[*right].first;
    if (right_first <= first_ + 1) return std::nullopt;
    const std::uint32_t hyphen = right_first - 1;
    if (a_.token_text(hyphen) != "-") return std::nullopt;
    for (const std::uint32_t m : here_) {
      const Mention& x = a_.mentions[m];
      if (x.sentence == s_ && x.entity >= 0 && x.kind != MentionKind::kPronoun && x.last + 1 == hyphen) left = m;
    }
    if (!left) return std::nullopt;
    return std::make_pair(*left, *right);
  }

  const Resources& r_;
  DocumentAnalysis& a_;
  std::uint32_t s_, first_, last_;
  std::span<const std::uint32_t> here_;      // this sentence's mentions
  std::span<const std::uint32_t> previous_;  // the previous sentence's
  std::vector<Group> groups_;
  std::vector<std::pair<std::size_t, std::size_t>> objects_;  // (object group, its subject group)
  graph::RelationId prep_relation_ = 0;  // whose prepositions lead to the other party
  std::optional<graph::RelationId> proposed_;
};

// "Suslov told RFE/RL", "Lavrov said in an interview with Kommersant": the outlet quoted
// the person (quoted-by: outlet -> person).
void quotations(const Resources& r, DocumentAnalysis& a, std::uint32_t s,
                std::span<const std::uint32_t> here) {
  const auto quoted = r.ontology->find_relation("quoted-by");
  if (!quoted) return;
  for (const std::uint32_t m : here) {
    const Mention& outlet = a.mentions[m];
    if (outlet.sentence != s || outlet.entity < 0) continue;
    const Entity& oe = a.entities[static_cast<std::size_t>(outlet.entity)];
    if (oe.type != r.outlet || outlet.first == 0) continue;
    const std::string& prev = a.tokens[outlet.first - 1].folded;
    if (prev != "told" && prev != "to") continue;
    // The speaker: the nearest person mention before "told".
    for (std::uint32_t k = m; k-- > 0;) {
      const Mention& p = a.mentions[k];
      if (p.sentence != s) break;
      if (p.entity < 0 || p.attached) continue;
      if (!r.is_person(a.entities[static_cast<std::size_t>(p.entity)].type)) continue;
      RelationFound x;
      x.source = static_cast<std::uint32_t>(outlet.entity);
      x.target = static_cast<std::uint32_t>(p.entity);
      x.relation = *quoted;
      x.sentence = s;
      x.trigger = "told";
      x.confidence = 0.8f;
      a.relations.push_back(std::move(x));
      break;
    }
  }
}

// "Russian Foreign Minister Sergei Lavrov", "Dmitry Suslov, a professor at HSE": the
// person is affiliated with the country or organisation their role names.
void affiliations(const Resources& r, DocumentAnalysis& a) {
  const auto affiliated = r.ontology->find_relation("affiliated-with");
  if (!affiliated) return;
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || m.role.empty()) continue;
    const Entity& person = a.entities[static_cast<std::size_t>(m.entity)];
    if (!r.is_person(person.type)) continue;
    for (const std::int32_t target : {m.role_country, m.role_org}) {
      if (target < 0) continue;
      const LexiconEntry& e = r.entry(target);
      const std::string key = r.ontology->type(e.type).group + "/" + e.id;
      for (std::uint32_t k = 0; k < a.entities.size(); ++k) {
        if (a.entities[k].key != key) continue;
        RelationFound x;
        x.source = static_cast<std::uint32_t>(m.entity);
        x.target = k;
        x.relation = *affiliated;
        x.sentence = m.sentence;
        x.trigger = m.role;
        x.confidence = 0.9f;
        a.relations.push_back(std::move(x));
      }
    }
  }
}

}  // namespace

void find_relations(const Resources& r, DocumentAnalysis& a) {
  const MentionsBySentence by_sentence(a);
  for (std::uint32_t s = 0; s < a.sentences.size(); ++s) {
    if (!a.extractable(s)) continue;
    SentenceRelations(r, a, s, by_sentence).run();
    quotations(r, a, s, by_sentence[s]);
  }
  affiliations(r, a);
}

}  // namespace newsgraph::extract
