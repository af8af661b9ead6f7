// resolve_entities: within-document coreference, from mentions to entities.
//
//   "Vladimir Putin ... President Putin ... the Russian president ... he"
//     -> one entity person/vladimir-putin (the description and the pronoun are linked,
//        but only names become aliases)
//   "Bush spoke" with George W. and George H. W. Bush in the lexicon and neither named in
//     full -> resolved by the document date if only one held office then, else left out
//
// Order: unambiguous lexicon names; then ambiguous surfaces and surnames, preferring
// entries the document names in full, then the one in office at the document's date, then
// a title that fits; new names by their full name, with later surname mentions linked to
// them; descriptions by office and country; pronouns to the nearest person before them.
// Nothing is merged on a guess: an unresolved mention is dropped.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "Analysis.h"
#include "newsgraph/core/Text.h"

namespace newsgraph::extract {

namespace {

// Whether a lexicon person was active (any role, or no dated role) near `date`.
bool active_near(const LexiconEntry& e, const std::optional<Date>& date) {
  if (!date || e.roles.empty()) return true;
  const auto day = date->to_days();
  for (const auto& role : e.roles) {
    const bool started = !role.from || role.from->to_days() <= day + 366;
    const bool not_ended = !role.to || role.to->last_day() >= day - 5 * 366;
    if (started && not_ended) return true;
  }
  return false;
}

// "head-of-state" (from "the Israeli leader") is met by any office heading a state or
// government.
bool office_fits(const std::string& held, const std::string& wanted) {
  return held == wanted || (wanted == "head-of-state" && heads_state_or_government(held));
}

bool holds_office(const LexiconEntry& e, const std::string& office, const std::string& country,
                  const std::optional<Date>& date) {
  for (const auto& role : e.roles) {
    if (!office_fits(role.office, office)) continue;
    if (!country.empty() && role.country != country) continue;
    if (date && !role.held_on(*date)) continue;
    return true;
  }
  return false;
}

// Events and treaties cannot be mentioned before they happened.
bool possible_at(const LexiconEntry& e, const std::optional<Date>& date, graph::TypeId event) {
  if (!date || e.type != event || !e.from) return true;
  return e.from->to_days() <= date->to_days() + 31;
}

class Resolver {
 public:
  Resolver(const Resources& r, DocumentAnalysis& a) : r_(r), a_(a) {}

  void run() {
    choose_lexicon_entries();
    build_entities();
    correct_misspelled_office_holders();
    link_surnames_of_new_people();
    resolve_pronouns();
    decide_types();  // before descriptions: "the two leaders" looks for leaders
    resolve_descriptions();
  }

 private:
  const std::string& country_id(std::int32_t entry) const { return r_.entry(entry).id; }

  // The country id of a country named just before a mention ("US. Congress", "the
  // Russian Foreign Ministry"): a mention ending at most two tokens before it.
  std::string country_before(const Mention& m) const {
    const std::uint32_t first = a_.sentences[m.sentence].first_token;
    for (std::uint32_t back = 1; back <= 3 && m.first >= first + back; ++back) {
      const std::int32_t c = a_.token_country[m.first - back];
      if (c >= 0) return r_.entry(c).id;
    }
    return kNone;
  }

