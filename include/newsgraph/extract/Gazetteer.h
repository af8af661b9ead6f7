// Gazetteer: every surface form of the lexicon compiled into a token trie, then frozen.
//
//   Gazetteer gz(lexicon);
//   gz.match(text, tokens, 0, tokens.size() - 1)
//     "Russian Foreign Minister Sergei Lavrov met Pompeo"
//      -> [Russian: russia (demonym)] [Sergei Lavrov: sergei-lavrov (name)] [Pompeo: mike-pompeo (surname)]
//
// Matching is on folded tokens (case, diacritics, quotes), then checked against the
// surface's case: a capitalised surface word must be capitalised in the text ("Turkey",
// not "turkey"), and acronyms must match exactly ("US", not "us"). Longest match wins,
// left to right. A leading "the" is optional. Built once; match() is const and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsgraph/extract/Lexicon.h"
#include "newsgraph/extract/Tokenizer.h"
#include "newsgraph/extract/WordSet.h"

namespace newsgraph::extract {

enum class SurfaceKind : std::uint8_t { kName, kAlias, kAcronym, kSurname, kDemonym, kMetonym };

const char* surface_kind_name(SurfaceKind kind);

struct SurfaceTarget {
  std::uint32_t entry = 0;   // index into Lexicon::entries()
  SurfaceKind kind = SurfaceKind::kName;
  bool ambiguous = false;    // listed in the entry's "ambiguous"
};

struct GazetteerMatch {
  std::uint32_t first_token = 0, last_token = 0;  // inclusive
  std::vector<SurfaceTarget> targets;             // every entry with this surface
};

class Gazetteer {
 public:
  explicit Gazetteer(const Lexicon& lexicon);

  // Longest matches in tokens[first..last], left to right, appended to `out`.
  void match(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
             std::size_t last, std::vector<GazetteerMatch>& out) const;

  std::size_t surface_count() const { return surfaces_; }

 private:
  struct Target {
    SurfaceTarget target;
    std::uint32_t capital_mask = 0;      // bit i: token i must be capitalised
    std::vector<std::string> exact;      // acronyms: the tokens exactly as written
  };
  struct Node {
    std::vector<std::pair<std::string, std::uint32_t>> children;  // sorted by token
    std::vector<Target> targets;
  };

  void add(std::string_view surface, std::uint32_t entry, SurfaceKind kind, bool ambiguous);
  std::uint32_t child(std::uint32_t node, std::string_view token) const;
  bool accepts(const Target& t, std::string_view text, const std::vector<Token>& tokens,
               std::size_t first) const;

  std::vector<Node> nodes_;  // nodes_[0] is the root; its children live in root_
  // Asked of every token; never iterated, so the inline WordHash cannot change any output.
  std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>> root_;
  std::size_t surfaces_ = 0;
};

}  // namespace newsgraph::extract
