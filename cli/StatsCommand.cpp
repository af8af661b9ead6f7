// newsgraph stats GRAPH...: a readable summary of a saved graph (or --json for machines).
#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <iostream>

#include "AnalysisOptions.h"
#include "Commands.h"
#include "Common.h"
#include "LoadGraph.h"
#include "newsgraph/graph/analysis/Summary.h"

namespace newsgraph::cli {

namespace {

using graph::analysis::GraphSummary;
using graph::analysis::RankedNode;

std::vector<std::pair<std::string, std::size_t>> freeze_rows(const graph::FreezeStats& f) {
  return {{"document ids described twice", f.document_conflicts},
          {"edges naming a node no record describes", f.edges_without_node},
          {"edges whose relation does not allow the types", f.edges_not_allowed},
          {"edges from a node to itself", f.self_loops},
          {"mentions of an unknown type", f.unknown_types},
          {"edges of an unknown relation", f.unknown_relations}};
}

void print_ranked(const std::string& title, const std::vector<RankedNode>& nodes, bool fraction,
                  std::ostream& out) {
  out << title << "\n";
  if (nodes.empty()) out << "  (none)\n";
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const auto& n = nodes[i];
    const std::string value =
        fraction ? fmt::format("{:.4f}", n.value) : fmt::format("{:g}", n.value);
    out << fmt::format("  {:>3}  {:>8}  {} ({})  {}\n", i + 1, value, n.label, n.type, n.key);
  }
}

void print_text(const GraphSummary& s, const PreparedGraph& prepared, std::ostream& out) {
  std::string span;
  if (s.first_date)
    span = fmt::format(" ({} .. {})", s.first_date->to_iso(), s.last_date->to_iso());
  out << fmt::format("documents: {}{}\n", s.documents, span);
  out << fmt::format("nodes: {}\n", s.nodes);
  for (const auto& [type, n] : s.nodes_by_type) out << fmt::format("  {:<16} {:>8}\n", type, n);
  out << fmt::format("edges: {}\n", s.edges);
  for (const auto& [rel, n] : s.edges_by_relation) out << fmt::format("  {:<16} {:>8}\n", rel, n);
  out << "\n";
  if (prepared.metrics) {
    print_ranked("top actors by pagerank", s.top_pagerank, true, out);
  } else {
    out << "top actors by pagerank\n  (analysis skipped)\n";
  }
  print_ranked("top actors by degree", s.top_degree, false, out);
  out << "strongest pairs\n";
  if (s.strongest_pairs.empty()) out << "  (none)\n";
  for (std::size_t i = 0; i < s.strongest_pairs.size(); ++i) {
    const auto& p = s.strongest_pairs[i];
    std::string rels;
    for (const auto& r : p.relations) rels += (rels.empty() ? "" : ", ") + r;
    out << fmt::format("  {:>3}  weight {:<5g} {} -- {}  ({}; {} documents)\n", i + 1, p.weight,
                       p.source.label, p.target.label, rels, p.documents);
  }
  if (s.modularity) {
    out << fmt::format("communities: {} (modularity {:.3f})\n", s.community_count, *s.modularity);
    for (const auto& c : s.communities) {
      std::string leaders;
      for (const auto& n : c.leaders) leaders += (leaders.empty() ? "" : ", ") + n.label;
      out << fmt::format("  #{:<4} {:>6} members: {}{}\n", c.id, c.size, leaders,
                         c.size > c.leaders.size() ? ", ..." : "");
    }
    if (s.community_count > s.communities.size()) {
      out << fmt::format("  ... and {} smaller\n", s.community_count - s.communities.size());
    }
  } else {
    out << "communities\n  (analysis skipped)\n";
  }
  out << "unresolved or ambiguous names\n";
  out << fmt::format("  weakly resolved: {}\n", s.weak_count);
  for (const auto& w : s.weak_names) {
    out << fmt::format("    {} ({}) {}{}\n", w.label, w.type, w.key,
                       w.note.empty() ? "" : ": " + w.note);
  }
  if (s.weak_count > s.weak_names.size())
    out << fmt::format("    ... and {} more\n", s.weak_count - s.weak_names.size());
  out << fmt::format("  one name, several nodes: {}\n", s.shared_count);
  for (const auto& n : s.shared_names) {
    std::string keys;
    for (const auto& k : n.keys) keys += (keys.empty() ? "" : ", ") + k;
    out << fmt::format("    \"{}\": {}\n", n.name, keys);
  }
  if (s.shared_count > s.shared_names.size()) {
    out << fmt::format("    ... and {} more\n", s.shared_count - s.shared_names.size());
  }
  out << "left out when freezing (kept in the graph file)\n";
  for (const auto& [what, n] : freeze_rows(s.freeze))
    out << fmt::format("  {:<46} {:>8}\n", what, n);
  print_analysis_summary(prepared, out);
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void json_string(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void json_ranked(JsonWriter& w, const RankedNode& n, bool with_value) {
  w.StartObject();
  w.Key("key");
  json_string(w, n.key);
  w.Key("label");
  json_string(w, n.label);
  w.Key("type");
  json_string(w, n.type);
  if (with_value) {
    w.Key("value");
    w.Double(n.value);
  }
  w.EndObject();
}

void json_counts(JsonWriter& w, const std::vector<std::pair<std::string, std::size_t>>& counts) {
  w.StartObject();
  for (const auto& [k, n] : counts) {
    w.Key(k.c_str());
    w.Uint64(n);
  }
  w.EndObject();
}

void print_json(const GraphSummary& s, const PreparedGraph& prepared, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("documents");
  w.Uint64(s.documents);
  if (s.first_date) {
    w.Key("first_date");
    json_string(w, s.first_date->to_iso());
    w.Key("last_date");
    json_string(w, s.last_date->to_iso());
  }
  w.Key("nodes");
  w.Uint64(s.nodes);
  w.Key("nodes_by_type");
  json_counts(w, s.nodes_by_type);
  w.Key("edges");
  w.Uint64(s.edges);
  w.Key("edges_by_relation");
  json_counts(w, s.edges_by_relation);
  for (auto [name, list] :
       {std::pair{"top_pagerank", &s.top_pagerank}, std::pair{"top_degree", &s.top_degree}}) {
    w.Key(name);
    w.StartArray();
    for (const auto& n : *list) json_ranked(w, n, true);
    w.EndArray();
  }
  w.Key("strongest_pairs");
  w.StartArray();
  for (const auto& p : s.strongest_pairs) {
    w.StartObject();
    w.Key("source");
    json_ranked(w, p.source, false);
    w.Key("target");
    json_ranked(w, p.target, false);
    w.Key("relations");
    w.StartArray();
    for (const auto& r : p.relations) json_string(w, r);
    w.EndArray();
    w.Key("weight");
    w.Double(p.weight);
    w.Key("documents");
    w.Uint(p.documents);
    w.EndObject();
  }
  w.EndArray();
  w.Key("communities");
  w.StartObject();
  w.Key("count");
  w.Uint64(s.community_count);
  if (s.modularity) {
    w.Key("modularity");
    w.Double(*s.modularity);
  }
  w.Key("largest");
  w.StartArray();
  for (const auto& c : s.communities) {
    w.StartObject();
    w.Key("id");
    w.Uint(c.id);
    w.Key("size");
    w.Uint64(c.size);
    w.Key("leaders");
    w.StartArray();
    for (const auto& n : c.leaders) json_ranked(w, n, true);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("weak_names");
  w.StartObject();
  w.Key("count");
  w.Uint64(s.weak_count);
  w.Key("listed");
  w.StartArray();
  for (const auto& n : s.weak_names) {
    w.StartObject();
    for (auto [k, v] :
         {std::pair{"key", &n.key}, {"label", &n.label}, {"type", &n.type}, {"note", &n.note}}) {
      w.Key(k);
      json_string(w, *v);
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("shared_names");
  w.StartObject();
  w.Key("count");
  w.Uint64(s.shared_count);
  w.Key("listed");
  w.StartArray();
  for (const auto& n : s.shared_names) {
    w.StartObject();
    w.Key("name");
    json_string(w, n.name);
    w.Key("keys");
    w.StartArray();
    for (const auto& k : n.keys) json_string(w, k);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.Key("freeze");
  w.StartObject();
  const graph::FreezeStats& f = s.freeze;
  for (auto [k, v] : {std::pair{"document_conflicts", f.document_conflicts},
                      {"edges_without_node", f.edges_without_node},
                      {"edges_not_allowed", f.edges_not_allowed},
                      {"self_loops", f.self_loops},
                      {"unknown_types", f.unknown_types},
                      {"unknown_relations", f.unknown_relations}}) {
    w.Key(k);
    w.Uint64(v);
  }
  w.EndObject();
  if (prepared.metrics) {
    const auto& m = *prepared.metrics;
    w.Key("analysis");
    w.StartObject();
    w.Key("pagerank_iterations");
    w.Uint64(m.pagerank_iterations);
    w.Key("pagerank_converged");
    w.Bool(m.pagerank_converged);
    w.Key("betweenness_exact");
    w.Bool(m.betweenness_exact);
    w.Key("betweenness_sources");
    w.Uint64(m.betweenness_sources);
    if (!m.betweenness_exact) {
      w.Key("betweenness_seed");
      w.Uint64(m.betweenness_seed);
    }
    w.Key("components");
    w.Uint64(m.components);
    w.Key("largest_component");
    w.Uint64(m.largest_component);
    w.Key("communities");
    w.Uint64(m.communities);
    w.Key("modularity");
    w.Double(m.modularity);
    w.Key("max_core");
    w.Uint(m.max_core);
    w.EndObject();
  }
  w.EndObject();
  out << buffer.GetString() << "\n";
}

struct StatsCommand : Command {
  GlobalOptions global;
  AnalysisOptions analysis;
  std::vector<std::string> inputs;
  bool json = false;
  std::size_t top = 10;

  int run() const {
    auto loaded = load_prepared_graph(inputs, global, analysis);
    if (!loaded) {
      std::cerr << "newsgraph: " << loaded.error().describe() << "\n";
      return kExitUsage;
    }
    graph::analysis::SummaryOptions options;
    options.top = top;
    const auto summary = graph::analysis::summarise(loaded->graph(), options);
    if (json)
      print_json(summary, loaded->prepared, std::cout);
    else
      print_text(summary, loaded->prepared, std::cout);
    return loaded->warned ? kExitSomeFailed : kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> add_stats_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<StatsCommand>();
  CLI::App* sub = app.add_subcommand(
      "stats",
      "Summarise a saved graph: counts, top actors, strongest pairs, communities,\n"
      "unresolved or ambiguous names, what freezing left out.\n"
      "Example: newsgraph stats out/graph.ngraph --since 2022 --type leader,official");
  sub->add_option("inputs", cmd->inputs,
                  "Graph files (.ngraph); several are merged first; - for stdin")
      ->required();
  sub->add_flag("--json", cmd->json, "Print JSON instead of tables");
  sub->add_option("--top", cmd->top, "Entries in each top list")->capture_default_str();
  add_analysis_options(*sub, cmd->analysis, /*with_threads=*/true);
  add_global_options(*sub, cmd->global);
  const StatsCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
