// find_mentions: every name, title and reference in the extractable sentences.
//
//   "Russian Foreign Minister Sergei Lavrov met Dmitry Suslov, a professor at HSE, in Moscow."
//     -> Sergei Lavrov (lexicon; role "Foreign Minister", country Russia; "Russian" attached)
//        Dmitry Suslov (new name: given name + apposition; role "professor", expert)
//        HSE (lexicon organisation, attached to Suslov's apposition)
//        Moscow (Russia, metonym, locative)
//
// Lexicon matches come first; capitalised runs the lexicon does not cover are then read
// as people, organisations, events or treaties from general cues (given names, titles,
// appositions, head words); titles and appositions are attached to the person they
// describe, so that "U.S." in "U.S. President Donald Trump" is not a separate actor.
#include <algorithm>
#include <array>

#include "Analysis.h"
#include "newsgraph/core/Text.h"
#include "newsgraph/extract/WordSet.h"

namespace newsgraph::extract {

namespace {

bool cap_word(const Token& t) { return t.has(kWord) && t.has(kCapitalised); }

// Words that may sit inside a title before a name without being a role themselves.
bool title_modifier(std::string_view f) {
  return one_of(f, {"former", "then", "-", "acting", "retired", "current", "outgoing", "incoming", "newly",
                    "elected", "late", "de", "facto", "interim", "self", "proclaimed", "highly",
                    "influential", "powerful", "veteran", "longtime", "long", "time", "top", "senior",
                    "presidential", "chief", "deputy", "first", "new", "ex", "the", "his", "her",
                    "its", "their", "a", "an", "'s", "foreign", "policy", "security",
                    "special", "chinese", "russian", "american", "ousted", "exiled", "hardline",
                    "embattled", "beleaguered", "controversial", "respected", "prominent", "leading",
                    "well", "known", "renowned", "state", "national", "federal", "regional", "of"});
  // Not "and": "Assad of Syria and President Zeman" must not give Zeman Syria's title.
}

// Asked of every token (add_pronouns): a WordSet, not one_of (see WordSet.h).
bool is_pronoun(std::string_view f) {
  static const WordSet kPronouns{"he", "him", "his", "she", "her", "they", "them", "their"};
  return kPronouns.contains(f);
}

struct SentenceContext {
  const Resources& r;
  DocumentAnalysis& a;
  std::uint32_t s;
  std::uint32_t first, last;
  std::vector<GazetteerMatch> matches;
  std::vector<std::int32_t> match_at;  // token -> index in matches, or -1

  const Token& tok(std::size_t i) const { return a.tokens[i]; }
  std::string_view f(std::size_t i) const { return a.tokens[i].folded; }
  bool in(std::size_t i) const { return i >= first && i <= last; }

