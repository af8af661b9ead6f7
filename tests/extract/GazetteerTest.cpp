#include <catch2/catch.hpp>

#include "TestResources.h"
#include "newsgraph/extract/Gazetteer.h"
#include "newsgraph/extract/Normalizer.h"

using namespace newsgraph::extract;
using namespace newsgraph::extract::testing;

namespace {
// "surface=entry/kind" for every match in the text.
std::string dump(const std::string& raw) {
  static const Gazetteer gz(test_lexicon());
  const NormalizedText n = normalize(raw);
  const auto tokens = tokenize(n.text);
  std::vector<GazetteerMatch> matches;
  gz.match(n.text, tokens, 0, tokens.size() - 1, matches);
  std::string out;
  for (const auto& m : matches) {
    if (!out.empty()) out += "; ";
    out += std::string(n.text.substr(tokens[m.first_token].begin, tokens[m.last_token].end - tokens[m.first_token].begin));
    for (const auto& t : m.targets) {
      out += std::string("=") + test_lexicon().entries()[t.entry].id + "/" + surface_kind_name(t.kind) +
             (t.ambiguous ? "?" : "");
    }
  }
  return out;
}
}  // namespace

TEST_CASE("gazetteer: names, aliases, acronyms, demonyms, metonyms, surnames") {
  const std::pair<const char*, const char*> cases[] = {
      {"Vladimir Putin met Sergey Lavrov", "Vladimir Putin=vladimir-putin/name; Sergey Lavrov=sergei-lavrov/alias"},
      {"the Kremlin and the U.S. and NATO", "Kremlin=russia/metonym; U.S.=united-states/acronym; NATO=nato/acronym"},
      {"Russians and a Russian diplomat", "Russians=russia/demonym; Russian=russia/demonym"},
      {"Putin said", "Putin=vladimir-putin/surname"},
      {"Bush said", "Bush=george-h-w-bush/surname?=george-w-bush/surname?"},
      {"The Moscow Times and Moscow Times", "Moscow Times=the-moscow-times/name; Moscow Times=the-moscow-times/name"},
      {"The Washington Post reported", "Washington Post=washington-post/name"},
      {"Washington said", "Washington=united-states/metonym?"},
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(dump(in) == out);
  }
}

TEST_CASE("gazetteer: case decides between a name and a word") {
  CHECK(dump("we ate turkey in us") == "");          // not Turkey, not US
  CHECK(dump("TURKEY and Turkey") == "TURKEY=turkey/name; Turkey=turkey/name");
  CHECK(dump("new start") == "");
  CHECK(dump("Erdoğan in Ankara") == "Erdoğan=recep-tayyip-erdogan/surname; Ankara=turkey/metonym");
}

TEST_CASE("gazetteer: a name and an alias that fold alike are one candidate") {
  // "New START" (name) and "New Start" (alias) fold to the same tokens.
  CHECK(dump("extended New START on Wednesday") == "New START=new-start/name");
}
