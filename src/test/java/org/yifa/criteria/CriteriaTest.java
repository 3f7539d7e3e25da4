package org.yifa.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;
import org.yifa.query.QueryLibrary;
import org.yifa.store.load.DataFiles;
import org.yifa.store.InvalidInputException;

@YifaSpringTest
class CriteriaTest {

    /** Words that set a count, period, deadline, validity, start date or window, found independently of the extractor. */
    static final Pattern RULE_WORDS = Pattern.compile(
            "每年|每季度|第[一二三四]季度|不超过\\d+年|自\\d{4}年\\d{1,2}月\\d{1,2}日起|近[一二两三\\d]年内|\\d+(?:期|次)");

    @Autowired
    Dataset dataset;
    @Autowired
    CriteriaSource criteriaSource;
    @Autowired
    FrameworkSource framework;
    @Autowired
    QueryLibrary queries;

    @Test
    void theFrameworkGraphConformsToItsShapes() {
        Shapes shapes = Shapes.parse(RDFParser.source(new ByteArrayInputStream(
                DataFiles.read("ontology/shapes/framework-shapes.ttl"))).lang(Lang.TURTLE).toGraph());
        ValidationReport report = Txn.calculateRead(dataset,
                () -> ShaclValidator.get().validate(shapes, dataset.getUnionModel().getGraph()));
        assertThat(report.conforms()).as(() -> reportText(report)).isTrue();
    }

    @Test
    void theShapesCatchADocumentaryCriterionWithoutEvidence() {
        Shapes shapes = Shapes.parse(RDFParser.source(new ByteArrayInputStream(
                DataFiles.read("ontology/shapes/framework-shapes.ttl"))).lang(Lang.TURTLE).toGraph());
        Model copy = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> copy.add(dataset.getUnionModel()));
        var yf = "https://w3id.org/yifa/ont#";
        var documentary = copy.listSubjectsWithProperty(copy.createProperty(yf, "judgement"), copy.createTypedLiteral(false)).next();
        copy.removeAll(documentary, copy.createProperty(yf, "requiresEvidence"), null);
        ValidationReport report = ShaclValidator.get().validate(shapes, copy.getGraph());
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).anySatisfy(e -> assertThat(e.focusNode().getURI()).isEqualTo(documentary.getURI()));
    }

    @Test
    void everyRequirementHasCriteriaAndEveryVetoConditionAnEvent() {
        for (Checklist.Item item : framework.parse().items()) {
            if (item.veto()) {
                assertThat(queries.select("veto-event-of-item", Map.of("notation", item.notation())))
                        .as(item.notation()).isNotEmpty();
            } else {
                assertThat(queries.select("criteria-of-item", Map.of("notation", item.notation())))
                        .as(item.notation()).isNotEmpty();
            }
        }
    }

    @Test
    void everyCountPeriodAndDeadlineWrittenInTheDocumentBecameARule() {
        CriteriaReader reader = Txn.calculateRead(dataset, criteriaSource::reader);
        List<Criterion> criteria = new ArrayList<>();
        for (var file : DataFiles.list(CriteriaSource.FILES)) {
            String text = new String(DataFiles.read("data/criteria/" + file.getFilename()), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.contains("vetoes:")) {
                criteria.addAll(reader.criteria(file.getFilename(), text));
            }
        }
        int phrases = 0;
        for (Checklist.Item item : framework.parse().items()) {
            if (item.veto()) {
                continue;
            }
            Matcher m = RULE_WORDS.matcher(item.text());
            while (m.find()) {
                phrases++;
                int at = m.start();
                String words = m.group();
                assertThat(criteria.stream().filter(c -> c.item().equals(item.notation())).anyMatch(c -> {
                    int from = item.text().indexOf(c.sentence());
                    return c.rules().stream().anyMatch(r -> {
                        int start = from + c.sentence().indexOf(r.phrase());
                        return start <= at && at < start + r.phrase().length();
                    });
                })).as("'%s' in item %s became a rule", words, item.notation()).isTrue();
            }
        }
        assertThat(phrases).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theVetoWindowComesFromThePartTitle() {
        assertThat(queries.select("veto-event-of-item", Map.of("notation", "9.1")))
                .singleElement().satisfies(r -> assertThat(r.getLiteral("windowYears").getInt()).isEqualTo(2));
    }

    @Test
    void aCriterionNamingAnUnknownEvidenceTypeIsRejectedWithFileLineAndField() {
        CriteriaReader reader = Txn.calculateRead(dataset, criteriaSource::reader);
        String yaml = """
                part: 1
                items:
                  - item: "1.1"
                    criteria:
                      - id: "1.1-1"
                        sentence: "简化审批流程"
                        obligation: "简化审批流程。"
                        appliesTo: [administrative-organ]
                        responsible: administrative-organ
                        evidence:
                          - type: no-such-evidence
                        judgement: false
                """;
        assertThatThrownBy(() -> reader.criteria("bad.yaml", yaml)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.yaml:11").hasMessageContaining("evidence[0].type")
                .hasMessageContaining("unknown evidence type 'no-such-evidence'");
        assertThatThrownBy(() -> reader.criteria("words.yaml", yaml.replace("简化审批流程\"", "简化审批程序\"")))
                .hasMessageContaining("words.yaml:6").hasMessageContaining("not the words of item 1.1");
    }

    private static String reportText(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        report.getEntries().stream().limit(20).forEach(e -> sb.append(e).append('\n'));
        return sb.toString();
    }
}
