#include "NTriplesWriter.h"

#include "RdfResources.h"
#include "newsgraph/export/Escape.h"

namespace newsgraph::exporter {

namespace {

void iri(std::string& out, std::string_view value) {
  out += '<';
  out += value;  // already absolute and percent-encoded by RdfResources
  out += '>';
}

void object(std::string& out, const RdfObject& o) {
  if (o.kind == RdfObject::Kind::kIri) {
    iri(out, o.value);
    return;
  }
  out += '"';
  out += ntriples_escape(o.value);
  out += '"';
  if (o.kind == RdfObject::Kind::kLangString) {
    out += '@';
    out += o.annotation;
  } else if (o.kind == RdfObject::Kind::kTyped) {
    out += "^^";
    iri(out, o.annotation);
  }
}

}  // namespace

void NTriplesWriter::write(const graph::CorpusGraph& graph, std::ostream& out) const {
  const std::string rdf_type = std::string(rdf::kRdf) + "type";
  std::string buf;
  for_each_resource(graph, options_, [&](const RdfResource& r) {
    buf.clear();
    for (const auto& t : r.types) {
      iri(buf, r.subject);
      buf += ' ';
      iri(buf, rdf_type);
      buf += ' ';
      iri(buf, t);
      buf += " .\n";
    }
    for (const auto& s : r.statements) {
      iri(buf, r.subject);
      buf += ' ';
      iri(buf, s.predicate);
      buf += ' ';
      object(buf, s.object);
      buf += " .\n";
    }
    out << buf;
  });
}

}  // namespace newsgraph::exporter
