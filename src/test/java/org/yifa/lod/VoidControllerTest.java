package org.yifa.lod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.YifaSpringTest;

/** Every number in the VoID description equals a count made here with SPARQL over the public graphs. */
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoidControllerTest {

    static final String VOID = "http://rdfs.org/ns/void#";

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;
    LodHttp http;
    Model description;
    Resource yifa;
    List<String> published;
    String values;

    @BeforeAll
    void fetch() {
        http = new LodHttp(port);
        HttpResponse<byte[]> response = http.get("/downloads/void.ttl", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(LodHttp.contentType(response)).startsWith("text/turtle");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("filename=\"void.ttl\""));
        description = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(description);
        yifa = description.createResource("https://w3id.org/yifa/void#yifa");
        published = PublicGraphs.graphs(dataset, PublicGraphs.PUBLIC);
        values = PublicGraphs.values(published);
    }

    @Test
    void theVoidFileHasAnEtagAndAnswers304WhenUnchanged() {
        HttpResponse<byte[]> first = http.get("/downloads/void.ttl", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(http.get("/downloads/void.ttl", null).headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<byte[]> again = http.get("/downloads/void.ttl", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theDatasetIsDescribedInChineseAndEnglishWithItsEndpointAndUriSpace() {
        assertThat(yifa.hasProperty(RDF.type, v("Dataset"))).isTrue();
        assertThat(yifa.listProperties(DCTerms.title).mapWith(s -> s.getLiteral().getLanguage()).toSet())
                .contains("zh", "en");
        assertThat(yifa.getPropertyResourceValue(p("sparqlEndpoint")).getURI()).isEqualTo(http.base() + "/sparql");
        assertThat(yifa.getProperty(p("uriSpace")).getString()).isEqualTo("https://w3id.org/yifa/id/");
        assertThat(yifa.listProperties(DCTerms.description).mapWith(s -> s.getString()).toList())
                .anyMatch(d -> d.contains("graph/evidence/") && d.contains("graph/assessment/"));
        Set<String> vocabularies = yifa.listProperties(p("vocabulary")).mapWith(s -> s.getResource().getURI()).toSet();
        assertThat(vocabularies).contains("https://w3id.org/yifa/ont", "http://www.w3.org/2004/02/skos/core",
                "http://data.europa.eu/eli/ontology", "http://purl.org/dc/terms/");
        for (RDFNode dump : yifa.listProperties(p("dataDump")).mapWith(s -> s.getObject()).toList()) {
            assertThat(http.get(dump.asResource().getURI().substring(http.base().length()), null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void triplesEntitiesClassesAndPropertiesAreCountedFromTheStore() {
        assertThat(number(yifa, "triples")).isEqualTo(PublicGraphs.mergedTriples(dataset, published));
        assertThat(number(yifa, "entities")).isEqualTo(PublicGraphs.count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { "
                + values + " GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"https://w3id.org/yifa/id/\")) }"));
        assertThat(number(yifa, "classes")).isEqualTo(PublicGraphs.count(dataset,
                "SELECT (COUNT(DISTINCT ?c) AS ?n) { " + values + " GRAPH ?g { ?s a ?c } }"));
        assertThat(number(yifa, "properties")).isEqualTo(PublicGraphs.count(dataset,
                "SELECT (COUNT(DISTINCT ?p) AS ?n) { " + values + " GRAPH ?g { ?s ?p ?o } }"));
    }

    @Test
    void everyClassPartitionCountsTheInstancesOfItsClass() {
        Map<String, Long> expected = new HashMap<>();
        PublicGraphs.rows(dataset, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { " + values + " GRAPH ?g { ?s a ?c } } GROUP BY ?c")
                .forEach(r -> expected.put(r.get("c").toString(), r.getLiteral("n").getLong()));
        Map<String, Long> partitions = yifa.listProperties(p("classPartition")).mapWith(s -> s.getResource())
                .toList().stream().collect(Collectors.toMap(
                        part -> part.getPropertyResourceValue(p("class")).toString(), part -> number(part, "entities")));
        assertThat(partitions).isEqualTo(expected);
        assertThat(partitions).containsKeys("https://w3id.org/yifa/ont#Requirement", "https://w3id.org/yifa/ont#LawVersion");
    }

    @Test
    void everyPublicNamedGraphIsASubsetWithItsSizeAndUnitGraphsAreNot() {
        Set<String> subsets = yifa.listProperties(p("subset")).mapWith(s -> s.getResource().getURI()).toSet();
        for (String g : published) {
            assertThat(subsets).contains(g);
            assertThat(number(description.createResource(g), "triples")).as(g).isEqualTo(PublicGraphs.graphSize(dataset, g));
        }
        assertThat(subsets).noneMatch(g -> g.contains("/graph/evidence/") || g.contains("/graph/assessment/")
                || g.endsWith("/graph/meta"));
        Resource reference = description.createResource("https://w3id.org/yifa/void#reference");
        assertThat(subsets).contains(reference.getURI());
        assertThat(number(reference, "triples"))
                .isEqualTo(PublicGraphs.mergedTriples(dataset, PublicGraphs.graphs(dataset, PublicGraphs.REFERENCE)));
    }

    @Test
    void theLinksetCountsLinksToTheNationalLawDatabase() {
        List<Resource> linksets = description.listSubjectsWithProperty(RDF.type, v("Linkset")).toList();
        assertThat(linksets).hasSize(1);
        Resource linkset = linksets.get(0);
        assertThat(linkset.getPropertyResourceValue(p("linkPredicate")).getURI())
                .isEqualTo("https://w3id.org/yifa/ont#nationalDatabasePage");
        assertThat(linkset.getPropertyResourceValue(p("subjectsTarget"))).isEqualTo(yifa);
        Resource target = linkset.getPropertyResourceValue(p("objectsTarget"));
        assertThat(target.getProperty(p("uriSpace")).getString()).isEqualTo("https://flk.npc.gov.cn/detail?bbbs=");
        long links = PublicGraphs.count(dataset, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { " + values
                + " GRAPH ?g { ?s <https://w3id.org/yifa/ont#nationalDatabasePage> ?o } } }");
        assertThat(links).isPositive();
        assertThat(number(linkset, "triples")).isEqualTo(links);
    }

    @Test
    void theDescriptionIsAlsoServedAtVoidInEveryFormat() {
        String page = LodHttp.text(http.get("/void", "text/html"));
        assertThat(page).contains("依法行政示范单位知识图谱").contains("id=\"yifa\"").contains("id=\"national-database-links\"");
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
            HttpResponse<byte[]> response = http.get("/.well-known/void", type);
            assertThat(LodHttp.contentType(response)).startsWith(type);
            var answer = LodHttp.graph(response, DerefControllerTest.lang(type), http.base() + "/void");
            assertThat(answer.isIsomorphicWith(description.getGraph())).as(type).isTrue();
        }
    }

    private long number(Resource subject, String property) {
        Literal value = subject.getProperty(p(property)).getLiteral();
        assertThat(value.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
        return value.getLong();
    }

    private Property p(String localName) {
        return description.createProperty(VOID + localName);
    }

    private Resource v(String localName) {
        return description.createResource(VOID + localName);
    }
}
