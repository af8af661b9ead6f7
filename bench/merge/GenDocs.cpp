// gen_docs: writes deterministic per-document graphs (what `newsgraph extract` writes)
// for the merge benchmark: N documents over a fixed population of entities with
// heavy-tailed (Zipf-like) popularity, E edge mentions per document, every edge allowed
// by the shipped ontology, with realistic evidence sentences, titles, URLs and outlets.
//
//   gen_docs --docs 1000000 --entities 200000 --edges-per-doc 5 --shards 8 --out DIR
//     -> DIR/docs-0.ngraph ... DIR/docs-7.ngraph (document i in shard i % 8)
//
// Document i depends only on (seed, i), so any sharding gives the same set of records.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "newsgraph/graph/NativeFormat.h"

namespace {

using newsgraph::Date;
using newsgraph::graph::DocGraph;
using newsgraph::graph::EdgeRecord;
using newsgraph::graph::Evidence;
using newsgraph::graph::Mention;
using newsgraph::graph::NodeRecord;

struct SplitMix {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

struct Pool {
  std::string type, group;
  std::size_t size = 0;
  std::vector<double> cdf;  // Zipf weights 1/(rank+1)^alpha, cumulative
  std::size_t draw(SplitMix& rng) const {
    const double u = rng.unit() * cdf.back();
    return static_cast<std::size_t>(std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
  }
};

const std::array<const char*, 24> kSyllables = {
    "ka",  "lo",  "mi", "ren", "sa", "to",  "vel", "dra", "ni",  "gor", "an", "be",
    "chi", "dov", "el", "fa",  "ha", "ish", "ju",  "ko",  "lin", "mar", "nu", "os"};

std::string word(std::uint64_t x, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) {
    w += kSyllables[x % kSyllables.size()];
    x /= kSyllables.size();
  }
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

struct Entity {
  std::string key, name, surname;
};

Entity entity(const Pool& pool, std::size_t index) {
  const std::uint64_t h = index * 2654435761u + pool.type.size() * 97;
  Entity e;
  if (pool.group == "person") {
    e.surname = word(h, 3);
    e.name = word(h / 7 + 11, 2) + " " + e.surname;
  } else if (pool.type == "country") {
    e.name = word(h, 3) + "ia";
  } else if (pool.type == "outlet") {
    e.name = "The " + word(h, 2) + " " + (index % 2 ? "Times" : "Herald");
  } else if (pool.type == "event") {
    e.name = word(h, 2) + " Summit " + std::to_string(2000 + index % 25);
  } else if (pool.type == "treaty") {
    e.name = word(h, 3) + " Accord";
  } else {
    e.name = word(h, 2) + " " + word(h / 5, 2) + " Council";
  }
  std::string slug;
  for (char c : e.name)
    slug += c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  e.key = pool.group + "/" + slug + "-" + std::to_string(index);
  return e;
}

struct RelationSpec {
  const char* id;
  const char* verb;
  std::vector<int> sources, targets;  // pool indices
  double share;
};

}  // namespace

int main(int argc, char** argv) {
  std::size_t docs = 1000000, entities = 200000, edges_per_doc = 5, shards = 8;
  std::uint64_t seed = 1;
  std::string out = ".";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--docs")
      docs = std::stoull(v);
    else if (a == "--entities")
      entities = std::stoull(v);
    else if (a == "--edges-per-doc")
      edges_per_doc = std::stoull(v);
    else if (a == "--shards")
      shards = std::stoull(v);
    else if (a == "--seed")
      seed = std::stoull(v);
    else if (a == "--out")
      out = v;
    else {
      std::cerr << "gen_docs: unknown option " << a << "\n";
      return 2;
    }
  }
  // Shares of the population per type (sum 1); pools 0-4 are actors.
  const std::vector<std::pair<std::string, double>> shares = {
      {"leader", 0.015},      {"official", 0.25},  {"expert", 0.285}, {"country", 0.00125},
      {"organisation", 0.30}, {"outlet", 0.00875}, {"event", 0.10},   {"treaty", 0.04}};
  std::vector<Pool> pools;
  for (const auto& [type, share] : shares) {
    Pool p;
    p.type = type;
    p.group = type == "leader" || type == "official" || type == "expert" ? "person"
              : type == "outlet"                                         ? "organisation"
                                                                         : type;
    p.size = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::llround(share * static_cast<double>(entities))));
    double sum = 0;
    for (std::size_t r = 0; r < p.size; ++r)
      p.cdf.push_back(sum += 1.0 / std::pow(static_cast<double>(r + 1), 0.8));
    pools.push_back(std::move(p));
  }
  const std::vector<int> actors = {0, 1, 2, 3, 4}, people = {0, 1, 2};
  const std::vector<RelationSpec> relations = {
      {"spoke-with", "held talks with", actors, actors, 0.35},
      {"criticised", "sharply criticised", actors, {0, 1, 2, 3, 4, 6, 7}, 0.20},
      {"proposed", "proposed new terms to", actors, {0, 1, 3, 4, 6, 7}, 0.10},
      {"affiliated-with", "serves", people, {3, 4}, 0.15},
      {"quoted-by", "quoted", {5}, people, 0.10},
      {"party-to", "signed", {3, 4}, {7}, 0.05},
      {"attended", "attended", actors, {6}, 0.05}};
  const std::vector<std::string> roles = {
      "", "", "Foreign Minister", "President", "spokesperson", "Prime Minister", "ambassador", ""};

  std::vector<std::ofstream> files(shards);
  for (std::size_t s = 0; s < shards; ++s) {
    files[s].open(out + "/docs-" + std::to_string(s) + ".ngraph", std::ios::binary);
    if (!files[s]) {
      std::cerr << "gen_docs: cannot write " << out << "\n";
      return 3;
    }
    newsgraph::graph::write_native_header(files[s]);
  }
  const auto epoch = Date{2015, 1, 1}.to_days();
  for (std::size_t i = 0; i < docs; ++i) {
    SplitMix rng{seed * 0x100000001B3ull + i};
    DocGraph d;
    const std::string id = "wire/" + std::to_string(i / 1000) + "/" + std::to_string(i % 1000);
    const Date date = Date::from_days(epoch + static_cast<std::int64_t>(rng.below(3650)));
    const std::size_t outlet = pools[5].draw(rng);
    const Entity outlet_entity = entity(pools[5], outlet);
    d.document.id = id;
    d.document.source =
        "corpus/shard-" + std::to_string(i % 64) + ".jsonl:" + std::to_string(i / 64 + 1);
    d.document.url = "https://news.example.com/" + date.to_iso() + "/" + std::to_string(i);
    d.document.date = date;
    d.document.outlets = {outlet_entity.key};
    d.document.bytes = 2000 + rng.below(6000);

    std::vector<std::pair<int, std::size_t>> seen;  // (pool, index) with a node record
    const auto node = [&](int pool, std::size_t index) -> Entity {
      Entity e = entity(pools[static_cast<std::size_t>(pool)], index);
      if (std::find(seen.begin(), seen.end(), std::make_pair(pool, index)) == seen.end()) {
        seen.emplace_back(pool, index);
        NodeRecord n;
        n.key = e.key;
        Mention m;
        m.doc = id;
        m.text = e.name;
        m.type = pools[static_cast<std::size_t>(pool)].type;
        m.count = 1 + static_cast<std::uint32_t>(rng.below(4));
        m.canonical = true;
        if (pool <= 2) m.role = roles[rng.below(roles.size())];
        n.mentions.push_back(m);
        if (!e.surname.empty() && rng.below(2)) {
          m.text = e.surname;
          m.canonical = false;
          m.role.clear();
          n.mentions.push_back(m);
        }
        d.nodes.push_back(std::move(n));
      }
      return e;
    };
    std::uint32_t offset = 0;
    std::string title;
    for (std::size_t k = 0; k < edges_per_doc; ++k) {
      double u = rng.unit();
      std::size_t r = 0;
      while (r + 1 < relations.size() && u >= relations[r].share) u -= relations[r++].share;
      const RelationSpec& rel = relations[r];
      const int sp = rel.sources[rng.below(rel.sources.size())];
      int tp = rel.targets[rng.below(rel.targets.size())];
      std::size_t si = pools[static_cast<std::size_t>(sp)].draw(rng);
      std::size_t ti = pools[static_cast<std::size_t>(tp)].draw(rng);
      if (sp == tp && si == ti) ti = (ti + 1) % pools[static_cast<std::size_t>(tp)].size;
      const Entity a = node(sp, si), b = node(tp, ti);
      Evidence ev;
      ev.doc = id;
      ev.sentence =
          a.name + " " + rel.verb + " " + b.name + " on " + date.to_iso() +
          ", according to officials familiar with the talks who spoke on condition of anonymity.";
      ev.begin = offset;
      ev.end = offset + static_cast<std::uint32_t>(ev.sentence.size());
      offset = ev.end + 1;
      ev.date = date;
      ev.trigger = rel.verb;
      ev.confidence = 0.8f;
      if (title.empty()) title = a.name + " " + rel.verb + " " + b.name;
      d.edges.push_back({a.key, rel.id, b.key, {std::move(ev)}});
    }
    d.document.title = title;
    newsgraph::graph::write_native_line(d, files[i % shards]);
  }
  for (auto& f : files) {
    f.flush();
    if (!f) {
      std::cerr << "gen_docs: write failed\n";
      return 3;
    }
  }
  return 0;
}