  // The entry a gazetteer match at token i means when it names a country (name, acronym,
  // metonym, any demonym), else -1.
  std::int32_t country_at(std::size_t i) const {
    if (!in(i) || match_at[i] < 0) return -1;
    for (const auto& t : matches[static_cast<std::size_t>(match_at[i])].targets) {
      if (r.lexicon.entries()[t.entry].type == r.country) return static_cast<std::int32_t>(t.entry);
    }
    return -1;
  }
  // Whether the match at token i names a country itself (not by a capital or demonym).
  bool country_name_at(std::size_t i) const {
    if (!in(i) || match_at[i] < 0) return false;
    for (const auto& t : matches[static_cast<std::size_t>(match_at[i])].targets) {
      if (r.lexicon.entries()[t.entry].type == r.country &&
          (t.kind == SurfaceKind::kName || t.kind == SurfaceKind::kAlias || t.kind == SurfaceKind::kAcronym)) {
        return true;
      }
    }
    return false;
  }
  std::int32_t org_at(std::size_t i) const {
    if (!in(i) || match_at[i] < 0) return -1;
    const auto& m = matches[static_cast<std::size_t>(match_at[i])];
    if (m.targets.size() != 1) return -1;
    const auto& e = r.lexicon.entries()[m.targets[0].entry];
    return e.type == r.organisation || e.type == r.outlet ? static_cast<std::int32_t>(m.targets[0].entry) : -1;
  }
};

// Best kind among a match's targets: full names beat acronyms beat surnames...
SurfaceKind best_kind(const GazetteerMatch& m) {
  SurfaceKind k = SurfaceKind::kMetonym;
  bool any = false;
  for (const auto& t : m.targets) {
    if (!any || static_cast<int>(t.kind) < static_cast<int>(k)) k = t.kind;
    any = true;
  }
  return k;
}

MentionKind to_mention_kind(SurfaceKind k) {
  switch (k) {
    case SurfaceKind::kName:
    case SurfaceKind::kAlias: return MentionKind::kName;
    case SurfaceKind::kAcronym: return MentionKind::kAcronym;
    case SurfaceKind::kSurname: return MentionKind::kSurname;
    case SurfaceKind::kDemonym: return MentionKind::kDemonym;
    case SurfaceKind::kMetonym: return MentionKind::kMetonym;
  }
  return MentionKind::kName;
}

void add_lexicon_mentions(SentenceContext& c) {
  for (std::size_t mi = 0; mi < c.matches.size(); ++mi) {
    const GazetteerMatch& m = c.matches[mi];
    const SurfaceKind kind = best_kind(m);
    Mention x;
    x.sentence = c.s;
    x.first = x.span_first = m.first_token;
    x.last = x.span_last = m.last_token;
    x.kind = to_mention_kind(kind);
    // "He said": a pronoun is never the surname it is spelt like (He Lifeng, Ma Ying-jeou).
    if (x.kind == MentionKind::kSurname && m.first_token == m.last_token && is_pronoun(c.f(m.first_token))) continue;
    x.ambiguous = true;
    for (const auto& t : m.targets) {
      if (t.kind == kind || (kind == SurfaceKind::kName && t.kind == SurfaceKind::kAlias)) {
        x.candidates.push_back(t.entry);
        x.ambiguous = x.ambiguous && t.ambiguous;
      }
    }
    if (x.kind == MentionKind::kDemonym) {
      // The plural people-form stands for the country ("the Russians said"); the
      // adjective ("Russian forces") only qualifies something else.
      const std::string_view w = c.a.token_text(m.last_token);
      if (w.empty() || w.back() != 's') continue;
    }
    x.text = c.a.span_text(x.first, x.last);
    if (x.candidates.size() == 1) {
      x.type = c.r.entry(static_cast<std::int32_t>(x.candidates[0])).type;
      x.typed = true;
    }
    c.a.mentions.push_back(std::move(x));
  }
}

// A capitalised run the lexicon does not cover: [first, last] tokens.
struct Run {
  std::uint32_t first, last;
};

// Tokens a new name may span: capitalised words, particles, initials, inner hyphens.
std::vector<Run> capitalised_runs(const SentenceContext& c) {
  std::vector<Run> runs;
  const auto strong = [&](std::size_t i) {
    if (c.match_at[i] < 0) return false;
    const auto& m = c.matches[static_cast<std::size_t>(c.match_at[i])];
    return best_kind(m) != SurfaceKind::kSurname;
  };
  std::size_t i = c.first;
  while (i <= c.last) {
    if (!cap_word(c.tok(i)) || strong(i) || c.tok(i).has(kAllCaps)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    for (;;) {
      const std::size_t n = j + 1;
      if (n > c.last) break;
      const Token& t = c.tok(n);
      if (strong(n)) break;
      if (cap_word(t) && !t.has(kAllCaps)) {
        j = n;
        continue;
      }
      // "al-Assad", "Jean-Claude": a hyphen with no space on either side.
      if (c.a.token_text(n) == "-" && !t.has(kSpaceBefore) && n + 1 <= c.last &&
          !c.tok(n + 1).has(kSpaceBefore) && c.tok(n + 1).has(kWord) && c.match_at[n + 1] < 0 &&
          c.match_at[j] < 0) {
        j = n + 1;
        continue;
      }
      // Initials ("George W. Bush") and particles ("Bashar al-Assad", "Ursula von der Leyen").
      if (c.a.token_text(n) == "." && !t.has(kSpaceBefore) && c.a.token_text(j).size() == 1 &&
          n + 1 <= c.last && cap_word(c.tok(n + 1))) {
        j = n;
        continue;
      }
      if (t.has(kWord) && !t.has(kCapitalised) && c.r.names.is_particle(t.folded) && n + 1 <= c.last &&
          (cap_word(c.tok(n + 1)) || c.a.token_text(n + 1) == "-")) {
        j = n;
        continue;
      }
      break;
    }
    runs.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
    i = j + 1;
  }
  return runs;
}

std::size_t word_tokens(const SentenceContext& c, const Run& run) {
  std::size_t n = 0;
  for (std::size_t i = run.first; i <= run.last; ++i) {
    n += c.tok(i).has(kWord) && c.a.token_text(i).size() > 1 && !c.r.names.is_particle(c.f(i));
  }
  return n;
}

// Extends an organisation/event/treaty name through lower-case connectors:
// "Carnegie Endowment for International Peace", "City College of New York".
std::size_t extend_through_connectors(const SentenceContext& c, std::size_t last) {
  std::size_t j = last;
  while (j + 2 <= c.last && one_of(c.f(j + 1), {"of", "for", "on", "and", "the", "de", "a", "an"}) &&
         !c.tok(j + 1).has(kCapitalised)) {
    std::size_t k = j + 2;
    if (c.f(k) == "the" && k + 1 <= c.last) ++k;
    if (!cap_word(c.tok(k)) && c.match_at[k] < 0) break;
    // "... and Friendship on Monday": a date is not part of the name.
    if (one_of(c.f(k), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december"})) {
      break;
    }
    // Swallow the capitalised words (and any lexicon match, "New York") that follow.
    std::size_t e = k;
    while (e + 1 <= c.last && (cap_word(c.tok(e + 1)) || (c.match_at[e + 1] >= 0 && c.match_at[e + 1] == c.match_at[e]))) ++e;
    if (c.match_at[k] >= 0) {
      // Into a place ("City College of New York"), not into another organisation's name.
      if (c.country_at(k) < 0 && c.org_at(k) >= 0) break;
      const auto& m = c.matches[static_cast<std::size_t>(c.match_at[k])];
      e = std::max<std::size_t>(e, m.last_token);
    }
    j = e;
  }
  return j;
}

void add_new_mention(SentenceContext& c, std::size_t first, std::size_t last, graph::TypeId type) {
  Mention x;
  x.sentence = c.s;
  x.first = x.span_first = static_cast<std::uint32_t>(first);
  x.last = x.span_last = static_cast<std::uint32_t>(last);
  x.kind = MentionKind::kName;
  x.type = type;
  x.typed = true;
  x.text = c.a.span_text(first, last);
  c.a.mentions.push_back(std::move(x));
}

bool speech_next_to(const SentenceContext& c, std::size_t first, std::size_t last) {
  if (last + 1 <= c.last && c.r.roles.is_speech_verb(c.f(last + 1))) return true;
  if (first >= c.first + 1 && c.r.roles.is_speech_verb(c.f(first - 1))) return true;
  // "X, the ..., said" is handled once the apposition is attached.
  return false;
}

// An apposition right after a name: ", a professor at Y," / ", the U.S. ambassador to
// Russia," / ", who heads the Carnegie Moscow Center". Returns the role found, if any.
struct Apposition {
  std::optional<RoleMatch> role;
  std::uint32_t role_first = 0;
  std::uint32_t end = 0;        // last token of the apposition
  std::int32_t country = -1, org = -1;
  bool past = false;
  bool heads = false;           // "who heads/leads/directs X"
};

Apposition read_apposition(const SentenceContext& c, std::size_t name_last) {
  Apposition ap;
  std::size_t i = name_last + 1;
  if (i > c.last || c.a.token_text(i) != ",") return ap;
  ++i;
  if (i <= c.last && c.f(i) == "who") {
    ++i;
    if (i <= c.last && one_of(c.f(i), {"heads", "leads", "directs", "runs", "chairs", "founded", "headed", "led"})) {
      ap.heads = true;
      ap.past = one_of(c.f(i), {"headed", "led", "founded"});
    } else if (i <= c.last && one_of(c.f(i), {"served", "was", "worked"})) {
      ap.past = true;
    } else if (i > c.last || !one_of(c.f(i), {"is", "serves", "works"})) {
      return ap;
    }
  }
  // An apposition describes: it opens with a determiner, a title, a nationality or an
  // institution ("a professor", "the U.S. ambassador", "Russia's top diplomat"). A comma
  // followed by anything else ("with Trump, Putin had ...") is not one.
  if (i > c.last) return ap;
  const bool opens = one_of(c.f(i), {"a", "an", "the", "his", "her", "their", "its", "former", "then", "ex",
                                     "now", "currently", "once", "also", "himself", "herself", "who"}) ||
                     c.r.roles.match(c.a.tokens, i, c.last) || c.country_at(i) >= 0 || c.org_at(i) >= 0 ||
                     ap.heads || ap.past;
  if (!opens) return ap;
  // "..., King Salman of Saudi Arabia and ...": a title followed by a name starts the next
  // person of a list, not a description of this one.
  for (std::size_t k = i; k <= c.last && k < i + 6; ++k) {
    if (auto m = c.r.roles.match(c.a.tokens, k, c.last)) {
      const std::size_t after = k + m->length;
      if (c.in(after) && cap_word(c.tok(after)) && c.country_at(after) < 0 && c.org_at(after) < 0) return ap;
      break;
    }
  }
  std::size_t end = i;
  for (std::size_t k = i; k <= c.last && k < i + 25; ++k) {
    const std::string_view t = c.a.token_text(k);
    if (t == "," || t == "." || t == ";" || t == ":" || t == "(" || t == "\"") break;
    // "the EU foreign policy chief who coordinated the talks with Zarif": the relative
    // clause says what the person did; its names are actors, not part of the description.
    if (k > i && one_of(c.f(k), {"who", "which", "whose", "whom"})) break;
    end = k;
    if (!ap.role) {
      if (auto m = c.r.roles.match(c.a.tokens, k, c.last)) {
        ap.role = m;
        ap.role_first = static_cast<std::uint32_t>(k);
      }
      if (one_of(c.f(k), {"former", "ex"})) ap.past = true;
    }
    if (ap.country < 0) ap.country = c.country_at(k);
    if (ap.org < 0) ap.org = c.org_at(k);
  }
  ap.end = static_cast<std::uint32_t>(end);
  return ap;
}

// "President Assad of Syria", "King Salman of Saudi Arabia": a country right after a
// person's name belongs to the name (and to its role).
void attach_of_country(const SentenceContext& c, Mention& x) {
  if (x.span_last > x.last) return;  // already extended
  std::size_t n = x.last + 1;
  if (!c.in(n + 1) || c.f(n) != "of") return;
  ++n;
  if (c.f(n) == "the" && c.in(n + 1)) ++n;
  const std::int32_t ci = c.country_at(n);
  if (const std::int32_t org = c.org_at(n); ci < 0 && org >= 0 && x.role.empty() && x.role_org < 0) {
    // "Ricardo Zuniga of the National Security Council": a member of that body, an
    // official of a government one, an expert of a university or think tank.
    const LexiconEntry& e = c.r.entry(org);
    if (e.type != c.r.organisation) return;
    const bool scholarly = one_of(e.kind, {"think-tank", "university", "company", "ngo", "research-institute"});
    x.role_org = org;
    x.role = e.name;
    x.type = scholarly ? c.r.expert : c.r.official;
    x.typed = true;
    x.span_last = c.matches[static_cast<std::size_t>(c.match_at[n])].last_token;
    return;
  }
  if (ci < 0) {
    // "Senator Marco Rubio of Florida,": a titled person's state or constituency, a
    // short capitalised place the lexicon does not know, belongs to the name too.
    if (x.role.empty()) return;
    std::size_t k = n;
    while (c.in(k) && k < n + 3 && cap_word(c.tok(k)) && c.match_at[k] < 0) ++k;
    if (k == n || (c.in(k) && c.a.token_text(k) != ",")) return;
    x.span_last = static_cast<std::uint32_t>(k - 1);
    return;
  }
  if (x.role_country < 0) x.role_country = ci;
  x.span_last = c.matches[static_cast<std::size_t>(c.match_at[n])].last_token;
}

// A title chunk ending right before token `first`: "U.S. Secretary of State",
// "Kremlin spokesman", "the highly influential presidential foreign policy aide",
// "President of the United States of America". Fills the mention's role fields.
void read_title(SentenceContext& c, Mention& x) {
  if (x.first == 0 || x.first <= c.first) return;
  std::size_t j = x.first - 1;
  // "his Russian counterpart, Sergei Lavrov": a title, then a comma, then the name.
  if (c.a.token_text(j) == "," && j > c.first) {
    if (auto m = c.r.roles.match_ending(c.a.tokens, j - 1, c.first)) {
      if (j - m->length >= c.first + 0) j = j - 1;
    } else if (c.f(j - 1) == "counterpart" || c.f(j - 1) == "counterparts") {
      j = j - 1;
    }
  }
  std::size_t start = x.first;
  std::optional<RoleMatch> role;
  std::size_t role_start = 0;
  std::int32_t country = -1, org = -1;
  bool past = false, counterpart = false;
  std::size_t k = j + 1;
  while (k > c.first) {
    const std::size_t i = k - 1;
    if (auto m = c.r.roles.match_ending(c.a.tokens, i, c.first)) {
      if (!role) {
        role = m;
        role_start = i + 1 - m->length;
      }
      k = i + 1 - m->length;
      start = k;
      continue;
    }
    if (c.f(i) == "counterpart") {
      counterpart = true;
      k = i;
      start = k;
      continue;
    }
    if (const std::int32_t ci = c.country_at(i); ci >= 0) {
      if (country < 0) country = ci;
      k = c.matches[static_cast<std::size_t>(c.match_at[i])].first_token;
      start = k;
      continue;
    }
    if (const std::int32_t oi = c.org_at(i); oi >= 0 && role) {
      if (org < 0) org = oi;
      k = c.matches[static_cast<std::size_t>(c.match_at[i])].first_token;
      start = k;
      continue;
    }
    // "Adviser on Foreign Affairs Sartaj Aziz", "Minister for Europe Jane Roe": the
    // portfolio between a role and the name is part of the title.
    if (!role && cap_word(c.tok(i))) {
      std::size_t p = i;
      while (p > c.first && p + 3 > i && cap_word(c.tok(p - 1))) --p;
      if (p >= c.first + 2 && one_of(c.f(p - 1), {"on", "for"}) && c.r.roles.match_ending(c.a.tokens, p - 2, c.first)) {
        k = p - 1;
        start = k;
        continue;
      }
    }
    // "Infrastructure Minister", "Culture Secretary": the portfolio of the role after it.
    if (role && i + 1 == role_start && cap_word(c.tok(i)) && c.match_at[i] < 0 &&
        one_of(c.f(role_start), {"minister", "secretary", "commissioner"})) {
      k = i;
      start = k;
      continue;
    }
    if (title_modifier(c.f(i))) {
      if (one_of(c.f(i), {"former", "then", "ex"})) past = true;
      k = i;
      if (!one_of(c.f(i), {"the", "a", "an", "his", "her", "its", "their", "and", "of"})) start = k;
      continue;
    }
    break;
  }
  if (!role) {
    // "Saudi Crown Prince Mohammed bin Salman", "Saudi King Salman": the lexicon's name
    // holds the title; the country written before it still belongs to the person.
    if (country >= 0 && start < x.first && c.r.roles.match(c.a.tokens, x.first, x.last)) {
      x.span_first = static_cast<std::uint32_t>(start);
      if (x.role_country < 0) x.role_country = country;
    } else if (counterpart && start < x.first) {
      // "met his Chinese counterpart Qin Gang": the title is the person's; one's
      // counterpart holds an office (most often a minister's) for that country. "his"
      // belongs to the title too: "Biden and his Chinese counterpart Xi met" is one list.
      if (start > c.first && one_of(c.f(start - 1), {"his", "her", "their"})) --start;
      x.span_first = static_cast<std::uint32_t>(start);
      x.role = "counterpart";
      if (x.role_country < 0) x.role_country = country;
      if (!x.typed) {
        x.type = c.r.official;
        x.typed = true;
      }
    }
    return;
  }
  x.role = c.a.span_text(role_start, role_start + role->length - 1);
  x.office = role->info->office;
  x.role_country = country;
  x.role_org = org;
  x.role_past = past;
  x.span_first = static_cast<std::uint32_t>(std::min<std::size_t>(start, x.first));
  // "President of the United States of America Donald Trump", "President Assad of Syria":
  // a country right after the role or right after the name belongs to the role.
  const auto of_country = [&](std::size_t at) -> std::int32_t {
    if (!c.in(at) || c.f(at) != "of") return -1;
    std::size_t n = at + 1;
    if (c.in(n) && c.f(n) == "the") ++n;
    return c.country_at(n);
  };
  if (x.role_country < 0) x.role_country = of_country(role_start + role->length);
  attach_of_country(c, x);
  const RoleInfo& info = *role->info;
  const bool head = info.head_of_state && (x.role_country >= 0 || !info.needs_country);
  x.role_is_head = head;
  x.type = head ? info.type : (info.needs_country ? info.fallback_type : info.type);
  x.typed = true;
}

bool strip_leading_title(const SentenceContext& c, Run& run) {
  bool stripped = false;
  while (run.first <= run.last) {
    if (c.r.names.is_not_name(c.f(run.first))) {
      ++run.first;
      continue;
    }
    if (auto m = c.r.roles.match(c.a.tokens, run.first, run.last)) {
      run.first += m->length;  // a run that is all title ends up empty: no name in it
      stripped = true;
      continue;
    }
    if (c.r.roles.is_honorific(c.f(run.first)) && run.first < run.last) {
      ++run.first;
      stripped = true;
      continue;
    }
    // "Infrastructure Minister Oleksandr Kubrakov": a portfolio word before a role.
    if (run.first + 2 <= run.last && c.r.roles.match(c.a.tokens, run.first + 1, run.last) &&
        one_of(c.f(run.first + 1), {"minister", "secretary", "commissioner", "envoy", "adviser", "advisor"})) {
      ++run.first;
      continue;
    }
    break;
  }
  return stripped;
}

bool month_like(const SentenceContext& c, std::size_t i) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
  return std::find(kMonths.begin(), kMonths.end(), c.f(i)) != kMonths.end();
}

bool weekday_like(const SentenceContext& c, std::size_t i) {
  static constexpr std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  return std::find(kDays.begin(), kDays.end(), c.f(i)) != kDays.end();
}

void absorb(SentenceContext& c, std::size_t first, std::size_t last);

// Where a new organisation's name starts: at a country or its capital or demonym written
// right before the rest ("Chinese Academy of Social Sciences", "Prague Security
// Institute", "Kenya Defence Forces"), which the lexicon matched on its own; else at
// `first`.
std::size_t organisation_start(const SentenceContext& c, std::size_t first) {
  if (first <= c.first || c.match_at[first - 1] < 0 || !cap_word(c.tok(first - 1))) return first;
  const GazetteerMatch& m = c.matches[static_cast<std::size_t>(c.match_at[first - 1])];
  if (m.last_token + 1 != first) return first;
  const bool place = std::any_of(m.targets.begin(), m.targets.end(), [&](const SurfaceTarget& t) {
    return c.r.entry(static_cast<std::int32_t>(t.entry)).type == c.r.country &&
           t.kind != SurfaceKind::kSurname;
  });
  return place ? m.first_token : first;
}

// A new organisation over tokens [start, last], taking in the place [start, first) its
// name opens with.
void add_new_organisation(SentenceContext& c, std::size_t start, std::size_t first,
                          std::size_t last) {
  if (start < first) absorb(c, start, first - 1);
  add_new_mention(c, start, last, c.r.organisation);
}

void recognise_new_names(SentenceContext& c) {
  const auto& names = c.r.names;
  const auto& roles = c.r.roles;
  for (Run run : capitalised_runs(c)) {
    const Run original = run;
    const bool titled = strip_leading_title(c, run);
    if (run.first > run.last) continue;
    // Organisations: a head word at the end (after connectors) or "Ministry of ...".
    const std::size_t ext = extend_through_connectors(c, run.last);
    const std::size_t org_start = organisation_start(c, run.first);
    const Run org_run{static_cast<std::uint32_t>(org_start), static_cast<std::uint32_t>(ext)};
    if (roles.is_org_head(c.f(ext)) && word_tokens(c, org_run) >= 2 &&  // "US Senate": two words
        !roles.is_org_head(c.f(run.first))) {
      add_new_organisation(c, org_start, run.first, ext);
      continue;
    }
    if (roles.is_org_head(c.f(run.first)) && ext > run.last) {
      add_new_organisation(c, org_start, run.first, ext);
      continue;
    }
    // Events and treaties: "Kerch Strait incident", "National Dialogue Conference",
    // "Minsk agreements", "Joint Statement".
    const std::size_t after = run.last + 1;
    // An event or treaty name needs two proper words of its own and no person in it
    // ("Kerch Strait incident", not "Lavrov meeting").
    bool person_in_run = false;
    for (std::size_t i = run.first; i <= run.last; ++i) {
      if (c.match_at[i] < 0) continue;
      for (const auto& t : c.matches[static_cast<std::size_t>(c.match_at[i])].targets) {
        person_in_run = person_in_run || c.r.is_person(c.r.lexicon.entries()[t.entry].type);
      }
    }
    const bool name_like = !person_in_run && run.last > run.first;
    const bool lower_head_next = name_like && c.in(after) && c.tok(after).has(kWord) &&
                                 !c.tok(after).has(kCapitalised);
    if (lower_head_next && roles.is_event_head(c.f(after)) && !roles.is_org_head(c.f(run.last))) {
      add_new_mention(c, run.first, after, c.r.event);
      continue;
    }
    if (lower_head_next && roles.is_treaty_head(c.f(after))) {
      add_new_mention(c, run.first, after, c.r.treaty);
      continue;
    }
    if (roles.is_treaty_head(c.f(run.last)) && name_like) {
      // "Joint Declaration of Peace and Friendship", "Final Agreement for Ending the
      // Conflict and Building a Stable and Lasting Peace": the full title.
      add_new_mention(c, run.first, ext, c.r.treaty);
      continue;
    }
    if (roles.is_event_head(c.f(run.last)) && name_like && run.last > run.first + 1) {
      add_new_mention(c, run.first, run.last, c.r.event);
      continue;
    }
    // Through connectors: "the Heart of Asia conference", "the Conference on
    // Disarmament talks".
    const std::size_t after_ext = ext + 1;
    if (!person_in_run && ext > run.last && c.in(after_ext) && c.tok(after_ext).has(kWord) &&
        !c.tok(after_ext).has(kCapitalised) && roles.is_event_head(c.f(after_ext))) {
      add_new_mention(c, run.first, after_ext, c.r.event);
      continue;
    }
    // One place word: "the Pathankot attack", "the Singapore summit". Not a known name
    // (an actor's "the Kremlin meeting"), nor a date ("the Tuesday meeting").
    if (run.first == run.last && run.first > c.first &&
        one_of(c.f(run.first - 1), {"the", "after", "before", "since", "following", "over"}) &&
        c.match_at[run.first] < 0 && c.in(after) && c.tok(after).has(kWord) && !c.tok(after).has(kCapitalised) &&
        roles.is_event_named_by_place(c.f(after)) && !month_like(c, run.first) && !weekday_like(c, run.first) &&
        !names.is_given_name(c.f(run.first))) {
      add_new_mention(c, run.first, after, c.r.event);
      continue;
    }
    // Outlets cited as sources: "told X", "according to X", "(X, May 3)".
    const bool told = run.first > c.first && one_of(c.f(run.first - 1), {"told", "to"}) &&
                      (c.f(run.first - 1) == "told" ||
                       (run.first >= c.first + 2 && c.f(run.first - 2) == "according"));
    const bool cited = run.first > c.first && c.a.token_text(run.first - 1) == "(" && c.in(run.last + 2) &&
                       c.a.token_text(run.last + 1) == "," && month_like(c, run.last + 2);
    if ((told || cited) && !person_in_run && !c.r.names.is_given_name(c.f(run.first)) &&
        !c.r.names.is_family_first(c.f(run.first))) {
      add_new_mention(c, run.first, run.last, c.r.outlet);
      continue;
    }
    // People: 2-4 name words with a person cue.
    const std::size_t words = word_tokens(c, run);
    if (words < 2 || words > 4) continue;
    bool head_word = false;
    for (std::size_t i = run.first; i <= run.last; ++i) {
      // "Ji-won", "Jae-in": the part after a hyphen is a syllable of the name, not a word.
      if (i > run.first && c.a.token_text(i - 1) == "-" && !c.tok(i).has(kSpaceBefore)) continue;
      // "Park Ji-won", "Hall ...": a family name written first is a name, not a head word.
      if (i == run.first && run.last > run.first && names.is_family_first(c.f(i))) continue;
      head_word = head_word || roles.is_org_head(c.f(i)) || roles.is_event_head(c.f(i)) ||
                  roles.is_treaty_head(c.f(i)) || roles.is_place_head(c.f(i)) || names.is_not_name(c.f(i));
    }
    if (head_word) continue;
    const bool given = names.is_given_name(c.f(run.first));
    const bool family_first = names.is_family_first(c.f(run.first)) && words <= 3;
    const bool honorific = run.first > c.first && roles.is_honorific(c.f(run.first - 1));
    const bool apposition = read_apposition(c, run.last).role.has_value();
    // "Abiy's chief of staff, Fitsum Arega, said": a role, a comma, then the name.
    const bool titled_before = run.first >= c.first + 2 && c.a.token_text(run.first - 1) == "," &&
                               c.r.roles.match_ending(c.a.tokens, run.first - 2, c.first).has_value();
    const bool speech = speech_next_to(c, run.first, run.last);
    if (given || family_first || titled || honorific || apposition || titled_before || (speech && words <= 3)) {
      add_new_mention(c, run.first, run.last, c.r.expert);  // type refined by its role below
      c.a.mentions.back().typed = false;
    }
    (void)original;
  }
}

// Names that a cue word before or a form around them gives away:
//   "the state broadcaster GRTS"       -> outlet (a cue noun, then a name the lexicon lacks)
//   "adopted Resolution 2337"          -> treaty (a capitalised treaty head and a number)
//   "the ECOWAS Commission"            -> organisation (a known body and an organ's head)
// The mentions of tokens first..last become part of a longer name: they name nothing.
void absorb(SentenceContext& c, std::size_t first, std::size_t last) {
  for (Mention& m : c.a.mentions) {
    if (m.sentence != c.s || m.first < first || m.last > last) continue;
    m.candidates.clear();
    m.text.clear();  // nor is it a new name of its own ("Kenya" in "Kenya Defence Forces")
    m.typed = false;
    m.attached = true;
  }
}

void add_cued_names(SentenceContext& c) {
  const auto& roles = c.r.roles;
  const auto free = [&](std::size_t k) {
    if (!c.in(k) || c.match_at[k] >= 0) return false;
    return std::none_of(c.a.mentions.begin(), c.a.mentions.end(),
                        [&](const Mention& m) { return m.sentence == c.s && k >= m.first && k <= m.last; });
  };
  const auto name_word = [&](std::size_t k) {
    return c.tok(k).has(kWord) && (c.tok(k).has(kCapitalised) || c.tok(k).has(kAllCaps)) &&
           !month_like(c, k) && !weekday_like(c, k);
  };
  for (std::size_t i = c.first; i < c.last; ++i) {
    if (roles.is_outlet_cue(c.f(i)) && !c.tok(i).has(kCapitalised) && free(i + 1) && name_word(i + 1)) {
      std::size_t e = i + 1;
      while (e + 1 <= c.last && e < i + 4 && free(e + 1) && name_word(e + 1)) ++e;
      add_new_mention(c, i + 1, e, c.r.outlet);
      i = e;
      continue;
    }
    if (c.tok(i).has(kCapitalised) && roles.is_treaty_head(c.f(i)) && c.tok(i + 1).has(kNumber) && free(i) &&
        free(i + 1)) {
      add_new_mention(c, i, i + 1, c.r.treaty);
      ++i;
      continue;
    }
    // "the Algiers Agreement", "the Minsk Protocol": a capital names the treaty signed
    // there; the country is not mentioned.
    if (c.country_at(i) >= 0 && !c.country_name_at(i)) {
      const std::size_t m_last = c.matches[static_cast<std::size_t>(c.match_at[i])].last_token;
      const std::size_t h = m_last + 1;
      if (c.in(h) && free(h) && cap_word(c.tok(h)) && roles.is_treaty_head(c.f(h))) {
        absorb(c, i, m_last);
        add_new_mention(c, i, h, c.r.treaty);
        i = h;
        continue;
      }
    }
    if (c.org_at(i) >= 0 && c.country_at(i) < 0) {
      const std::size_t m_last = c.matches[static_cast<std::size_t>(c.match_at[i])].last_token;
      const std::size_t h = m_last + 1;
      if (c.in(h) && free(h) && cap_word(c.tok(h)) && roles.is_org_head(c.f(h)) &&
          !(c.in(h + 1) && cap_word(c.tok(h + 1)))) {
        absorb(c, i, m_last);  // the known body is not mentioned on its own
        add_new_mention(c, i, h, c.r.organisation);
        i = h;
      }
    }
  }
}

// "the Russian president", "the Syrian leader", "Russia's foreign minister": a role that
// stands for a person without naming them.
void add_descriptions(SentenceContext& c) {
  for (std::size_t i = c.first; i <= c.last; ++i) {
    if (c.f(i) != "the" && !(i > c.first && c.f(i) == "'s")) continue;
    std::size_t k = i + 1;
    std::int32_t country = -1;
    if (const std::int32_t ci = c.country_at(k); ci >= 0) {
      country = ci;
      k = c.matches[static_cast<std::size_t>(c.match_at[k])].last_token + 1;
    } else if (c.f(i) == "'s") {
      country = c.country_at(i - 1);
    }
    if (!c.in(k)) continue;
    const auto role = c.r.roles.match(c.a.tokens, k, c.last);
    if (!role) continue;
    std::size_t end = k + role->length - 1;
    if (country < 0 && c.in(end + 1) && c.f(end + 1) == "of") {
      std::size_t n = end + 2;
      if (c.in(n) && c.f(n) == "the") ++n;
      if ((country = c.country_at(n)) >= 0) end = c.matches[static_cast<std::size_t>(c.match_at[n])].last_token;
    }
    if (country < 0) continue;
    // A name right after it makes it a title, not a description.
    if (c.in(end + 1) && cap_word(c.tok(end + 1))) continue;
    Mention x;
    x.sentence = c.s;
    x.first = x.span_first = static_cast<std::uint32_t>(c.f(i) == "the" ? i : i + 1);
    x.last = x.span_last = static_cast<std::uint32_t>(end);
    x.kind = MentionKind::kDescription;
    x.office = role->info->office;
    x.role = c.a.span_text(k, k + role->length - 1);
    x.role_country = country;
    x.role_is_head = role->info->head_of_state;
    x.type = role->info->type;
    x.typed = true;
    x.text = c.a.span_text(x.first, x.last);
    c.a.mentions.push_back(std::move(x));
  }
}

// "his Russian counterpart", "Lavrov's U.S. counterpart": the person holding, for that
// country, the office the possessor holds (resolved with the entities).
void add_counterparts(SentenceContext& c) {
  for (std::size_t i = c.first + 1; i <= c.last; ++i) {
    std::size_t end = i;
    if (c.f(i) == "counter" && c.in(i + 2) && c.f(i + 1) == "-" && c.f(i + 2) == "part") end = i + 2;
    else if (c.f(i) != "counterpart") continue;
    std::size_t k = i;
    std::int32_t country = -1;
    if (c.country_at(k - 1) >= 0) {
      country = c.country_at(k - 1);
      k = c.matches[static_cast<std::size_t>(c.match_at[k - 1])].first_token;
    }
    if (k <= c.first || !one_of(c.f(k - 1), {"his", "her", "their", "'s"})) continue;
    // "his Russian counterpart, Sergei Lavrov": the name that follows is the person.
    if (c.in(end + 2) && c.f(end + 1) == "," && cap_word(c.tok(end + 2))) continue;
    Mention x;
    x.sentence = c.s;
    x.first = x.span_first = static_cast<std::uint32_t>(k);
    x.last = x.span_last = static_cast<std::uint32_t>(end);
    x.kind = MentionKind::kDescription;
    x.role = "counterpart";
    x.role_country = country;
    x.text = c.a.span_text(k, end);
    c.a.mentions.push_back(std::move(x));
  }
}

// "the accord", "this deal": a treaty named earlier in the article (resolved with the
// entities). Only the bare head after a demonstrative or "the"; "the trade deal" or "an
// agreement on X" may be another one, and "the agreement's" is left to the possessor.
void add_treaty_references(SentenceContext& c) {
  // Asked of every token: WordSets, not one_of (see WordSet.h).
  static const WordSet kTreatyWords{"accord", "agreement", "deal", "treaty", "pact", "convention", "draft"};
  // "dismissed the meeting", "condemned the attack": the article's event of that kind.
  static const WordSet kEventWords{"summit", "meeting", "talks", "conference", "attack", "strike",
                                   "election", "vote", "invasion", "war", "ceremony"};
  for (std::size_t i = c.first + 1; i <= c.last; ++i) {
    const bool treaty = kTreatyWords.contains(c.f(i));
    const bool event = kEventWords.contains(c.f(i));
    if (!treaty && !event) continue;
    // An event may carry one lower-case word between ("condemned the reported attack",
    // "the deadly strike"); a treaty may not ("the trade deal" may be another one).
    const bool modified = event && i >= c.first + 2 &&
                          one_of(c.f(i - 2), {"the", "this", "that"}) && c.tok(i - 1).has(kWord) &&
                          !c.tok(i - 1).has(kCapitalised) && c.match_at[i - 1] < 0;
    const std::size_t first = modified ? i - 2 : i - 1;
    if ((!modified && !one_of(c.f(i - 1), {"the", "this", "that"})) || c.match_at[i] >= 0) continue;
    if (c.in(i + 1) && (cap_word(c.tok(i + 1)) || one_of(c.f(i + 1), {"'s", "on", "with", "between", "to"}))) continue;
    Mention x;
    x.sentence = c.s;
    x.first = x.span_first = static_cast<std::uint32_t>(first);
    x.last = x.span_last = static_cast<std::uint32_t>(i);
    x.kind = MentionKind::kDescription;
    x.role = treaty ? "treaty-reference" : "event-reference";
    x.type = treaty ? c.r.treaty : c.r.event;
    x.typed = true;
    x.text = c.a.span_text(first, i);
    c.a.mentions.push_back(std::move(x));
  }
}

// "the two leaders", "both sides": two mentions over the same words, one for each of
// the pair (resolved with the entities), so that they make one coordinated group.
void add_pair_references(SentenceContext& c) {
  const auto& roles = c.r.roles;
  for (std::size_t i = c.first; i < c.last; ++i) {
    const bool two = c.f(i) == "two" && i > c.first && c.f(i - 1) == "the";
    if (!two && c.f(i) != "both") continue;
    std::uint8_t kind = 0;
    std::size_t end = i;
    // The noun may follow up to two modifiers: "the two Gulf ministers", "the two
    // neighbouring countries".
    for (std::size_t from = i + 1; from <= c.last && from <= i + 3 && !kind; ++from) {
      std::string phrase;
      for (std::size_t k = from; k <= c.last && k <= from + 2; ++k) {
        if (!phrase.empty()) phrase += ' ';
        phrase += c.f(k);
        std::uint8_t found = roles.is_pair_of_people(phrase)      ? 1
                             : roles.is_pair_of_countries(phrase) ? 2
                             : roles.is_pair_of_leaders(phrase)   ? 3
                             : roles.is_pair_of_officials(phrase) ? 4
                                                                  : 0;
        if (!found) continue;
        kind = found;
        end = k;
      }
      if (!c.tok(from).has(kWord) || c.match_at[from] >= 0) break;  // names are not modifiers
    }
    if (!kind) continue;
    for (std::uint8_t index = 0; index < 2; ++index) {
      Mention x;
      x.sentence = c.s;
      x.first = x.span_first = static_cast<std::uint32_t>(two ? i - 1 : i);
      x.last = x.span_last = static_cast<std::uint32_t>(end);
      x.kind = MentionKind::kDescription;
      x.role = "pair";
      x.pair = kind;
      x.pair_index = index;
      x.text = c.a.span_text(x.first, x.last);
      c.a.mentions.push_back(std::move(x));
    }
    i = end;
  }
}

void add_pronouns(SentenceContext& c) {
  for (std::size_t i = c.first; i <= c.last; ++i) {
    if (!is_pronoun(c.f(i))) continue;
    Mention x;
    x.sentence = c.s;
    x.first = x.last = x.span_first = x.span_last = static_cast<std::uint32_t>(i);
    x.kind = MentionKind::kPronoun;
    x.possessive = c.f(i) == "his" || c.f(i) == "her" || c.f(i) == "their";
    x.text = std::string(c.a.token_text(i));
    c.a.mentions.push_back(std::move(x));
  }
}

// "the Trump administration", "both the Trump and Putin administrations", "the U.S.
// administration", "the Russian government": the government stands for the country.
// The leader's name inside it is not an actor of its own.
void add_administrations(SentenceContext& c, std::size_t before) {
  auto& ms = c.a.mentions;
  // Asked of every token: a WordSet, not one_of (see WordSet.h).
  static const WordSet kGovernments{"administration", "administrations", "government", "governments",
                                    "regime", "leadership"};
  for (std::size_t i = c.first + 1; i <= c.last; ++i) {
    if (!kGovernments.contains(c.f(i))) continue;
    std::vector<std::int32_t> countries;
    std::size_t k = i;  // walk left over "X", "X and Y", "X, Y and Z"
    while (k > c.first) {
      const std::size_t j = k - 1;
      if (one_of(c.f(j), {"and", ","})) {
        k = j;
        continue;
      }
      // A person (by surname or name) whose lexicon entry names a country.
      bool found = false;
      for (std::size_t m = before; m < ms.size(); ++m) {
        Mention& x = ms[m];
        if (x.last != j || x.candidates.empty()) continue;
        const LexiconEntry& e = c.r.entry(static_cast<std::int32_t>(x.candidates.front()));
        if (c.r.is_person(e.type) && !e.country.empty()) {
          if (const auto ci = c.r.lexicon.index_of(e.country)) countries.push_back(static_cast<std::int32_t>(*ci));
          x.attached = true;
          k = x.first;
          found = true;
          break;
        }
      }
      if (found) continue;
      if (const std::int32_t ci = c.country_at(j); ci >= 0) {
        countries.push_back(ci);
        k = c.matches[static_cast<std::size_t>(c.match_at[j])].first_token;
        // The country token itself is now part of "the U.S. administration".
        for (std::size_t m = before; m < ms.size(); ++m) {
          if (ms[m].first == k) ms[m].attached = true;
        }
        continue;
      }
      break;
    }
    for (const std::int32_t ci : countries) {
      Mention x;
      x.sentence = c.s;
      x.first = x.span_first = static_cast<std::uint32_t>(k);
      x.last = x.span_last = static_cast<std::uint32_t>(i);
      x.kind = MentionKind::kAdministration;
      x.candidates = {static_cast<std::uint32_t>(ci)};
      x.type = c.r.country;
      x.typed = true;
      x.text = c.a.span_text(k, i);
      ms.push_back(std::move(x));
    }
  }
}

}  // namespace

// Lends a document-wide token -> match table to one sentence and clears that sentence's
// range when the sentence is done. Filling a fresh table up to the sentence's last token
// for every sentence made long documents quadratic (issue 7).
struct LentMatchTable {
  std::vector<std::int32_t>& lent;
  std::vector<std::int32_t>& home;
  std::size_t first, last;
  ~LentMatchTable() {
    for (std::size_t i = first; i <= last && i < lent.size(); ++i) lent[i] = -1;
    home.swap(lent);
  }
};

// "Park Jin-woo" is not Park Jin: a person's full name the lexicon matched, followed by a
// hyphen and a lower-case syllable written together with it, is the start of a longer
// name (left to the name recogniser). A surname alone ("Trump-era") keeps its match.
void drop_partial_person_names(SentenceContext& c) {
  std::erase_if(c.matches, [&](const GazetteerMatch& m) {
    const std::size_t hyphen = m.last_token + 1;
    if (m.last_token == m.first_token || !c.in(hyphen + 1) || c.a.token_text(hyphen) != "-")
      return false;
    const Token& h = c.tok(hyphen);
    const Token& syllable = c.tok(hyphen + 1);
    if (h.has(kSpaceBefore) || syllable.has(kSpaceBefore) || !syllable.has(kWord) ||
        syllable.has(kCapitalised)) {
      return false;
    }
    return std::all_of(m.targets.begin(), m.targets.end(), [&](const SurfaceTarget& t) {
      return c.r.is_person(c.r.entry(static_cast<std::int32_t>(t.entry)).type) &&
             (t.kind == SurfaceKind::kName || t.kind == SurfaceKind::kAlias);
    });
  });
}

void find_mentions(const Resources& r, DocumentAnalysis& a) {
  a.token_country.assign(a.tokens.size(), -1);
  std::vector<std::int32_t> match_table(a.tokens.size(), -1);
  for (std::uint32_t s = 0; s < a.sentences.size(); ++s) {
    // Metadata lines ("By Jane Doe", "Source: ...") feed the document record; an author
    // named in a byline is not an actor of the story.
    if (a.sentence_kind[s] == LineKind::kBoilerplate || a.sentence_kind[s] == LineKind::kMeta) continue;
    const std::size_t before = a.mentions.size();
    SentenceContext c{r, a, s, a.sentences[s].first_token, a.sentences[s].last_token, {}, {}};
    r.gazetteer.match(a.text, a.tokens, c.first, c.last, c.matches);
    drop_partial_person_names(c);
    c.match_at.swap(match_table);  // all -1
    const LentMatchTable lent{c.match_at, match_table, c.first, c.last};
    for (std::size_t m = 0; m < c.matches.size(); ++m) {
      for (std::size_t i = c.matches[m].first_token; i <= c.matches[m].last_token; ++i) {
        c.match_at[i] = static_cast<std::int32_t>(m);
      }
    }
    for (std::size_t i = c.first; i <= c.last; ++i) a.token_country[i] = c.country_at(i);
    add_lexicon_mentions(c);
    recognise_new_names(c);
    add_cued_names(c);
    add_descriptions(c);
    add_counterparts(c);
    add_treaty_references(c);
    add_pair_references(c);
    add_pronouns(c);

    // Titles and appositions of people; context flags of every mention.
    auto begin = a.mentions.begin() + static_cast<std::ptrdiff_t>(before);
    std::sort(begin, a.mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
    for (auto it = begin; it != a.mentions.end(); ++it) {
      Mention& x = *it;
      const bool person_like = x.kind == MentionKind::kSurname ||
                               (x.kind == MentionKind::kName &&
                                (!x.typed || r.is_person(x.type)));
      if (person_like) {
        read_title(c, x);
        attach_of_country(c, x);
        const Apposition ap = read_apposition(c, x.span_last > x.last ? x.span_last : x.last);
        if (ap.role && x.role.empty()) {
          const RoleInfo& info = *ap.role->info;
          x.role = a.span_text(ap.role_first, ap.role_first + ap.role->length - 1);
          x.office = info.office;
          x.role_country = ap.country;
          x.role_org = ap.org;
          x.role_past = ap.past;
          const bool head = info.head_of_state && (ap.country >= 0 || !info.needs_country);
          x.role_is_head = head;
          if (!x.typed || x.lexicon < 0) {
            x.type = head ? info.type : (info.needs_country ? info.fallback_type : info.type);
            x.typed = true;
          }
        } else if (ap.heads && x.role.empty()) {
          // "who heads the Carnegie Moscow Center": think tanks and firms make experts.
          x.role = "head";
          x.role_org = ap.org;
          const bool scholarly = ap.org >= 0 && one_of(r.entry(ap.org).kind, {"think-tank", "university", "company", "ngo", "research-institute"});
          // A body the lexicon does not know, by its head word: "who heads the Liberty
          // Korea Party" leads a party (an official); "... the Gulf Futures Institute" an
          // institute (an expert).
          const bool political = ap.org < 0 && one_of(c.f(ap.end), {"party", "ministry", "council", "committee", "commission",
                                                                    "agency", "parliament", "assembly", "senate",
                                                                    "government", "command", "army", "movement", "front"});
          x.type = political ? r.official : scholarly || ap.org < 0 ? r.expert : r.official;
          x.typed = true;
        }
        if (ap.end > x.last && (ap.role || ap.heads)) x.span_last = std::max(x.span_last, ap.end);
        x.speech = speech_next_to(c, x.span_first, x.span_last) ||
                   (ap.end > 0 && c.in(ap.end + 2) && a.token_text(ap.end + 1) == "," &&
                    r.roles.is_speech_verb(c.f(ap.end + 2)));
      }
      // "Russia's", and the plural "the Ukrainians' freedom".
      x.possessive = x.possessive || (c.in(x.last + 1) && c.f(x.last + 1) == "'s") ||
                     (c.in(x.last + 1) && c.a.token_text(x.last + 1) == "'" && !c.tok(x.last + 1).has(kSpaceBefore) &&
                      c.f(x.last).ends_with('s'));
      // A new name of a body after "in the" is a venue: "received Netanyahu in the Oval
      // Office". ("at the" is as often an affiliation: "an analyst at the X Institute".)
      if (x.kind == MentionKind::kName && x.candidates.empty() && x.typed && x.type == r.organisation &&
          x.first >= c.first + 2 && c.f(x.first - 1) == "the" && one_of(c.f(x.first - 2), {"in", "inside"})) {
        x.locative = true;
      }
      // A place, not an actor: "in Finland", "Osaka, Japan", "Washington, D.C.".
      const bool country_like = x.kind == MentionKind::kMetonym ||
                                (x.typed && x.type == r.country);
      if (country_like && x.first > c.first && !x.possessive) {
        const std::string_view prev = c.f(x.first - 1);
        const bool place_prep = one_of(prev, {"in", "at", "near", "across", "throughout", "inside", "around", "from"});
        // "flew to Finland", "a trip to Russia": a destination.
        const bool destination = prev == "to" && x.first >= c.first + 2 &&
                                 one_of(c.f(x.first - 2), {"flew", "fly", "flies", "flying", "travelled", "traveled", "visited", "visit", "visiting", "visits",
                                                           "travel", "travels", "travelling", "traveling", "went",
                                                           "arrived", "returned", "came", "headed", "moved", "sailed",
                                                           "drove", "trip", "journey", "back", "way", "route"});
        // "Osaka, Japan", "Buenos Aires, Argentina": a place before the comma (a word the
        // lexicon does not know, or a capital) makes the country its address.
        // A country named before the comma makes a list instead ("Britain, China and
        // France"): only a city (unknown word, or a capital standing for its country) is
        // an address.
        const std::size_t p = x.first - 2;
        const bool place_before = x.first >= c.first + 2 && cap_word(c.tok(p)) &&
                                  (c.match_at[p] < 0 || (c.country_at(p) >= 0 && !c.country_name_at(p)));
        const bool after_city = prev == "," && place_before;
        // "visited Riyadh", "toured Japan": the country is where the visitor went.
        const bool visited = one_of(prev, {"visited", "visiting", "visits", "toured", "touring"});
        x.locative = place_prep || after_city || destination || visited;
      }
      if (x.kind == MentionKind::kMetonym && c.in(x.last + 2) && a.token_text(x.last + 1) == "," &&
          c.f(x.last + 2) == "d.c.") {
        x.locative = true;
      }
      // "the London-based company": a city in an address adjective is a place.
      if (country_like && c.in(x.last + 2) && a.token_text(x.last + 1) == "-" &&
          one_of(c.f(x.last + 2), {"based", "born", "headquartered", "registered", "listed"})) {
        x.locative = true;
      }
    }
    // "John F. Kennedy International Airport", "Kerch Strait": a name inside a place or
    // facility name does not mention its namesake.
    for (auto it = begin; it != a.mentions.end(); ++it) {
      std::size_t k = it->last + 1;
      while (c.in(k) && cap_word(c.tok(k)) && k <= it->last + 3) {
        if (r.roles.is_place_head(c.f(k))) {
          it->locative = it->attached = true;
          break;
        }
        ++k;
      }
    }
    add_administrations(c, before);
    begin = a.mentions.begin() + static_cast<std::ptrdiff_t>(before);
    std::sort(begin, a.mentions.end(), [](const Mention& x, const Mention& y) {
      return x.first != y.first ? x.first < y.first : x.last < y.last;
    });
    // Mentions inside another mention's title or apposition are not actors of their own.
    for (auto it = begin; it != a.mentions.end(); ++it) {
      for (auto jt = begin; jt != a.mentions.end(); ++jt) {
        if (it == jt || jt->kind == MentionKind::kPronoun) continue;
        const bool in_title = it->first >= jt->span_first && it->last <= jt->span_last &&
                              (it->first < jt->first || it->first > jt->last);
        const bool in_description = jt->kind == MentionKind::kDescription && it->first >= jt->first &&
                                    it->last <= jt->last && !(it->pair && jt->pair);
        if (in_title || in_description) it->attached = true;
      }
    }
    // A name the recogniser found that overlaps a lexicon surname match: the new name wins.
    for (auto it = begin; it != a.mentions.end(); ++it) {
      if (it->kind != MentionKind::kSurname) continue;
      for (auto jt = begin; jt != a.mentions.end(); ++jt) {
        if (jt->kind == MentionKind::kName && jt->lexicon < 0 && jt->candidates.empty() &&
            it->first >= jt->first && it->last <= jt->last) {
          it->attached = true;
          it->candidates.clear();
        }
      }
    }
  }
}

}  // namespace newsgraph::extract
