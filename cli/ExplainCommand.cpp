// newsgraph explain GRAPH NAME [NAME]: the evidence behind one entity, or between two.
#include <iostream>

#include "Commands.h"
#include "Common.h"
#include "LoadGraph.h"
#include "newsgraph/core/Text.h"
#include "newsgraph/export/Explain.h"
#include "newsgraph/graph/View.h"

namespace newsgraph::cli {

namespace {

// Nodes whose label or an alias contains `name` (folded), to suggest when nothing matches
// exactly: "putin" finds "Vladimir Putin" in a graph where only the full name was written.
std::string suggestions(const graph::CorpusGraph& corpus, const std::string& name) {
  const std::string wanted = fold(name);
  if (wanted.empty()) return {};
  const auto& g = corpus.graph();
  std::string list;
  std::size_t found = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    bool match = fold(g[v].label).find(wanted) != std::string::npos;
    for (std::size_t i = 0; !match && i < g[v].aliases.size(); ++i) {
      match = fold(g[v].aliases[i]).find(wanted) != std::string::npos;
    }
    if (!match) continue;
    if (++found <= 5) list += (list.empty() ? "" : ", ") + g[v].label + " (" + g[v].key + ")";
  }
  if (found > 5) list += ", and " + std::to_string(found - 5) + " more";
  return list;
}

struct ExplainCommand : Command {
  GlobalOptions global;
  std::string graph_file;
  std::vector<std::string> names;
  exporter::ExplainOptions options;

  int run() const {
    auto loaded = load_graph({graph_file}, global);
    if (!loaded) {
      std::cerr << "newsgraph: " << loaded.error().describe() << "\n";
      return kExitUsage;
    }
    std::vector<graph::Vertex> entities;
    for (const auto& name : names) {
      auto v = graph::find_entity(loaded->corpus, name);
      if (!v) {
        // The lookup is the --ego one; say which file was searched and what to do.
        std::cerr << "newsgraph: " << graph_file << ": " << v.error().message;
        const std::string similar = suggestions(loaded->corpus, name);
        if (!similar.empty() && v.error().message.rfind("no node", 0) == 0) {
          std::cerr << "; did you mean: " << similar << "?";
        }
        std::cerr << " (newsgraph stats " << graph_file << " lists the main names)\n";
        return kExitUsage;
      }
      entities.push_back(*v);
    }
    if (entities.size() == 2 && entities[0] == entities[1]) {
      std::cerr << "newsgraph: \"" << names[0] << "\" and \"" << names[1]
                << "\" are the same entity; give one name to explain it\n";
      return kExitUsage;
    }
    if (entities.size() == 1) {
      exporter::explain_entity(loaded->corpus, entities[0], options, std::cout);
    } else {
      exporter::explain_pair(loaded->corpus, entities[0], entities[1], std::cout);
    }
    return kExitOk;
  }
};

}  // namespace

std::unique_ptr<Command> add_explain_command(CLI::App& app, int& exit_code) {
  auto cmd = std::make_unique<ExplainCommand>();
  CLI::App* sub = app.add_subcommand(
      "explain",
      "Why the graph says what it says: an entity's aliases, roles and strongest\n"
      "relations with their evidence; or, for two entities, every relation between\n"
      "them with all its evidence in date order. Names are keys, labels or aliases\n"
      "(case-insensitive); a name shared by several entities is an error listing them.");
  sub->footer(
      "Examples:\n"
      "  newsgraph explain out/graph.ngraph \"Vladimir Putin\"\n"
      "  newsgraph explain out/graph.ngraph putin \"Joe Biden\"\n"
      "  newsgraph explain out/graph.ngraph person/vladimir-putin --relations 0 --evidence 0");
  sub->add_option("graph", cmd->graph_file, "Graph file (.ngraph) written by build or merge")
      ->required();
  sub->add_option("names", cmd->names, "One entity, or two for the relations between them")
      ->required()
      ->expected(1, 2);
  sub->add_option("--relations", cmd->options.relations,
                  "Relations listed for one entity (0 = all)")
      ->check(CLI::NonNegativeNumber)  // unsigned: "-1" would wrap round
      ->capture_default_str();
  sub->add_option("--evidence", cmd->options.evidence,
                  "Sentences per relation for one entity (0 = all; a pair shows all)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  add_global_options(*sub, cmd->global);
  const ExplainCommand* self = cmd.get();
  sub->callback([self, &exit_code] { exit_code = self->run(); });
  return cmd;
}

}  // namespace newsgraph::cli
