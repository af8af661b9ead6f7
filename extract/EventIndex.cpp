#include "EventIndex.h"

#include <algorithm>
#include <set>

#include "newsgraph/extract/Normalizer.h"
#include "newsgraph/extract/Tokenizer.h"

namespace newsgraph::extract {

namespace {

bool stop_word(const std::string& w) {
  static const std::set<std::string> kStop = {"the", "of", "in", "on", "at", "and", "a", "an", "to",
                                              "for", "-", "'", "'s", ",", ".", "(", ")"};
  return kStop.count(w) != 0;
}

// "iraqi" ~ "iraq", "crimean" ~ "crimea", "russian" ~ "russia": one is a prefix of the
// other and the shorter has at least four letters; else the words must be equal.
bool same_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return s.size() >= 4 && l.size() - s.size() <= 3 && l.compare(0, s.size(), s) == 0;
}

}  // namespace

EventIndex::EventIndex(const Lexicon& lexicon, graph::TypeId event,
                       const std::vector<RoleLexicon::EventFamily>& families)
    : families_(families) {
  for (std::size_t f = 0; f < families.size(); ++f) {
    for (const auto& w : families[f].words) {
      head_family_.emplace(w, static_cast<int>(f));
      heads_.insert(w);
    }
  }
  const auto& entries = lexicon.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    if (e.type != event) continue;
    Item item{i, {}, e.from, e.to, e.country, e.kind};
    std::set<std::string> words;
    const auto add = [&](const std::string& surface) {
      const NormalizedText n = normalize(surface);
      for (const auto& t : tokenize(n.text)) {
        if (!stop_word(t.folded)) words.insert(t.folded);
      }
    };
    add(e.name);
    for (const auto& s : e.aliases) add(s);
    for (const auto& s : e.acronyms) add(s);
    for (const auto& s : e.ambiguous) add(s);
    item.words.assign(words.begin(), words.end());
    const auto index = static_cast<std::uint32_t>(items_.size());
    std::set<std::string> prefixes;
    for (const auto& w : item.words) prefixes.insert(w.substr(0, 4));
    for (const auto& p : prefixes) by_prefix_[p].push_back(index);
    items_.push_back(std::move(item));
  }
}

bool EventIndex::has_word(const Item& item, const std::string& w) const {
  return std::any_of(item.words.begin(), item.words.end(), [&](const std::string& x) { return same_word(x, w); });
}

std::optional<std::uint32_t> EventIndex::find(const EventQuery& q) const {
  const auto family = head_family_.find(q.head);
  if (family == head_family_.end()) return std::nullopt;
  if (q.proper.empty() && q.year == 0) return std::nullopt;  // "the summit": nothing to go on
  const auto& kinds = families_[static_cast<std::size_t>(family->second)].kinds;
  // "Syrian negotiations", "the Russian election": a nationality alone does not single out
  // a meeting or a vote (it does a war: "the Libyan war").
  const bool war_like = std::find(kinds.begin(), kinds.end(), "war") != kinds.end() ||
                        std::find(kinds.begin(), kinds.end(), "crisis") != kinds.end();
  if (q.only_countries && q.year == 0 && !war_like) return std::nullopt;

  // Candidates: items sharing the first proper word (or, with only a year, every item).
  std::vector<std::uint32_t> pool;
  if (!q.proper.empty()) {
    const auto it = by_prefix_.find(q.proper.front().substr(0, 4));
    if (it == by_prefix_.end()) return std::nullopt;
    pool = it->second;
  } else {
    for (std::uint32_t i = 0; i < items_.size(); ++i) pool.push_back(i);
  }
  struct Scored {
    std::uint32_t item;
    double score;
    std::int64_t distance;  // days from publication, for date tie-breaks
  };
  std::vector<Scored> scored;
  for (const std::uint32_t i : pool) {
    const Item& item = items_[i];
    if (std::find(kinds.begin(), kinds.end(), item.kind) == kinds.end()) continue;
    if (!std::all_of(q.proper.begin(), q.proper.end(), [&](const auto& w) { return has_word(item, w); })) continue;
    if (q.year) {
      const int from = item.from ? item.from->year : 0, to = item.to ? item.to->year : from;
      if (!item.from || q.year < from || q.year > std::max(from, to)) continue;
    }
    // Nothing is mentioned before it happened (a month's grace for previews).
    if (q.published && item.from && item.from->to_days() > q.published->to_days() + 400) continue;
    double score = 0;
    for (const auto& w : q.context) score += has_word(item, w) ? 1.0 : 0.0;
    if (std::find(q.countries.begin(), q.countries.end(), item.country) != q.countries.end()) score += 0.5;
    if (has_word(item, "presidential")) score += 0.6;
    std::int64_t distance = 0;
    if (q.published && item.from) {
      distance = q.published->to_days() - item.from->to_days();
      if (distance < 0) distance = -distance * 4;  // prefer what already happened
    }
    scored.push_back({i, score, distance});
  }
  if (scored.empty()) return std::nullopt;
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.distance < b.distance;
  });
  if (scored.size() > 1 && scored[0].score == scored[1].score) {
    // Same fit: only the publication date can choose, and only if it clearly does.
    if (!q.published || scored[0].distance == scored[1].distance) return std::nullopt;
  }
  return items_[scored[0].item].entry;
}

}  // namespace newsgraph::extract