  void choose_lexicon_entries() {
    for (const Mention& m : a_.mentions) {
      if (m.candidates.size() == 1 && !m.ambiguous) {
        const LexiconEntry& e = r_.entry(static_cast<std::int32_t>(m.candidates[0]));
        if (e.type == r_.country) countries_named_.insert(e.id);
      }
    }
    // Entries named unambiguously (in full, by acronym, by unambiguous metonym).
    std::set<std::uint32_t> strong;
    for (Mention& m : a_.mentions) {
      if (m.kind == MentionKind::kSurname || m.kind == MentionKind::kPronoun ||
          m.kind == MentionKind::kDescription || m.ambiguous || m.candidates.size() != 1) {
        continue;
      }
      if (!possible_at(r_.entry(static_cast<std::int32_t>(m.candidates[0])), a_.date, r_.event)) continue;
      m.lexicon = static_cast<std::int32_t>(m.candidates[0]);
      strong.insert(m.candidates[0]);
    }
    for (Mention& m : a_.mentions) {
      if (m.lexicon >= 0 || m.candidates.empty()) continue;
      std::vector<std::uint32_t> c = m.candidates;
      // 1. an entry this document names unambiguously
      std::vector<std::uint32_t> named;
      std::copy_if(c.begin(), c.end(), std::back_inserter(named), [&](auto e) { return strong.count(e); });
      if (named.size() == 1) {
        m.lexicon = static_cast<std::int32_t>(named[0]);
        continue;
      }
      if (m.kind == MentionKind::kAdministration) {
        m.lexicon = static_cast<std::int32_t>(c[0]);
        continue;
      }
      // 2. plausible at the document's date
      std::erase_if(c, [&](auto e) {
        const LexiconEntry& x = r_.entry(static_cast<std::int32_t>(e));
        return !possible_at(x, a_.date, r_.event) || (r_.is_person(x.type) && !active_near(x, a_.date));
      });
      // 3. an institution of the country named right before it ("US Congress", "the
      //    Russian Foreign Ministry"), else of the one country the document names
      bool supported = false;  // the context, not only the surface, picked the entry
      if (c.size() > 1) {
        std::vector<std::uint32_t> national;
        const std::string& near = country_before(m);
        std::copy_if(c.begin(), c.end(), std::back_inserter(national), [&](auto e) {
          const LexiconEntry& x = r_.entry(static_cast<std::int32_t>(e));
          return !x.country.empty() && (near.empty() ? countries_named_.count(x.country) : x.country == near);
        });
        if (national.size() == 1) {
          c = national;
          supported = true;
        }
      } else if (c.size() == 1) {
        // "National Security Council" in an article that names the United States.
        const LexiconEntry& x = r_.entry(static_cast<std::int32_t>(c[0]));
        const std::string& near = country_before(m);
        supported = x.type == r_.organisation && !x.country.empty() &&
                    (near.empty() ? countries_named_.count(x.country) != 0 : x.country == near);
      }
      // 4. the title written with it fits ("President Assad", "Foreign Minister Lavrov")
      if (c.size() > 1 && !m.office.empty()) {
        std::vector<std::uint32_t> fits;
        std::copy_if(c.begin(), c.end(), std::back_inserter(fits), [&](auto e) {
          return holds_office(r_.entry(static_cast<std::int32_t>(e)), m.office, "", std::nullopt);
        });
        if (!fits.empty()) {
          supported = supported || fits.size() < c.size();
          c = fits;
        }
      }
      if (c.size() != 1) continue;  // still several: left out rather than guessed
      const LexiconEntry& e = r_.entry(static_cast<std::int32_t>(c[0]));
      if (m.kind == MentionKind::kSurname) {
        // A surname alone needs the person to be unmistakable: not marked ambiguous, or
        // backed by a title that fits, or a date that leaves only one such person.
        const bool title_fits = !m.office.empty() && holds_office(e, m.office, "", std::nullopt);
        if (m.ambiguous && !title_fits) continue;
        if (!a_.date && !title_fits && !m.speech && e.roles.empty()) continue;
      } else if (m.ambiguous && m.kind != MentionKind::kMetonym && !supported) {
        // "Georgia", "AP": an ambiguous name counts only when the document supports it
        // ("Congress" in an article naming India but not the United States).
        continue;
      }
      m.lexicon = static_cast<std::int32_t>(c[0]);
    }
  }

  std::uint32_t entity_for(const std::string& key, const std::string& name, graph::TypeId type,
                           std::int32_t lexicon) {
    if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
    Entity e;
    e.key = key;
    e.name = name;
    e.type = type;
    e.lexicon = lexicon;
    a_.entities.push_back(std::move(e));
    return by_key_[key] = static_cast<std::uint32_t>(a_.entities.size() - 1);
  }

