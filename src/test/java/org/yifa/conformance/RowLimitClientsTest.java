package org.yifa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;

/**
 * With an operator's row limit set, clients that ask for more rows than it allows get an error they report,
 * never a shortened answer: Comunica and SPARQLWrapper both fail, naming the limit.
 */
@SlowTest
@YifaSpringTest
@TestPropertySource(properties = "yifa.sparql.max-rows=100")
class RowLimitClientsTest {

    /** 105 rows, more than the limit of 100 set here. */
    static final String REQUIREMENTS = "SELECT ?i WHERE { ?i a <https://w3id.org/yifa/ont#Requirement> }";

    @LocalServerPort
    int port;

    @Test
    void comunicaFailsRatherThanCountingAShortenedAnswer() {
        Clients.requireNode("@comunica/query-sparql");
        Clients.Result result = Clients.exec(Clients.NODE, "comunica_select.mjs", endpoint(), REQUIREMENTS);
        assertThat(result.exit()).as(result.out()).isNotZero();
        assertThat(result.err()).contains("422").contains("more than 100 rows");
    }

    @Test
    void sparqlWrapperFailsRatherThanReadingAShortenedAnswer() {
        Clients.requirePython("SPARQLWrapper");
        Clients.Result result = Clients.exec(Clients.PYTHON, "-c", """
                import sys
                from SPARQLWrapper import SPARQLWrapper, JSON
                s = SPARQLWrapper(sys.argv[1])
                s.setQuery("SELECT ?i WHERE { ?i a <https://w3id.org/yifa/ont#Requirement> }")
                s.setReturnFormat(JSON)
                print(len(s.query().convert()["results"]["bindings"]))
                """, endpoint());
        assertThat(result.exit()).as(result.out()).isNotZero();
        assertThat(result.err()).contains("422");
    }

    private String endpoint() {
        return "http://localhost:" + port + "/sparql";
    }
}
