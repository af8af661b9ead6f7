#include "GexfWriter.h"

#include <cmath>

#include "ExportView.h"
#include "newsgraph/export/Escape.h"
#include "newsgraph/export/Spells.h"

namespace newsgraph::exporter {

namespace {

struct Attribute {
  std::string id, title, type;
};

void attribute_list(std::string& out, const char* cls, const std::vector<Attribute>& attrs) {
  out += "    <attributes class=\"";
  out += cls;
  out += "\" mode=\"static\">\n";
  for (const Attribute& a : attrs) {
    out += "      <attribute id=\"";
    append_xml_attr_escaped(out, a.id);
    out += "\" title=\"";
    append_xml_attr_escaped(out, a.title);
    out += "\" type=\"" + a.type + "\"/>\n";
  }
  out += "    </attributes>\n";
}

// <attvalue>s are written only for values that exist (Gephi and NetworkX read an absent
// value as missing; an empty one would be "").
class AttValues {
 public:
  explicit AttValues(std::string& out) : out_(out) {}
  void add(std::string_view id, std::string_view value) {
    if (value.empty()) return;
    if (!open_) out_ += "        <attvalues>\n";
    open_ = true;
    out_ += "          <attvalue for=\"";
    append_xml_attr_escaped(out_, id);
    out_ += "\" value=\"";
    append_xml_attr_escaped(out_, value);
    out_ += "\"/>\n";
  }
  void close() {
    if (open_) out_ += "        </attvalues>\n";
    open_ = false;
  }

 private:
  std::string& out_;
  bool open_ = false;
};

void spells(std::string& out, const std::vector<Spell>& list) {
  if (list.empty()) return;
  out += "        <spells>\n";
  for (const Spell& s : list) {
    out += "          <spell start=\"" + Date::from_days(s.first_day).to_iso() + "\" end=\"" +
           Date::from_days(s.last_day).to_iso() + "\"/>\n";
  }
  out += "        </spells>\n";
}

void colour(std::string& out, const std::string& hex) {
  const Rgb c = parse_colour(hex);
  out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
         "\" b=\"" + std::to_string(c.b) + "\"/>\n";
}

// Graphviz shapes of the ontology to the four GEXF has.
const char* node_shape(const std::string& shape) {
  if (shape == "box") return "square";
  if (shape == "diamond") return "diamond";
  if (shape == "triangle") return "triangle";
  return "disc";
}

const char* edge_shape(const std::string& style) {
  if (style == "dashed") return "dashed";
  if (style == "dotted") return "dotted";
  return "solid";
}

std::string rounded(double value) { return format_double(std::round(value * 100) / 100); }

}  // namespace

void GexfWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  const auto& g = graph.graph();
  const auto& onto = graph.ontology();
  const bool v13 = options_.gexf_version != "1.2draft";
  const bool dynamic = options_.gexf_dynamic;
  const std::vector<std::string> attrs = attribute_names(graph);
  const NodeScale scale = node_scale(graph);
  const GraphSpells time = dynamic ? compute_spells(graph) : GraphSpells{};

