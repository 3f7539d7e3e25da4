package org.yifa.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;

/**
 * One unit's records (read record by record, after an upload) are the records the whole city's query
 * gives for that unit: the two ways of reading must never make a unit's result differ.
 */
@YifaSpringTest
class UnitRecordsLoaderTest {

    @Autowired
    UnitRecordsLoader loader;

    @Test
    void eachUnitOfTheDemoCityReadsAloneAsInTheCity() {
        int year = 2025;
        Map<String, UnitRecordsLoader.UnitInfo> units = loader.units();
        Map<String, UnitRecords> city = loader.recordsOfAll(units, year);
        assertThat(city.values()).anySatisfy(r -> assertThat(r.vetoes()).isNotEmpty());
        assertThat(city.values()).anySatisfy(r -> assertThat(r.judgements()).isNotEmpty());
        for (UnitRecordsLoader.UnitInfo unit : units.values()) {
            UnitRecords alone = loader.records(unit);
            UnitRecords inCity = city.get(unit.id());
            assertThat(alone.evidence()).as(unit.id()).isEqualTo(inCity.evidence()).isNotEmpty();
            assertThat(alone.vetoes()).as(unit.id()).isEqualTo(inCity.vetoes());
            assertThat(alone.judgements().stream().filter(j -> j.year() == year).toList()).as(unit.id())
                    .isEqualTo(inCity.judgements());
        }
    }
}