  std::string key_for(graph::TypeId type, const std::string& id) const {
    return r_.ontology->type(type).group + "/" + id;
  }

  void attach(std::uint32_t mention, std::uint32_t entity) {
    a_.mentions[mention].entity = static_cast<std::int32_t>(entity);
    a_.entities[entity].mentions.push_back(mention);
  }

  // A recognised name that is generic ("Joint Statement", "National Dialogue Conference")
  // names different things in different articles: qualify its key with the year.
  std::string new_name_id(const Mention& m) const {
    std::string id = slugify(m.text);
    if (r_.is_person(m.type)) return id;
    bool generic = true;
    for (std::uint32_t i = m.first; i <= m.last; ++i) {
      const auto& f = a_.tokens[i].folded;
      generic = generic && (r_.roles.is_org_head(f) || r_.roles.is_event_head(f) || r_.roles.is_treaty_head(f) ||
                            f == "joint" || f == "national" || f == "international" || f == "dialogue" ||
                            f == "peace" || f == "security" || f == "the" || f == "of");
    }
    if (generic && a_.date) id += "-" + std::to_string(a_.date->year);
    return id;
  }

  void build_entities() {
    for (std::uint32_t i = 0; i < a_.mentions.size(); ++i) {
      Mention& m = a_.mentions[i];
      if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kDescription) continue;
      if (m.lexicon >= 0) {
        const LexiconEntry& e = r_.entry(m.lexicon);
        attach(i, entity_for(key_for(e.type, e.id), e.name, e.type, m.lexicon));
      } else if (m.candidates.empty() && m.kind == MentionKind::kName && !m.text.empty()) {
        const graph::TypeId group_type = m.typed ? m.type : r_.expert;
        const std::uint32_t e = entity_for(key_for(group_type, new_name_id(m)), m.text, group_type, -1);
        attach(i, e);
        if (r_.is_person(group_type)) new_people_.push_back(e);
      }
    }
  }