  std::vector<Attribute> node_attrs = {
      {"type", "type", "string"},
      {"key", "key", "string"},
      {"aliases", "aliases", "string"},
      {"roles", "roles", "string"},
      {"first_seen", "first_seen", "string"},
      {"last_seen", "last_seen", "string"},
      {"documents", "documents", "integer"},
      {"mentions", "mentions", "integer"},
  };
  // Titles unique, and apart from "label" and "id", which readers keep for the node's own.
  std::vector<std::string> taken = {"id", "label"};
  for (const Attribute& a : node_attrs) taken.push_back(a.title);
  ColumnNames titles(taken);
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    node_attrs.push_back({"attr" + std::to_string(i), titles.unique(attrs[i]), "string"});
  }
  std::size_t metric_index = 0;
  for (const auto& [name, values] : graph.metrics()) {
    node_attrs.push_back(
        {"metric" + std::to_string(metric_index++), titles.unique(name), "double"});
  }
  const std::vector<Attribute> edge_attrs = {
      {"relation", "relation", "string"},
      {"symmetric", "symmetric", "boolean"},
      {"first_date", "first_date", "string"},
      {"last_date", "last_date", "string"},
      {"documents", "documents", "integer"},
      {"outlets", "outlets", "string"},
      {"evidence_count", "evidence_count", "integer"},
      {"evidence", "evidence", "string"},
  };

  std::string buf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (v13) {
    buf +=
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "version=\"1.3\">\n";
  } else {
    buf +=
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
        "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
        "version=\"1.2\">\n";
  }
  buf += "  <meta>\n    <creator>newsgraph</creator>\n    <description>";
  append_xml_escaped(buf, "Entities and relations from " +
                              std::to_string(graph.documents().size()) +
                              " news documents; node size by " + scale.basis);
  buf += "</description>\n  </meta>\n";
  buf += "  <graph defaultedgetype=\"directed\"";
  if (dynamic) {
    buf += " mode=\"dynamic\" timeformat=\"date\"";
    if (v13) buf += " timerepresentation=\"interval\"";
  } else {
    buf += " mode=\"static\"";
  }
  buf += ">\n";
  attribute_list(buf, "node", node_attrs);
  attribute_list(buf, "edge", edge_attrs);
  buf += "    <nodes count=\"" + std::to_string(graph.node_count()) + "\">\n";
  out << buf;

  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::Node& n = g[v];
    const auto& type = onto.type(n.type);
    buf.clear();
    buf += "      <node id=\"n" + std::to_string(v) + "\" label=\"";
    append_xml_attr_escaped(buf, n.label);
    buf += "\">\n";
    AttValues values(buf);
    values.add("type", type.id);
    values.add("key", n.key);
    values.add("aliases", join(n.aliases, "|"));
    values.add("roles", describe_roles(n));
    if (n.first_seen) values.add("first_seen", n.first_seen->to_iso());
    if (n.last_seen) values.add("last_seen", n.last_seen->to_iso());
    values.add("documents", std::to_string(n.documents));
    values.add("mentions", std::to_string(n.mention_count));
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      if (auto it = n.attributes.find(attrs[i]); it != n.attributes.end()) {
        values.add("attr" + std::to_string(i), it->second);
      }
    }
    std::size_t m = 0;
    for (const auto& [name, metric] : graph.metrics()) {
      values.add("metric" + std::to_string(m++), format_double(metric[v]));
    }
    values.close();
    if (dynamic) spells(buf, time.nodes[v]);
    colour(buf, type.colour);
    // Area grows with the score: the radius with its square root, 4 to 40 units.
    const double size = scale.max > 0 ? 4 + 36 * std::sqrt(scale.values[v] / scale.max) : 10;
    buf += "        <viz:size value=\"" + rounded(size) + "\"/>\n";
    buf += "        <viz:shape value=\"" + std::string(node_shape(type.shape)) + "\"/>\n";
    buf += "      </node>\n";
    out << buf;
  }
  out << "    </nodes>\n    <edges count=\"" << graph.edge_count() << "\">\n";

  std::size_t edge_index = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& ed = g[e];
    const auto& rel = onto.relation(ed.relation);
    buf.clear();
    buf += "      <edge id=\"e" + std::to_string(edge_index) + "\" source=\"n" +
           std::to_string(boost::source(e, g)) + "\" target=\"n" +
           std::to_string(boost::target(e, g)) + "\" label=\"";
    append_xml_attr_escaped(buf, rel.label);
    buf += "\" weight=\"" + std::to_string(ed.weight) + "\"";
    if (v13) buf += " kind=\"" + xml_attr_escape(rel.id) + "\"";
    buf += ">\n";
    AttValues values(buf);
    values.add("relation", rel.id);
    values.add("symmetric", rel.symmetric ? "true" : "false");
    if (ed.first) values.add("first_date", ed.first->to_iso());
    if (ed.last) values.add("last_date", ed.last->to_iso());
    values.add("documents", std::to_string(ed.documents));
    values.add("outlets", join(ed.outlets, "|"));
    values.add("evidence_count", std::to_string(ed.evidence.size()));
    values.add("evidence", join(evidence_lines(graph, ed, options_.max_evidence), "\n"));
    values.close();
    if (dynamic) spells(buf, time.edges[edge_index]);
    colour(buf, rel.colour);
    buf += "        <viz:thickness value=\"" + rounded(1 + std::log2(1.0 + ed.weight)) + "\"/>\n";
    buf += "        <viz:shape value=\"" + std::string(edge_shape(rel.style)) + "\"/>\n";
    buf += "      </edge>\n";
    out << buf;
    ++edge_index;
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace newsgraph::exporter
