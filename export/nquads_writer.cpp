// N-Triples and N-Quads: the quads of rdf_quads.h, one per line, as the
// emitter hands them over (entities in id order, then documents, then each
// statement with its evidence), so the same graph gives the same bytes and
// memory does not grow with the graph.

#include <string_view>

#include "export/exporters.h"
#include "export/output_buffer.h"
#include "export/rdf_quads.h"

namespace kg::exporter {
namespace {

class LineSink : public rdf::QuadSink {
 public:
  LineSink(OutputBuffer& out, bool named_graphs) : out_(out), named_graphs_(named_graphs) {}
  void quad(std::string_view subject, std::string_view predicate, std::string_view object,
            std::string_view graph_name) override {
    out_.append(subject);
    out_.put(' ');
    out_.append(predicate);
    out_.put(' ');
    out_.append(object);
    if (named_graphs_ && !graph_name.empty()) {
      out_.put(' ');
      out_.append(graph_name);
    }
    out_.append(" .\n");
  }

 private:
  OutputBuffer& out_;
  bool named_graphs_;
};

void write_rdf(const graph::KnowledgeGraph& graph, bool named_graphs, std::ostream& out) {
  OutputBuffer buffer(out);
  LineSink sink(buffer, named_graphs);
  rdf::QuadEmitter(graph, sink).all();
  buffer.finish(named_graphs ? "N-Quads" : "N-Triples");
}

}  // namespace

void write_ntriples(const graph::KnowledgeGraph& graph, std::ostream& out) { write_rdf(graph, false, out); }

void write_nquads(const graph::KnowledgeGraph& graph, std::ostream& out) { write_rdf(graph, true, out); }

}  // namespace kg::exporter
