// resolve_event_phrases: event mentions the lexicon knows under another wording.
//
//   "the 2003 Iraqi war", "a G20 meeting in Buenos Aires", "the APEC summit",
//   "trilateral talks in Sochi", "Moscow's annexation of Ukraine's Crimean Peninsula"
//     -> the lexicon event each means (EventIndex), as one mention spanning the phrase
//
// A phrase is a head word (summit, war, election...) with the proper words, lower-case
// qualifiers and year before it, and "in/of <place>" after it. Names inside it (G20,
// Iraqi, Buenos Aires) become part of the event mention rather than actors.
#include <algorithm>
#include <cassert>
#include <set>
#include <span>

#include "Analysis.h"

namespace newsgraph::extract {

namespace {

bool qualifier(const std::string& f) {
  static const std::set<std::string> kWords = {
      "presidential", "parliamentary", "legislative", "general", "local", "regional", "trilateral",
      "bilateral", "civil", "trade", "price", "oil", "peace", "nuclear", "first", "second", "third",
      "gulf", "cold", "world", "-", "eastern", "western", "northern", "southern", "central", "arms",
      "gas", "energy", "tariff", "financial", "economic", "military", "border", "missile"};
  return kWords.count(f) != 0;
}

int year_of(const Token& t, std::string_view text) {
  if (!t.has(kNumber)) return 0;
  const std::string_view s = t.text(text);
  if (s.size() != 4) return 0;
  int y = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1900 && y <= 2100 ? y : 0;
}

}  // namespace

void resolve_event_phrases(const Resources& r, DocumentAnalysis& a) {
  std::vector<std::string> countries;
  for (const Mention& m : a.mentions) {
    if (m.candidates.size() == 1 && r.entry(static_cast<std::int32_t>(m.candidates[0])).type == r.country) {
      countries.push_back(r.entry(static_cast<std::int32_t>(m.candidates[0])).id);
    }
  }
  std::vector<Mention> added;
  // find_mentions leaves the mentions in sentence order, so each sentence's are one range:
  // the tests below looked through every mention of the document for each head word and
  // for each token of its sentence.
  const auto by_sentence = [](const Mention& m, std::uint32_t s) { return m.sentence < s; };
  assert(std::is_sorted(a.mentions.begin(), a.mentions.end(),
                        [](const Mention& x, const Mention& y) { return x.sentence < y.sentence; }));
  auto sentence_end = a.mentions.begin();
  for (std::uint32_t s = 0; s < a.sentences.size(); ++s) {
    if (!a.extractable(s)) continue;
    const std::uint32_t first = a.sentences[s].first_token, last = a.sentences[s].last_token;
    const auto mentions_begin = std::lower_bound(sentence_end, a.mentions.end(), s, by_sentence);
    sentence_end = std::lower_bound(mentions_begin, a.mentions.end(), s + 1, by_sentence);
    const std::span<Mention> in_sentence(mentions_begin, sentence_end);
    for (std::uint32_t h = first; h <= last; ++h) {
      const std::string& head = a.tokens[h].folded;
      if (!r.events.is_head(head)) continue;
      // Already a known event ("Kerch Strait incident" from the lexicon): nothing to do.
      const bool known = std::any_of(in_sentence.begin(), in_sentence.end(), [&](const Mention& m) {
        return m.sentence == s && h >= m.first && h <= m.last && m.candidates.size() == 1 && !m.ambiguous &&
               r.entry(static_cast<std::int32_t>(m.candidates[0])).type == r.event;
      });
      if (known) continue;
      EventQuery q;
      q.head = head;
      q.published = a.date;
      q.countries = countries;
      std::uint32_t start = h;
      bool country_word = false, other_word = false;
      for (std::uint32_t k = h; k-- > first;) {
        const Token& t = a.tokens[k];
        if (const int y = year_of(t, a.text)) {
          q.year = y;
        } else if (t.folded == "'s" || t.folded == "the" || t.folded == "a") {
          break;
        } else if ((t.has(kWord) && t.has(kCapitalised)) || a.token_country[k] >= 0) {
          q.proper.push_back(t.folded);
          (a.token_country[k] >= 0 ? country_word : other_word) = true;
        } else if (!qualifier(t.folded)) {
          break;
        } else if (t.folded != "-") {
          q.proper.push_back(t.folded);  // a qualifier must match but does not name anything
        }
        start = k;
      }
      // A person named before the head is not part of an event name ("Lavrov meeting").
      const bool person_inside = std::any_of(in_sentence.begin(), in_sentence.end(), [&](const Mention& m) {
        return m.sentence == s && m.first >= start && m.last < h && m.typed && r.is_person(m.type);
      });
      if (person_inside) continue;
      std::uint32_t end = h;
      if (h + 2 <= last && (a.tokens[h + 1].folded == "in" || a.tokens[h + 1].folded == "of")) {
        std::uint32_t k = h + 2;
        std::vector<std::string> place;
        while (k <= last && k <= h + 6) {
          const Token& t = a.tokens[k];
          if ((t.has(kWord) && t.has(kCapitalised)) || a.token_country[k] >= 0) {
            place.push_back(t.folded);
          } else if (!(qualifier(t.folded) || t.folded == "'s") || t.folded == "-") {
            break;
          }
          end = k++;
        }
        if (place.empty()) {
          end = h;
        } else {
          q.proper.insert(q.proper.end(), place.begin(), place.end());
          other_word = true;
        }
      }
      // Qualifiers alone ("trilateral negotiations", "parliamentary elections") name nothing.
      if (!country_word && !other_word && q.year == 0) continue;
      q.only_countries = country_word && !other_word;
      // Places named elsewhere in the sentence help choose ("... in Osaka, on the
      // sidelines of the G20 summit").
      for (std::uint32_t k = first; k <= last; ++k) {
        // Only words no mention covers (a place the lexicon does not know, like "Osaka"):
        // countries and other names in the sentence are usually actors.
        const bool covered = std::any_of(in_sentence.begin(), in_sentence.end(), [&](const Mention& m) {
          return m.sentence == s && k >= m.first && k <= m.last;
        });
        if ((k < start || k > end) && a.tokens[k].has(kCapitalised) && a.tokens[k].has(kWord) &&
            a.token_country[k] < 0 && !covered) {
          q.context.push_back(a.tokens[k].folded);
        }
      }
      const auto entry = r.events.find(q);
      if (!entry) continue;
      // The phrase becomes one event mention; what it contains is part of it.
      for (Mention& m : in_sentence) {
        if (m.sentence != s || m.last < start || m.first > end) continue;
        const bool generic_event = m.candidates.empty() && m.typed && (m.type == r.event || m.type == r.treaty);
        const bool ambiguous_event = m.candidates.size() >= 1 && m.ambiguous &&
                                     r.entry(static_cast<std::int32_t>(m.candidates[0])).type == r.event;
        if (generic_event || ambiguous_event) {
          m.candidates.clear();
          m.text.clear();  // dropped: replaced by the resolved mention
          m.typed = false;
          m.attached = true;
        } else {
          m.attached = true;
        }
      }
      Mention x;
      x.sentence = s;
      x.first = x.span_first = start;
      x.last = x.span_last = end;
      x.kind = MentionKind::kName;
      x.candidates = {*entry};
      x.type = r.event;
      x.typed = true;
      x.text = a.span_text(start, end);
      added.push_back(std::move(x));
      h = end;
    }
  }
  if (added.empty()) return;
  const auto text_order = [](const Mention& x, const Mention& y) {
    return x.sentence != y.sentence ? x.sentence < y.sentence : x.first < y.first;
  };
  // The mentions are already in text order (find_mentions sorts each sentence's), so a
  // stable merge of the few added ones gives what a stable sort of all of them would, without
  // moving every mention (stable-sorting all mentions was ~5% of extraction). Checked, not
  // assumed: the fallback keeps the result the same if that order ever changes.
  const bool in_order = std::is_sorted(a.mentions.begin(), a.mentions.end(), text_order);
  const auto old_size = static_cast<std::ptrdiff_t>(a.mentions.size());
  std::stable_sort(added.begin(), added.end(), text_order);
  for (auto& m : added) a.mentions.push_back(std::move(m));
  if (in_order) {
    std::inplace_merge(a.mentions.begin(), a.mentions.begin() + old_size, a.mentions.end(), text_order);
  } else {
    std::stable_sort(a.mentions.begin(), a.mentions.end(), text_order);
  }
}

}  // namespace newsgraph::extract
