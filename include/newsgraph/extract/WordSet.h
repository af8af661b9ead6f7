// WordSet: a set of folded words, for the per-token tests of the rules ("is this word a
// negation?", "a speech verb?").
//
//   WordSet s; s.insert("said"); s.insert("told");
//   s.contains("said") -> true     s.contains("summit") -> false
//
// The rules ask such questions several times for every token, and nearly every answer is
// no; a table of the words' first bytes and a mask of their lengths give most of those
// answers without hashing the word (profiled: string hashing and comparing in these sets
// was over a tenth of extraction). Looks up string_views without making a string.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

namespace newsgraph::extract {

// Hashes std::string and std::string_view alike, for look-ups by view in string-keyed
// unordered containers (with std::equal_to<>).
struct TransparentStringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Hashes a (short, folded) word inline with FNV-1a, for containers that are only looked
// up, never iterated for output (the hash decides their iteration order). Words are a few
// bytes long; std::hash's out-of-line _Hash_bytes cost more than the rest of the look-up
// (profiled: ~6% of extraction in _Hash_bytes, nearly all from word look-ups).
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

class WordSet {
 public:
  WordSet() = default;
  // For a rule's fixed word list tested on every token: a function-local
  // `static const WordSet kHeads{"accord", "deal"};` rejects most tokens on the first-byte
  // and length masks, where one_of compares the token with every word.
  WordSet(std::initializer_list<std::string_view> words) {
    for (const std::string_view w : words) insert(std::string(w));
  }

  void insert(std::string word) {
    const std::size_t n = word.size();
    lengths_ |= std::uint64_t{1} << std::min<std::size_t>(n, 63);
    if (n > 0) {
      const auto b = static_cast<unsigned char>(word[0]);
      firsts_[b >> 6] |= std::uint64_t{1} << (b & 63);
    }
    words_.insert(std::move(word));
  }

  bool contains(std::string_view word) const {
    const std::size_t n = word.size();
    if (!(lengths_ >> std::min<std::size_t>(n, 63) & 1)) return false;
    if (n > 0) {
      const auto b = static_cast<unsigned char>(word[0]);
      if (!(firsts_[b >> 6] >> (b & 63) & 1)) return false;
    }
    return words_.find(word) != words_.end();
  }

  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string, WordHash, std::equal_to<>> words_;
  std::array<std::uint64_t, 4> firsts_{};  // bit b: some word starts with byte b
  std::uint64_t lengths_ = 0;              // bit n: some word has n bytes (63: 63 or more)
};

// Whether `folded` is one of a few `words` written in a rule: one_of(f, {"the", "a", "an"}).
// (A hand-written loop testing the length and first byte first measured slower than
// std::find under callgrind: libstdc++'s unrolled search compares lengths first anyway.)
inline bool one_of(std::string_view folded, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

}  // namespace newsgraph::extract
