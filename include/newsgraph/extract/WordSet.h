// WordSet: a set of folded words, for the per-token tests of the rules ("is this word a
// negation?", "a speech verb?").
//
//   WordSet s; s.insert("said"); s.insert("told");
//   s.contains("said") -> true     s.contains("summit") -> false
//
// The rules ask such questions several times for every token, and nearly every answer is
// no; a bitmap of the words' (first byte, last byte, length) gives most of those answers
// without hashing the word (profiled: string hashing and comparing in these sets
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
  // `static const WordSet kHeads{"accord", "deal"};` rejects most tokens on the signature
  // bitmap, where one_of compares the token with every word.
  WordSet(std::initializer_list<std::string_view> words) {
    for (const std::string_view w : words) insert(std::string(w));
  }

  void insert(std::string word) {
    const std::size_t sig = signature(word);
    signatures_[sig >> 6] |= std::uint64_t{1} << (sig & 63);
    words_.insert(std::move(word));
  }

  bool contains(std::string_view word) const {
    const std::size_t sig = signature(word);
    if (!(signatures_[sig >> 6] >> (sig & 63) & 1)) return false;
    return words_.find(word) != words_.end();
  }

  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }

 private:
  // A word's first byte, last byte and length, mixed into one of kSignatures bits. A token
  // whose signature no word of the set has is not in it, and most tokens are turned away
  // here without hashing. (Separate masks of first bytes and of lengths let common short
  // words such as "the" through to the hash look-up of nearly every set: profiled at ~5%.)
  static constexpr std::size_t kSignatures = 4096;
  static std::size_t signature(std::string_view w) {
    if (w.empty()) return 0;
    const std::size_t first = static_cast<unsigned char>(w.front()), last = static_cast<unsigned char>(w.back());
    return (first * 131 + last * 31 + w.size()) % kSignatures;
  }

  std::unordered_set<std::string, WordHash, std::equal_to<>> words_;
  std::array<std::uint64_t, kSignatures / 64> signatures_{};  // bit s: some word has signature s
};

// Whether `folded` is one of a few `words` written in a rule: one_of(f, {"the", "a", "an"}).
// (A hand-written loop testing the length and first byte first measured slower than
// std::find under callgrind: libstdc++'s unrolled search compares lengths first anyway.)
inline bool one_of(std::string_view folded, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

}  // namespace newsgraph::extract