  static std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = up;
      }
    }
    return row[b.size()];
  }

  // "the Chinese foreign minister, Wang Li" is Wang Yi: a new name whose role is an office
  // one lexicon person held for that country at the time, with the same family name and a
  // given name one or two letters off (one, for a short name), is that person misspelt.
  // Not for "other" roles (a professor, an editor): that office is everyone's, and a
  // professor Li Ming in Beijing is not a Chinese leader who once held "other" posts.
  void correct_misspelled_office_holders() {
    for (std::uint32_t e = 0; e < a_.entities.size(); ++e) {
      Entity& ent = a_.entities[e];
      if (ent.lexicon >= 0 || !r_.is_person(ent.type) || ent.mentions.empty()) continue;
      const Mention* role = nullptr;
      for (auto mi : ent.mentions) {
        const Mention& m = a_.mentions[mi];
        if (!m.office.empty() && m.office != "other" && m.role_country >= 0) role = &m;
      }
      if (!role) continue;
      const std::vector<std::string> words = name_words(ent.name);
      if (words.size() < 2) continue;
      std::int32_t match = -1;
      int matches = 0;
      for (const std::uint32_t i : r_.holders_of(role->office)) {
        const LexiconEntry& x = r_.lexicon.entries()[i];
        if (!holds_office(x, role->office, country_id(role->role_country), a_.date)) continue;
        const std::vector<std::string> theirs = name_words(x.name);
        if (theirs.size() != words.size()) continue;
        std::size_t same = 0, distance = 0, allowed = 2;
        for (std::size_t k = 0; k < words.size(); ++k) {
          same += words[k] == theirs[k];
          distance += edit_distance(words[k], theirs[k]);
          if (words[k] != theirs[k] && std::min(words[k].size(), theirs[k].size()) < 4) allowed = 1;
        }
        if (same + 1 >= words.size() && distance > 0 && distance <= allowed) {
          match = static_cast<std::int32_t>(i);
          ++matches;
        }
      }
      if (matches != 1) continue;
      const LexiconEntry& x = r_.entry(match);
      const std::uint32_t target = entity_for(key_for(x.type, x.id), x.name, x.type, match);
      // Moved out first: `target` can be `e` itself (an entity with the entry's key), and
      // pushing into the vector being iterated was a use-after-free (found by fuzz/extraction).
      std::vector<std::uint32_t> moved = std::move(a_.entities[e].mentions);
      a_.entities[e].mentions.clear();  // emptied: never emitted (unless it is the target)
      for (auto mi : moved) {
        a_.mentions[mi].entity = static_cast<std::int32_t>(target);
        a_.mentions[mi].lexicon = match;
        a_.entities[target].mentions.push_back(mi);
      }
    }
  }

  static std::vector<std::string> name_words(const std::string& name) {
    std::vector<std::string> out;
    std::string word;
    for (const char c : fold(name) + " ") {
      if (c == ' ') {
        if (!word.empty()) out.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
    return out;
  }

  // "Dmitry Suslov ... Suslov told RFE/RL": a capitalised word equal to the last name of a
  // person the document named in full is that person (unless two such people share it).
  void link_surnames_of_new_people() {
    std::map<std::string, std::set<std::uint32_t>> by_surname;
    for (std::uint32_t e : new_people_) {
      if (a_.entities[e].mentions.empty()) continue;  // re-homed to a lexicon person
      const Mention& m = a_.mentions[a_.entities[e].mentions.front()];
      by_surname[a_.tokens[m.last].folded].insert(e);
    }
    if (by_surname.empty()) return;
    std::vector<bool> covered(a_.tokens.size(), false);
    for (const Mention& m : a_.mentions) {
      // A lexicon surname no entry fits at this date ("Barrow" of a diplomat of another
      // decade) is free for the person the article named in full.
      if (m.kind == MentionKind::kSurname && m.entity < 0) continue;
      for (std::uint32_t t = m.first; t <= m.last; ++t) covered[t] = true;
    }
    std::vector<Mention> added;
    for (std::uint32_t s = 0; s < a_.sentences.size(); ++s) {
      if (a_.sentence_kind[s] == LineKind::kBoilerplate) continue;
      for (std::uint32_t t = a_.sentences[s].first_token; t <= a_.sentences[s].last_token; ++t) {
        const Token& tok = a_.tokens[t];
        if (covered[t] || !tok.has(kWord) || !tok.has(kCapitalised)) continue;
        const auto it = by_surname.find(tok.folded);
        if (it == by_surname.end() || it->second.size() != 1) continue;
        Mention m;
        m.sentence = s;
        m.first = m.last = m.span_first = m.span_last = t;
        m.kind = MentionKind::kSurname;
        m.text = std::string(a_.token_text(t));
        m.possessive = t + 1 < a_.tokens.size() && a_.tokens[t + 1].folded == "'s";
        m.entity = static_cast<std::int32_t>(*it->second.begin());
        m.speech = t + 1 < a_.tokens.size() && r_.roles.is_speech_verb(a_.tokens[t + 1].folded);
        added.push_back(std::move(m));
      }
    }
    if (added.empty()) return;
    for (auto& m : added) a_.mentions.push_back(std::move(m));
    renumber();
  }

  // Keeps mentions in text order and the entities' mention lists in step.
  void renumber() {
    std::vector<std::uint32_t> order(a_.mentions.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) {
      const Mention& a = a_.mentions[x];
      const Mention& b = a_.mentions[y];
      return a.sentence != b.sentence ? a.sentence < b.sentence : a.first < b.first;
    });
    std::vector<Mention> sorted;
    sorted.reserve(order.size());
    for (auto i : order) sorted.push_back(std::move(a_.mentions[i]));
    a_.mentions = std::move(sorted);
    for (auto& e : a_.entities) e.mentions.clear();
    for (std::uint32_t i = 0; i < a_.mentions.size(); ++i) {
      if (a_.mentions[i].entity >= 0) a_.entities[static_cast<std::size_t>(a_.mentions[i].entity)].mentions.push_back(i);
    }
  }

  // "the Russian president" -> the person in this document (else in the lexicon) who held
  // that office for that country at the document's date.
  // The office the owner of "his counterpart" holds: their lexicon role at the date, else
  // the title the article gives them.
  std::string owner_office(const Mention& counterpart) const {
    for (const Mention& o : a_.mentions) {
      if (o.sentence != counterpart.sentence || o.last + 1 != counterpart.first || o.entity < 0) continue;
      const Entity& owner = a_.entities[static_cast<std::size_t>(o.entity)];
      if (owner.lexicon >= 0) {
        for (const auto& role : r_.entry(owner.lexicon).roles) {
          if (!a_.date || role.held_on(*a_.date)) return role.office;
        }
      }
      for (auto mi : owner.mentions) {
        if (!a_.mentions[mi].office.empty()) return a_.mentions[mi].office;
      }
    }
    return {};
  }

  // The two "the two leaders" stands for: of the leaders (people, countries) named in this
  // and the five sentences before, the two the article has named most so far (the most
  // recent first among equals). Nothing when fewer than two.
  std::optional<std::pair<std::int32_t, std::int32_t>> pair_before(std::uint32_t i) const {
    const Mention& m = a_.mentions[i];
    std::map<std::int32_t, std::pair<int, std::uint32_t>> seen;  // entity -> (mentions, last)
    for (std::uint32_t k = 0; k < a_.mentions.size(); ++k) {
      const Mention& o = a_.mentions[k];
      const bool before = o.sentence < m.sentence || (o.sentence == m.sentence && o.last < m.first);
      // A country inside a title ("United States President Trump") is not talked about.
      if (!before || o.entity < 0 || o.kind == MentionKind::kDescription || o.locative || o.attached) continue;
      const graph::TypeId t = a_.entities[static_cast<std::size_t>(o.entity)].type;
      const bool fits = m.pair == 1   ? r_.is_person(t)
                        : m.pair == 2 ? t == r_.country
                        : m.pair == 3 ? t == r_.leader
                                      : t == r_.official;
      if (!fits) continue;
      auto& [count, last] = seen[o.entity];
      ++count;
      last = k;
    }
    std::vector<std::pair<std::pair<int, std::uint32_t>, std::int32_t>> ranked;
    for (const auto& [entity, count_last] : seen) {
      if (a_.mentions[count_last.second].sentence + 5 >= m.sentence) ranked.push_back({count_last, entity});
    }
    if (ranked.size() < 2) return std::nullopt;
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    return std::make_pair(ranked[0].second, ranked[1].second);
  }

  // The treaty "the accord" (the event "the summit") stands for: of those named before
  // it, the one named most often, else first (an article's own agreement is introduced
  // early and repeated; earlier ones it builds on are named in passing).
  // "the meeting" may stand for a summit or talks, never for a war: the event's name (or
  // its lexicon kind) must share the reference's event family (schemas/roles.json).
  bool same_event_family(const Mention& reference, const Entity& event) const {
    const std::string& head = a_.tokens[reference.last].folded;
    const std::string name = fold(event.name);
    const std::string* kind = event.lexicon >= 0 ? &r_.entry(event.lexicon).kind : nullptr;
    for (const auto& family : r_.roles.event_families()) {
      if (std::find(family.words.begin(), family.words.end(), head) == family.words.end()) continue;
      if (kind && std::find(family.kinds.begin(), family.kinds.end(), *kind) != family.kinds.end()) return true;
      for (const auto& w : family.words) {
        if (name.find(w) != std::string::npos) return true;
      }
    }
    return false;
  }

  std::int32_t salient_before(std::uint32_t i, graph::TypeId type) const {
    const Mention& m = a_.mentions[i];
    std::map<std::int32_t, std::pair<int, std::uint32_t>> seen;  // entity -> (mentions, first)
    for (std::uint32_t k = 0; k < a_.mentions.size(); ++k) {
      const Mention& o = a_.mentions[k];
      const bool before = o.sentence < m.sentence || (o.sentence == m.sentence && o.last < m.first);
      if (!before || o.entity < 0 || o.kind == MentionKind::kDescription) continue;
      if (a_.entities[static_cast<std::size_t>(o.entity)].type != type) continue;
      if (type == r_.event && !same_event_family(m, a_.entities[static_cast<std::size_t>(o.entity)])) continue;
      ++seen.try_emplace(o.entity, 0, k).first->second.first;
    }
    std::int32_t found = -1;
    std::pair<int, std::uint32_t> best{0, 0};
    for (const auto& [entity, count_first] : seen) {
      if (count_first.first > best.first || (count_first.first == best.first && count_first.second < best.second)) {
        best = count_first;
        found = entity;
      }
    }
    return found;
  }

  void resolve_descriptions() {
    for (std::uint32_t i = 0; i < a_.mentions.size(); ++i) {
      Mention& m = a_.mentions[i];
      if (m.kind == MentionKind::kDescription && m.pair) {
        const auto pair = pair_before(i);
        m.entity = pair ? (m.pair_index == 0 ? pair->first : pair->second) : -1;
        continue;
      }
      if (m.kind == MentionKind::kDescription && (m.role == "treaty-reference" || m.role == "event-reference")) {
        m.entity = salient_before(i, m.role == "treaty-reference" ? r_.treaty : r_.event);
        continue;
      }
      if (m.kind == MentionKind::kDescription && m.role == "counterpart") m.office = owner_office(m);
      if (m.kind != MentionKind::kDescription || m.role_country < 0 || m.office.empty()) continue;
      const std::string& country = country_id(m.role_country);
      std::int32_t found = -1;
      for (std::uint32_t e = 0; e < a_.entities.size() && found < 0; ++e) {
        const Entity& ent = a_.entities[e];
        if (!r_.is_person(ent.type)) continue;
        if (ent.lexicon >= 0 && holds_office(r_.entry(ent.lexicon), m.office, country, a_.date)) {
          found = static_cast<std::int32_t>(e);
        }
        for (auto mi : ent.mentions) {
          const Mention& o = a_.mentions[mi];
          if (o.office == m.office && o.role_country == m.role_country) found = static_cast<std::int32_t>(e);
        }
      }
      // Not named in the article: the one lexicon person who held the office then.
      if (found < 0 && a_.date) {
        std::int32_t only = -1;
        int count = 0;
        for (const std::uint32_t e : r_.holders_of(m.office)) {
          const LexiconEntry& x = r_.lexicon.entries()[e];
          if (holds_office(x, m.office, country, a_.date)) {
            only = static_cast<std::int32_t>(e);
            ++count;
          }
        }
        if (count == 1) {
          const LexiconEntry& x = r_.entry(only);
          found = static_cast<std::int32_t>(entity_for(key_for(x.type, x.id), x.name, x.type, only));
          a_.entities[static_cast<std::size_t>(found)].mentions.push_back(i);
        }
      }
      if (found >= 0) m.entity = found;  // linked; a description becomes an alias only if nothing else names them
    }
  }

  // he/his/she/her -> the subject: the first person named earlier in the same sentence,
  // else the first person of the nearest earlier sentence that names one (within two).
  // Only ever used as a relation argument.
  // they/their -> a country or organisation acting earlier in the same sentence ("The
  // Russians deny it, though they admit to talks with the Taliban"), when no person was
  // named before it there (then "they" is more likely people) and only one such party
  // was (else it is the group of them, which no single node stands for). "them" is
  // left alone: it is as often the people around as the parties.
  std::int32_t collective_antecedent(std::uint32_t i) const {
    const Mention& m = a_.mentions[i];
    if (a_.tokens[m.first].folded == "them") return -1;
    std::int32_t found = -1;
    for (std::uint32_t k = 0; k < i; ++k) {
      const Mention& o = a_.mentions[k];
      if (o.sentence != m.sentence || o.entity < 0 || o.kind == MentionKind::kPronoun || o.attached || o.locative) {
        continue;
      }
      const graph::TypeId t = a_.entities[static_cast<std::size_t>(o.entity)].type;
      if (r_.is_person(t)) return -1;
      if (t != r_.country && t != r_.organisation) continue;
      if (found >= 0 && found != o.entity) return -1;
      found = o.entity;
    }
    return found;
  }

  void resolve_pronouns() {
    const auto person = [&](const Mention& o) {
      return o.entity >= 0 && o.kind != MentionKind::kPronoun && !o.attached &&
             r_.is_person(a_.entities[static_cast<std::size_t>(o.entity)].type);
    };
    for (std::uint32_t i = 0; i < a_.mentions.size(); ++i) {
      Mention& m = a_.mentions[i];
      if (m.kind != MentionKind::kPronoun) continue;
      const std::string& word = a_.tokens[m.first].folded;
      if (word == "they" || word == "their" || word == "them") {
        m.entity = collective_antecedent(i);
        continue;
      }
      std::int32_t found = -1;
      // "him", object "her": never the subject of its own sentence ("Mogherini read a
      // statement with him" is not Mogherini), so the nearest other person named before.
      const bool object = !m.possessive && (m.text == "him" || m.text == "her");
      std::int32_t subject = -1;
      for (std::uint32_t k = 0; k < i; ++k) {
        if (a_.mentions[k].sentence != m.sentence || !person(a_.mentions[k])) continue;
        if (subject < 0) {
          subject = a_.mentions[k].entity;
          if (!object) break;
        } else if (a_.mentions[k].entity != subject) {
          found = a_.mentions[k].entity;
        }
      }
      if (!object) found = subject;
      // Else the nearest earlier sentence naming a person: its first for "he" (the
      // subject goes on being talked about), its last for "him" (the one acted upon:
      // "... held talks with Jammeh. Leaders called on him to go").
      for (std::uint32_t back = 1; back <= 2 && found < 0 && m.sentence >= back; ++back) {
        for (std::uint32_t k = 0; k < i && (found < 0 || object); ++k) {
          const Mention& o = a_.mentions[k];
          if (o.sentence == m.sentence - back && person(o) && !(object && o.entity == subject)) found = o.entity;
        }
      }
      m.entity = found;
    }
  }

  // New people take the strongest role any of their mentions has; lexicon entities keep
  // the lexicon's type. Mentions record the type they suggest, for the corpus to reconcile.
  void decide_types() {
    for (Entity& e : a_.entities) {
      if (e.lexicon >= 0 || !r_.is_person(e.type)) continue;
      graph::TypeId best = r_.expert;
      int best_rank = -1;
      for (auto mi : e.mentions) {
        const Mention& m = a_.mentions[mi];
        if (!m.typed || m.role.empty()) continue;
        // A former office-holder quoted for their views is an expert now.
        graph::TypeId t = m.type;
        if (m.role_past && t == r_.official) t = r_.expert;
        const int rank = r_.ontology->type(t).rank;
        if (rank > best_rank) {
          best_rank = rank;
          best = t;
        }
      }
      e.type = best;
    }
  }

  const Resources& r_;
  DocumentAnalysis& a_;
  std::map<std::string, std::uint32_t> by_key_;
  std::set<std::string> countries_named_;
  inline static const std::string kNone;
  std::vector<std::uint32_t> new_people_;
};

}  // namespace

void resolve_entities(const Resources& r, DocumentAnalysis& a) { Resolver(r, a).run(); }

}  // namespace newsgraph::extract
