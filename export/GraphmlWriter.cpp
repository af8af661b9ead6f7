#include "GraphmlWriter.h"

#include "ExportView.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

struct Key {
  std::string id, domain, name, type;
};

void data(std::string& out, const std::string& key, std::string_view value) {
  if (value.empty()) return;  // missing values are omitted, never written empty
  out += "      <data key=\"";
  out += key;
  out += "\">";
  append_xml_escaped(out, value);
  out += "</data>\n";
}

}  // namespace

void GraphmlWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  const std::vector<std::string> attrs = attribute_names(graph);

  std::vector<Key> keys = {
      {"v_label", "node", "label", "string"},
      {"v_type", "node", "type", "string"},
      {"v_key", "node", "key", "string"},
      {"v_aliases", "node", "aliases", "string"},
      {"v_roles", "node", "roles", "string"},
      {"v_first_seen", "node", "first_seen", "string"},
      {"v_last_seen", "node", "last_seen", "string"},
      {"v_documents", "node", "documents", "int"},
      {"v_mentions", "node", "mentions", "int"},
      {"v_r", "node", "r", "int"},
      {"v_g", "node", "g", "int"},
      {"v_b", "node", "b", "int"},
  };
  // attr.name must be an NMTOKEN, and unique among the node keys (NetworkX and igraph
  // key attributes by name): lexicon attribute and metric names are made so.
  std::vector<std::string> taken;
  for (const Key& k : keys) taken.push_back(k.name);
  ColumnNames names(taken);
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    keys.push_back({"v_attr" + std::to_string(i), "node", names.nmtoken(attrs[i]), "string"});
  }
  std::size_t metric_index = 0;
  for (const auto& [name, values] : graph.metrics()) {
    keys.push_back(
        {"v_metric" + std::to_string(metric_index++), "node", names.nmtoken(name), "double"});
  }
  const std::vector<Key> edge_keys = {
      {"e_label", "edge", "label", "string"},
      {"e_relation", "edge", "relation", "string"},
      {"e_weight", "edge", "weight", "double"},
      {"e_symmetric", "edge", "symmetric", "boolean"},
      {"e_first_date", "edge", "first_date", "string"},
      {"e_last_date", "edge", "last_date", "string"},
      {"e_documents", "edge", "documents", "int"},
      {"e_outlets", "edge", "outlets", "string"},
      {"e_evidence_count", "edge", "evidence_count", "int"},
      {"e_evidence", "edge", "evidence", "string"},
  };
  keys.insert(keys.end(), edge_keys.begin(), edge_keys.end());

  std::string buf;
  buf += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  buf +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : keys) {
    buf += "  <key id=\"" + k.id + "\" for=\"" + k.domain + "\" attr.name=\"";
    append_xml_escaped(buf, k.name);
    buf += "\" attr.type=\"" + k.type + "\"/>\n";
  }
  buf += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  out << buf;

  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::Node& n = g[v];
    const auto& type = onto.type(n.type);
    const Rgb rgb = parse_colour(type.colour);
    buf.clear();
    buf += "    <node id=\"n" + std::to_string(v) + "\">\n";
    data(buf, "v_label", n.label);
    data(buf, "v_type", type.id);
    data(buf, "v_key", n.key);
    data(buf, "v_aliases", join(n.aliases, "|"));
    data(buf, "v_roles", describe_roles(n));
    if (n.first_seen) data(buf, "v_first_seen", n.first_seen->to_iso());
    if (n.last_seen) data(buf, "v_last_seen", n.last_seen->to_iso());
    data(buf, "v_documents", std::to_string(n.documents));
    data(buf, "v_mentions", std::to_string(n.mention_count));
    data(buf, "v_r", std::to_string(rgb.r));
    data(buf, "v_g", std::to_string(rgb.g));
    data(buf, "v_b", std::to_string(rgb.b));
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      if (auto it = n.attributes.find(attrs[i]); it != n.attributes.end()) {
        data(buf, "v_attr" + std::to_string(i), it->second);
      }
    }
    std::size_t m = 0;
    for (const auto& [name, values] : graph.metrics()) {
      data(buf, "v_metric" + std::to_string(m++), format_double(values[v]));
    }
    buf += "    </node>\n";
    out << buf;
  }

  std::size_t edge_index = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    buf.clear();
    buf += "    <edge id=\"e" + std::to_string(edge_index++) + "\" source=\"n" +
           std::to_string(boost::source(e, g)) + "\" target=\"n" +
           std::to_string(boost::target(e, g)) + "\">\n";
    data(buf, "e_label", rel.label);
    data(buf, "e_relation", rel.id);
    data(buf, "e_weight", std::to_string(ed.weight));
    data(buf, "e_symmetric", rel.symmetric ? "true" : "false");
    if (ed.first) data(buf, "e_first_date", ed.first->to_iso());
    if (ed.last) data(buf, "e_last_date", ed.last->to_iso());
    data(buf, "e_documents", std::to_string(ed.documents));
    data(buf, "e_outlets", join(ed.outlets, "|"));
    data(buf, "e_evidence_count", std::to_string(ed.evidence.size()));
    data(buf, "e_evidence", join(evidence_lines(graph, ed, options_.max_evidence), "\n"));
    buf += "    </edge>\n";
    out << buf;
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph::exporter
