package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;

/**
 * One unit's records (read alone, after an upload) are the records a full assessment's read of a
 * partition of units gives for that unit: the two ways of reading must never make a unit's result differ.
 */
@YifaSpringTest
class UnitRecordsLoaderTest {

    @Autowired
    UnitRecordsLoader loader;

    @Test
    void eachUnitOfTheDemoCityReadsAloneAsInAnyPartition() {
        int year = 2025;
        List<UnitRecordsLoader.UnitInfo> units = List.copyOf(loader.units().values());
        Map<String, UnitRecords> city = loader.recordsOf(units, year);
        assertThat(city.keySet()).containsExactlyElementsOf(units.stream().map(UnitRecordsLoader.UnitInfo::id).toList());
        assertThat(city.values()).anySatisfy(r -> assertThat(r.vetoes()).isNotEmpty());
        assertThat(city.values()).anySatisfy(r -> assertThat(r.judgements()).isNotEmpty());
        assertThat(city.values()).anySatisfy(r -> assertThat(r.events()).isNotEmpty());
        for (UnitRecordsLoader.UnitInfo unit : units) {
            UnitRecords alone = loader.records(unit);
            UnitRecords inCity = city.get(unit.id());
            assertThat(alone.evidence()).as(unit.id()).isEqualTo(inCity.evidence()).isNotEmpty();
            assertThat(alone.ofYear(year)).as(unit.id()).isEqualTo(inCity);
            assertThat(inCity.judgements()).allSatisfy(j -> assertThat(j.year()).isEqualTo(year));
        }
        for (int from = 0; from < units.size(); from += 3) {
            List<UnitRecordsLoader.UnitInfo> partition = units.subList(from, Math.min(units.size(), from + 3));
            loader.recordsOf(partition, year).forEach((id, records) ->
                    assertThat(records).as("%s in a partition of three", id).isEqualTo(city.get(id)));
        }
    }

    @Test
    void anUploadsStatementsAreTakenAsRecordsOnlyWhenTheySayNothingElse() {
        var unit = new UnitRecordsLoader.UnitInfo("t-added", "https://w3id.org/yifa/id/unit/t-added", "测试局",
                java.util.Set.of(), null);
        String record = """
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix prov: <http://www.w3.org/ns/prov#> .
                <https://w3id.org/yifa/id/evidence/t-added/r1> a yf:EvidenceRecord ; yf:recordId "r1" ;
                    yf:unit <https://w3id.org/yifa/id/unit/t-added> ; yf:upload <https://w3id.org/yifa/id/upload/u1> ;
                    yf:evidenceType <https://w3id.org/yifa/id/evidence-type/work-plan> ; dcterms:date "2025-03-01"^^xsd:date .
                <https://w3id.org/yifa/id/upload/u1> a yf:Upload ; yf:unit <https://w3id.org/yifa/id/unit/t-added> .
                <https://w3id.org/yifa/id/agent/li> a prov:Agent .
                """;
        assertThat(UnitRecordsLoader.added(unit, model(record))).hasValueSatisfying(r ->
                assertThat(r.evidence()).extracting(UnitRecords.Evidence::recordId).containsExactly("r1"));
        assertThat(UnitRecordsLoader.added(unit, model(record + """
                <https://w3id.org/yifa/id/unit/t-added> yf:unitValidUntil "2024-12-31"^^xsd:date .
                """))).as("a unit's dates: only a read can tell").isEmpty();
        assertThat(UnitRecordsLoader.added(unit, model(record.replace("unit/t-added> ; yf:upload", "unit/other> ; yf:upload"))))
                .as("a record of another unit").isEmpty();
    }

    private static org.apache.jena.rdf.model.Model model(String turtle) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(m);
        return m;
    }
}
