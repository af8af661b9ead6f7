#include "newsgraph/extract/Gazetteer.h"

#include <algorithm>

#include "newsgraph/extract/Normalizer.h"

namespace newsgraph::extract {

const char* surface_kind_name(SurfaceKind kind) {
  switch (kind) {
    case SurfaceKind::kName: return "name";
    case SurfaceKind::kAlias: return "alias";
    case SurfaceKind::kAcronym: return "acronym";
    case SurfaceKind::kSurname: return "surname";
    case SurfaceKind::kDemonym: return "demonym";
    case SurfaceKind::kMetonym: return "metonym";
  }
  return "name";
}

Gazetteer::Gazetteer(const Lexicon& lexicon) {
  nodes_.emplace_back();
  const auto& entries = lexicon.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& e = entries[i];
    const auto each = [&](const std::vector<std::string>& list, SurfaceKind kind) {
      for (const auto& s : list) add(s, i, kind, e.is_ambiguous(s));
    };
    add(e.name, i, SurfaceKind::kName, e.is_ambiguous(e.name));
    each(e.aliases, SurfaceKind::kAlias);
    each(e.acronyms, SurfaceKind::kAcronym);
    each(e.demonyms, SurfaceKind::kDemonym);
    each(e.metonyms, SurfaceKind::kMetonym);
    if (!e.surname.empty() && e.surname != e.name) {
      add(e.surname, i, SurfaceKind::kSurname, e.is_ambiguous(e.surname));
    }
  }
}

std::uint32_t Gazetteer::child(std::uint32_t node, std::string_view token) const {
  if (node == 0) {
    const auto it = root_.find(token);
    return it == root_.end() ? 0 : it->second;
  }
  const auto& kids = nodes_[node].children;
  const auto it = std::lower_bound(kids.begin(), kids.end(), token,
                                   [](const auto& p, std::string_view t) { return p.first < t; });
  return it != kids.end() && it->first == token ? it->second : 0;
}

void Gazetteer::add(std::string_view surface, std::uint32_t entry, SurfaceKind kind, bool ambiguous) {
  const NormalizedText norm = normalize(surface);
  std::vector<Token> tokens = tokenize(norm.text);
  // "The Moscow Times" is also written "Moscow Times": the article is optional.
  if (tokens.size() > 1 && tokens.front().folded == "the") tokens.erase(tokens.begin());
  if (tokens.empty() || tokens.size() > 32) return;

  std::uint32_t node = 0;
  for (const Token& t : tokens) {
    std::uint32_t next = child(node, t.folded);
    if (next == 0) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (node == 0) {
        root_.emplace(t.folded, next);
      } else {
        auto& kids = nodes_[node].children;
        kids.insert(std::lower_bound(kids.begin(), kids.end(), t.folded,
                                     [](const auto& p, const std::string& x) { return p.first < x; }),
                    {t.folded, next});
      }
    }
    node = next;
  }
  Target target{{entry, kind, ambiguous}, 0, {}};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].has(kCapitalised)) target.capital_mask |= 1u << i;
    if (kind == SurfaceKind::kAcronym) target.exact.emplace_back(tokens[i].text(norm.text));
  }
  auto& targets = nodes_[node].targets;
  const bool duplicate = std::any_of(targets.begin(), targets.end(), [&](const Target& t) {
    return t.target.entry == entry && t.target.kind == kind;
  });
  if (!duplicate) {
    targets.push_back(std::move(target));
    ++surfaces_;
  }
}

bool Gazetteer::accepts(const Target& t, std::string_view text, const std::vector<Token>& tokens,
                        std::size_t first) const {
  if (!t.exact.empty()) {
    for (std::size_t i = 0; i < t.exact.size(); ++i) {
      if (tokens[first + i].text(text) != t.exact[i]) return false;
    }
    return true;
  }
  for (std::uint32_t i = 0, mask = t.capital_mask; mask; ++i, mask >>= 1) {
    if ((mask & 1u) && !tokens[first + i].has(kCapitalised)) return false;
  }
  return true;
}

void Gazetteer::match(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                      std::size_t last, std::vector<GazetteerMatch>& out) const {
  std::size_t i = first;
  while (i <= last && i < tokens.size()) {
    std::uint32_t node = 0;
    std::size_t best_end = 0;
    std::vector<SurfaceTarget> best;
    for (std::size_t j = i; j <= last && j < tokens.size(); ++j) {
      node = child(node, tokens[j].folded);
      if (node == 0) break;
      std::vector<SurfaceTarget> accepted;
      for (const Target& t : nodes_[node].targets) {
        if (!accepts(t, text, tokens, i)) continue;
        // One target per entry: a name and an alias that fold alike are one candidate;
        // keep the strongest kind (enum order) and unambiguous over ambiguous.
        auto same = std::find_if(accepted.begin(), accepted.end(),
                                 [&](const SurfaceTarget& a) { return a.entry == t.target.entry; });
        if (same == accepted.end()) {
          accepted.push_back(t.target);
        } else {
          same->kind = std::min(same->kind, t.target.kind);
          same->ambiguous = same->ambiguous && t.target.ambiguous;
        }
      }
      if (!accepted.empty()) {
        best_end = j;
        best = std::move(accepted);
      }
    }
    if (!best.empty()) {
      out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(best_end), std::move(best)});
      i = best_end + 1;
    } else {
      ++i;
    }
  }
}

}  // namespace newsgraph::extract
