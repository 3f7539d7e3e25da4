package org.yifa.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

class AgentsTest {

    @Test
    void anAgentsIriKeepsLettersAndDigitsOfAnyScriptAndEncodesTheRestSoThatNoNameEscapesThePath() {
        assertThat(Agents.iri("李评估")).isEqualTo("https://w3id.org/yifa/id/agent/李评估");
        assertThat(Agents.iri("test-admin")).isEqualTo("https://w3id.org/yifa/id/agent/test-admin");
        assertThat(Agents.iri("Zhang San/../x?y#z")).isEqualTo(
                "https://w3id.org/yifa/id/agent/Zhang%20San%2F..%2Fx%3Fy%23z");
        assertThat(Agents.iri("王（组长）")).isEqualTo("https://w3id.org/yifa/id/agent/王%EF%BC%88组长%EF%BC%89");
        for (String name : new String[] {"a b", "<x>", "\"q\"", "李 评估", "%20"}) {
            assertThat(IRIs.check(Agents.iri(name))).as(name).isTrue();
        }
        assertThat(Agents.iri("a b")).isNotEqualTo(Agents.iri("a%20b"));
    }

    @Test
    void anAgentIsRecognisedInItsIriAndItsUriForm() {
        assertThat(Agents.isAgent("https://w3id.org/yifa/id/agent/%E7%8E%8B%20%E8%AF%84%E4%BC%B0", "王 评估")).isTrue();
        assertThat(Agents.isAgent("https://w3id.org/yifa/id/agent/王%20评估", "王 评估")).isTrue();
        assertThat(Agents.isAgent("https://w3id.org/yifa/id/agent/%e7%8e%8b%20%e8%af%84%e4%bc%b0", "王 评估")).isTrue();
        assertThat(Agents.isAgent("https://w3id.org/yifa/id/agent/王 评估", "王 评估")).isFalse();
        assertThat(Agents.isAgent("https://w3id.org/yifa/id/agent/王", "王 评估")).isFalse();
        assertThat(Agents.isAgent("https://example.org/agent/王%20评估", "王 评估")).isFalse();
    }

    @Test
    void anAgentIsAProvAndFoafAgentNamedExactlyAsGiven() {
        Node agent = Agents.node(" 李 评估 ");
        Node name = NodeFactory.createLiteralString(" 李 评估 ");
        assertThat(Agents.describe(" 李 评估 ")).containsExactlyInAnyOrder(
                Triple.create(agent, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/prov#Agent")),
                Triple.create(agent, RDF.type.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/Agent")),
                Triple.create(agent, RDFS.label.asNode(), name),
                Triple.create(agent, NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), name));
    }
}
