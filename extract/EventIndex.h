// EventIndex: finds the lexicon event an article means by a loose phrase.
//
//   "the 2003 Iraqi war"            -> iraq-war            (year + "iraqi" ~ "iraq" + head "war")
//   "G20 meeting in Buenos Aires"   -> g20-buenos-aires-2018
//   "the APEC summit" (published 2017-11-22) -> apec-da-nang-2017 (the latest one by then)
//   "the G20 summit" + "Osaka" elsewhere in the sentence -> g20-osaka-2019
//
// A phrase has a head word ("summit", "war", "election"), proper words ("G20", "Iraqi",
// "Sochi"), maybe a year. Candidates must share the head's family and every proper word
// of the phrase (by prefix, so "Iraqi" finds "Iraq"); context words (places named in the
// sentence) and the publication date break ties. No unique best: no answer.
// Built once from the lexicon, then read-only.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/core/Date.h"
#include "NameRules.h"
#include "newsgraph/extract/Lexicon.h"

namespace newsgraph::extract {

struct EventQuery {
  std::string head;                   // folded head word
  std::vector<std::string> proper;    // folded proper words of the phrase (all must match)
  bool only_countries = false;        // every proper word names a country ("Syrian talks")
  std::vector<std::string> context;   // folded words of places named nearby (bonus)
  int year = 0;                       // 0 when none
  std::optional<Date> published;
  // Ids of countries the document names: a view of the caller's list, which is the same
  // for every phrase of a document (copying it into each query was a visible cost).
  std::span<const std::string> countries;
};

class EventIndex {
 public:
  EventIndex() = default;
  EventIndex(const Lexicon& lexicon, graph::TypeId event,
             const std::vector<RoleLexicon::EventFamily>& families);

  std::optional<std::uint32_t> find(const EventQuery& q) const;
  // Asked of every token: the WordSet turns nearly all of them away before hashing.
  bool is_head(std::string_view folded) const { return heads_.contains(folded); }

 private:
  struct Item {
    std::uint32_t entry;
    std::vector<std::string> words;  // folded words of the name and all aliases
    std::optional<Date> from, to;
    std::string country;
    std::string kind;
  };
  bool has_word(const Item& item, const std::string& w) const;

  std::vector<Item> items_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_prefix_;  // 4-letter prefix -> items
  // Asked of every token (is_head); never iterated, so the inline WordHash changes no output.
  std::unordered_map<std::string, int, WordHash, std::equal_to<>> head_family_;  // head word -> family
  WordSet heads_;  // the keys of head_family_
  std::vector<RoleLexicon::EventFamily> families_;
};

}  // namespace newsgraph::extract
