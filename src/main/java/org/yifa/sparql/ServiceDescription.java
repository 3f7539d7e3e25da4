package org.yifa.sparql;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}
 * (<a href="https://www.w3.org/TR/sparql11-service-description/">W3C</a>): what a client may ask and
 * in which formats it gets answers, the default dataset with its named graphs, and the text-search
 * extension of the embedded store.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String TEXT_QUERY = "http://jena.apache.org/text#query";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    /** W3C format IRIs of what {@link ResultFormat} writes (application/json and /xml are aliases). */
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private ServiceDescription() {
    }

    /**
     * The description of the endpoint at {@code endpoint}, whose default graph is the union of
     * {@code namedGraphs}; {@code textSearch} when {@code text:query} is available (the embedded store).
     */
    static Graph of(String endpoint, List<String> namedGraphs, boolean textSearch) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("format", FORMATS).setNsPrefix("dcterms", DCT)
                .setNsPrefix("rdfs", RDFS).setNsPrefix("text", "http://jena.apache.org/text#");
        Node service = NodeFactory.createURI(endpoint);
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), service);
        g.add(service, NodeFactory.createURI(DCT + "title"), NodeFactory.createLiteralLang("依法 Yifa SPARQL 查询服务", "zh"));
        g.add(service, NodeFactory.createURI(DCT + "title"), NodeFactory.createLiteralLang("Yifa SPARQL query service", "en"));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        for (String format : RESULT_FORMATS) {
            g.add(service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        }
        if (textSearch) {
            Node text = NodeFactory.createURI(TEXT_QUERY);
            g.add(service, sd("extensionFunction"), text);
            g.add(text, RDF.type.asNode(), sd("Function"));
            g.add(text, NodeFactory.createURI(RDFS + "comment"), NodeFactory.createLiteralLang(
                    "Jena text 全文检索属性函数：?s text:query (yf:text \"词\") 检索清单、法律、链接、标准与本体的文本。", "zh"));
            g.add(text, NodeFactory.createURI(RDFS + "comment"), NodeFactory.createLiteralLang(
                    "Jena text full-text search property function: ?s text:query (yf:text \"word\") searches the texts "
                            + "of the checklist, laws, links, criteria and ontology.", "en"));
        }
        Node dataset = NodeFactory.createBlankNode();
        g.add(service, sd("defaultDataset"), dataset);
        g.add(dataset, RDF.type.asNode(), sd("Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(dataset, sd("defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), sd("Graph"));
        g.add(defaultGraph, NodeFactory.createURI(RDFS + "comment"),
                NodeFactory.createLiteralLang("The union of the named graphs.", "en"));
        for (String name : namedGraphs) {
            Node named = NodeFactory.createBlankNode();
            g.add(dataset, sd("namedGraph"), named);
            g.add(named, RDF.type.asNode(), sd("NamedGraph"));
            g.add(named, sd("name"), NodeFactory.createURI(name));
        }
        return g;
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }
}
