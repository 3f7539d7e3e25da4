package org.yifa.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

/**
 * The W3C SPARQL 1.1 Protocol test manifest ({@code src/test/resources/conformance/sparql11-protocol/}, from
 * w3c/rdf-tests), read as data: each test is a list of HTTP requests with the answer each expects.
 */
final class ProtocolManifest {

    static final String RESOURCE = "conformance/sparql11-protocol/manifest.ttl";
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode";

    record Request(String method, String absolutePath, String body, String charset, List<String[]> headers,
                   Set<Integer> statusClasses, Boolean expectedBoolean, String expectedFormat) {

        String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }
    }

    record Test(String id, String name, List<Request> requests) {
    }

    private ProtocolManifest() {
    }

    static List<Test> tests() {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.source(ProtocolManifest.class.getClassLoader().getResource(RESOURCE).toString()).parse(m);
        Resource manifest = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
        List<Test> tests = new ArrayList<>();
        for (RDFNode entry : manifest.getPropertyResourceValue(p(m, MF, "entries")).as(RDFList.class).asJavaList()) {
            Resource test = entry.asResource();
            Resource action = test.getPropertyResourceValue(p(m, MF, "action"));
            List<Request> requests = new ArrayList<>();
            for (RDFNode r : action.getPropertyResourceValue(p(m, HT, "requests")).as(RDFList.class).asJavaList()) {
                requests.add(request(m, r.asResource()));
            }
            tests.add(new Test(test.getLocalName(), test.getProperty(p(m, MF, "name")).getString(), requests));
        }
        return tests;
    }

    private static Request request(Model m, Resource r) {
        String body = null;
        String charset = "UTF-8";
        Resource content = r.getPropertyResourceValue(p(m, HT, "body"));
        if (content != null) {
            body = content.getProperty(p(m, CNT, "chars")).getString();
            Statement encoding = content.getProperty(p(m, CNT, "characterEncoding"));
            charset = encoding == null ? charset : encoding.getString();
        }
        List<String[]> headers = new ArrayList<>();
        Resource list = r.getPropertyResourceValue(p(m, HT, "headers"));
        if (list != null) {
            for (RDFNode h : list.as(RDFList.class).asJavaList()) {
                headers.add(new String[] {h.asResource().getProperty(p(m, HT, "fieldName")).getString(),
                        h.asResource().getProperty(p(m, HT, "fieldValue")).getString()});
            }
        }
        Resource response = r.getPropertyResourceValue(p(m, HT, "resp"));
        Set<Integer> classes = new TreeSet<>();
        response.listProperties(p(m, MF, "expectedStatus")).forEachRemaining(s ->
                classes.add(Integer.parseInt(s.getResource().getURI().substring(HTS.length(), HTS.length() + 1))));
        Statement bool = response.getProperty(p(m, MF, "expectedBoolean"));
        Statement format = response.getProperty(p(m, MF, "expectedFormat"));
        return new Request(r.getProperty(p(m, HT, "methodName")).getString(),
                r.getProperty(p(m, HT, "absolutePath")).getString(), body, charset, headers, classes,
                bool == null ? null : bool.getBoolean(), format == null ? null : format.getString());
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
