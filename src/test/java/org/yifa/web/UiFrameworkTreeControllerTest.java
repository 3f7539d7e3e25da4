package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;
import org.yifa.store.load.DataFiles;
import org.yifa.testing.ServiceHttp;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class UiFrameworkTreeControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    FrameworkSource source;

    @Test
    @SuppressWarnings("unchecked")
    void theTreeHoldsEveryPartGoalAndItemOfTheDocumentInItsOrder() {
        List<Map<String, Object>> tree = ServiceHttp.client(port).get().uri("/api/ui/framework")
                .retrieve().body(new ParameterizedTypeReference<>() { });
        Checklist parsed = source.parse();
        assertThat(tree).hasSameSizeAs(parsed.areas());
        for (int a = 0; a < parsed.areas().size(); a++) {
            Checklist.Area area = parsed.areas().get(a);
            Map<String, Object> json = tree.get(a);
            assertThat(json).containsEntry("notation", area.notation()).containsEntry("title", area.title());
            List<Map<String, Object>> goals = (List<Map<String, Object>>) json.get("goals");
            assertThat(goals).hasSameSizeAs(area.goals());
            for (int g = 0; g < area.goals().size(); g++) {
                Checklist.Goal goal = area.goals().get(g);
                assertThat(goals.get(g)).containsEntry("notation", goal.notation()).containsEntry("title", goal.title());
                List<Map<String, Object>> items = (List<Map<String, Object>>) goals.get(g).get("items");
                assertThat(items).extracting(i -> i.get("notation"), i -> i.get("text"), i -> i.get("kind"))
                        .containsExactlyElementsOf(goal.items().stream().map(i -> org.assertj.core.groups.Tuple.tuple(
                                i.notation(), i.text(), i.veto() ? "veto" : "requirement")).toList());
            }
        }
    }

    @Test
    void everyUnitTypeAndEvidenceTypeIsNamedInChineseAndEnglishAsTheOntologyNamesIt() {
        Map<String, Map<String, Map<String, String>>> labels = ServiceHttp.client(port).get()
                .uri("/api/ui/labels").retrieve().body(new ParameterizedTypeReference<>() { });
        assertThat(labels.get("unitTypes")).isEqualTo(prefLabels("ontology/unit-types.ttl", "UnitTypes"));
        assertThat(labels.get("evidenceTypes")).isEqualTo(prefLabels("ontology/evidence-types.ttl", "EvidenceTypes"));
        assertThat(labels.get("evidenceTypes").get("training-record")).containsKeys("zh", "en");
    }

    /** slug → language → skos:prefLabel of the concepts of a scheme, read from the ontology file itself. */
    private static Map<String, Map<String, String>> prefLabels(String file, String scheme) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(DataFiles.readText(file), Lang.TURTLE).parse(model);
        Resource schemeIri = model.createResource("https://w3id.org/yifa/ont#" + scheme);
        Map<String, Map<String, String>> labels = new HashMap<>();
        model.listSubjectsWithProperty(SKOS.inScheme, schemeIri).forEachRemaining(concept -> {
            String slug = concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
            for (Statement s : concept.listProperties(SKOS.prefLabel).toList()) {
                labels.computeIfAbsent(slug, k -> new HashMap<>()).put(s.getLanguage(), s.getString());
            }
        });
        assertThat(labels).isNotEmpty();
        return labels;
    }
}
