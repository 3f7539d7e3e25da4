package org.yifa.lod;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.yifa.rdf.Yf;

/**
 * The VoID description of the published dataset. Every number comes from {@link DatasetStats},
 * counted in the store; the service's own URLs (endpoint, dumps) are those of the request.
 */
final class VoidDescription {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DATASET = LodIris.VOID + "#yifa";
    static final String REFERENCE = LodIris.VOID + "#reference";
    static final String LINKSET = LodIris.VOID + "#national-database-links";
    static final String NATIONAL_DATABASE = LodIris.VOID + "#national-database";

    private final Graph graph;

    private VoidDescription(Graph graph) {
        this.graph = graph;
    }

    /**
     * @param graph     an empty graph to fill (with the context's prefixes)
     * @param stats     the numbers
     * @param serviceUrl the service's root URL, e.g. {@code http://localhost:8080}
     */
    static Graph build(Graph graph, DatasetStats stats, String serviceUrl) {
        graph.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("foaf", FOAF);
        VoidDescription v = new VoidDescription(graph);
        Node doc = uri(LodIris.VOID);
        Node dataset = uri(DATASET);
        v.add(doc, RDF.type.asNode(), v("DatasetDescription"));
        v.add(doc, DCTerms.title.asNode(), zh("依法行政示范单位知识图谱的 VoID 数据集描述"));
        v.add(doc, DCTerms.title.asNode(), en("VoID description of the Yifa knowledge graph"));
        v.add(doc, uri(FOAF + "primaryTopic"), dataset);

        v.add(dataset, RDF.type.asNode(), v("Dataset"));
        v.add(dataset, DCTerms.title.asNode(), zh("依法行政示范单位知识图谱"));
        v.add(dataset, DCTerms.title.asNode(), en("Yifa: knowledge graph of law-based administration"));
        v.add(dataset, DCTerms.description.asNode(), zh(
                "《××市依法行政示范单位目标要求》的目标要求体系、其所依据的法律法规条款、法律依据关系、评价标准、本体、"
                        + "物化的推理结果和示例市的单位。各单位上传的佐证材料（graph/evidence/…）和考核结果（graph/assessment/…）"
                        + "属于各单位，不在公开数据集中，也不计入本描述的数字。void:triples 为各公开命名图合并后去重的三元组数；"
                        + "void:entities 为 https://w3id.org/yifa/id/ 下作为主语出现的 IRI 数；类划分的 void:entities 为具有该类型的不同资源数。"));
        v.add(dataset, DCTerms.description.asNode(), en(
                "The checklist 'goal requirements for model units of law-based administration', the articles of law it rests on, "
                        + "the legal-basis links, criteria, the ontology, materialised inferences and the units of the demo city. "
                        + "Evidence uploaded by units (graph/evidence/...) and their assessment rounds (graph/assessment/...) belong "
                        + "to those units: they are not part of the published dataset and not counted here. void:triples counts the "
                        + "distinct triples of the merged public named graphs; void:entities counts IRIs below https://w3id.org/yifa/id/ "
                        + "that occur as subjects; a class partition's void:entities counts the distinct resources of that type."));
        v.add(dataset, v("sparqlEndpoint"), uri(serviceUrl + "/sparql"));
        v.add(dataset, v("uriSpace"), NodeFactory.createLiteralString(Yf.ID));
        v.add(dataset, v("dataDump"), uri(serviceUrl + "/downloads/" + Dumps.Dump.N_QUADS.file));
        for (String format : new String[] {"N-Quads", "Turtle", "JSON-LD", "RDF_XML", "N-Triples", "TriG"}) {
            v.add(dataset, v("feature"), uri("http://www.w3.org/ns/formats/" + format));
        }
        stats.vocabularies().forEach(vocabulary -> v.add(dataset, v("vocabulary"), uri(vocabulary)));
        stats.frameworks().forEach(f -> v.add(dataset, v("rootResource"), f));
        v.add(dataset, v("triples"), count(stats.triples()));
        v.add(dataset, v("entities"), count(stats.entities()));
        v.add(dataset, v("classes"), count(stats.classes().size()));
        v.add(dataset, v("properties"), count(stats.properties()));
        for (Map.Entry<Node, Long> c : stats.classes().entrySet()) {
            Node partition = NodeFactory.createBlankNode();
            v.add(dataset, v("classPartition"), partition);
            v.add(partition, v("class"), c.getKey());
            v.add(partition, v("entities"), count(c.getValue()));
        }

        for (Map.Entry<Node, Long> g : stats.graphTriples().entrySet()) {
            v.add(dataset, v("subset"), g.getKey());
            v.add(g.getKey(), RDF.type.asNode(), v("Dataset"));
            v.add(g.getKey(), v("triples"), count(g.getValue()));
        }

        Node reference = uri(REFERENCE);
        v.add(dataset, v("subset"), reference);
        v.add(reference, RDF.type.asNode(), v("Dataset"));
        v.add(reference, DCTerms.title.asNode(), zh("参考数据：本体、目标要求、法律、法律依据与评价标准（合并，不含推理结果和示例市）"));
        v.add(reference, DCTerms.title.asNode(), en("Reference data: ontology, framework, laws, links and criteria, merged (no inferences, no demo city)"));
        v.add(reference, v("triples"), count(stats.coreTriples()));
        v.add(reference, v("dataDump"), uri(serviceUrl + "/downloads/" + Dumps.Dump.TURTLE.file));
        v.add(reference, v("dataDump"), uri(serviceUrl + "/downloads/" + Dumps.Dump.JSON_LD.file));

        Node national = uri(NATIONAL_DATABASE);
        v.add(national, RDF.type.asNode(), v("Dataset"));
        v.add(national, DCTerms.title.asNode(), zh("国家法律法规数据库"));
        v.add(national, DCTerms.title.asNode(), en("National Database of Laws and Regulations"));
        v.add(national, uri(FOAF + "homepage"), uri("https://flk.npc.gov.cn/"));
        v.add(national, v("uriSpace"), NodeFactory.createLiteralString("https://flk.npc.gov.cn/detail?bbbs="));

        Node linkset = uri(LINKSET);
        v.add(dataset, v("subset"), linkset);
        v.add(linkset, RDF.type.asNode(), v("Linkset"));
        v.add(linkset, DCTerms.title.asNode(), zh("法律版本到国家法律法规数据库页面的链接"));
        v.add(linkset, DCTerms.title.asNode(), en("Links from law versions to their pages in the national law database"));
        v.add(linkset, v("linkPredicate"), Yf.nationalDatabasePage.asNode());
        v.add(linkset, v("subjectsTarget"), dataset);
        v.add(linkset, v("objectsTarget"), national);
        v.add(linkset, v("triples"), count(stats.nationalDatabaseLinks()));
        return graph;
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    private static Node v(String localName) {
        return uri(VOID + localName);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
