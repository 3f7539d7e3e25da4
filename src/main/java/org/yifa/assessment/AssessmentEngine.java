package org.yifa.assessment;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.yifa.store.load.DataFiles;
import org.yifa.store.GraphLoading;
import org.yifa.store.Store;
import org.yifa.unit.UnitLifetimes;

/**
 * Assesses units: which items each meets or misses in a year, and why. The framework is read once
 * and kept until a graph of the store changes; so are the city's records, until something is written
 * to the store (its data version advances with every write: loads, uploads, restores) other than the
 * engine's own rounds and uploads, whose records the engine adds to those it keeps. Each assessment is
 * stored as a round.
 */
@Service
public class AssessmentEngine {

    private final Store store;
    private final GraphLoading loaded;
    private final FrameworkLoader frameworkLoader;
    private final UnitRecordsLoader records;
    private final AssessmentRounds rounds;
    private final UnitLifetimes lifetimes;
    private volatile Framework framework;
    private volatile CityRecords city;
    private volatile OneUnit lastUnit;
    private final int roundsPerWrite;

    /** Every unit and its records (judgements of {@code year} only), as read at the store's data version {@code version}. */
    private record CityRecords(long version, int year, Map<String, UnitRecordsLoader.UnitInfo> units,
                               Map<String, UnitRecords> records) {
    }

    /** The unit last assessed alone and its records (all years), as read at data version {@code version}. */
    private record OneUnit(long version, UnitRecordsLoader.UnitInfo unit, UnitRecords records) {
    }

    AssessmentEngine(Store store, GraphLoading loaded, FrameworkLoader frameworkLoader, UnitRecordsLoader records,
                     AssessmentRounds rounds, UnitLifetimes lifetimes,
                     @Value("${yifa.assessment.rounds-per-write:250}") int roundsPerWrite) {
        if (roundsPerWrite < 1) {
            throw new IllegalArgumentException("yifa.assessment.rounds-per-write must be at least 1, not " + roundsPerWrite);
        }
        this.roundsPerWrite = roundsPerWrite;
        this.store = store;
        this.loaded = loaded;
        this.lifetimes = lifetimes;
        this.frameworkLoader = frameworkLoader;
        this.records = records;
        this.rounds = rounds;
    }

    /**
     * Assesses one unit for one year and stores the round.
     *
     * @throws org.yifa.unit.UnitNotAssessedException when the unit is not in service on the year's assessment date
     */
    public UnitAssessment assess(String unitId, int year) {
        UnitLifetimes.Snapshot units = lifetimes.current();
        units.notAssessed(unitId, year).ifPresent(e -> {
            throw e;
        });
        Framework current = framework();
        CityRecords cached = cached(year);
        UnitRecordsLoader.UnitInfo unit;
        UnitRecords own;
        if (cached != null) {
            unit = cached.units().get(unitId);
            if (unit == null) {
                throw new UnknownUnitException(unitId);
            }
            own = cached.records().get(unitId);
        } else {
            OneUnit one = oneUnit(unitId);
            unit = one.unit();
            own = one.records();
        }
        UnitAssessment result = Evaluator.assess(current, inYear(own, year, units), year);
        store(List.of(new AssessmentRounds.Round(unit.iri(), result)), current.version());
        return result;
    }

    /**
     * One unit and its records: as last read if it is the same unit and nothing was written since
     * (an upload's re-assessment assesses one unit for several years in a row), else read now.
     */
    private OneUnit oneUnit(String unitId) {
        OneUnit kept = lastUnit;
        long version = store.dataVersion();
        if (kept != null && version >= 0 && kept.version() == version && kept.unit().id().equals(unitId)) {
            return kept;
        }
        OneUnit read = store.read(() -> {
            UnitRecordsLoader.UnitInfo unit = unit(unitId);
            return new OneUnit(store.dataVersion(), unit, records.records(unit));
        });
        lastUnit = read;
        return read;
    }

    /**
     * Takes the records of an upload into what the engine keeps: {@code written}, the statements the
     * upload added, committed as data version {@code writtenAt} (-1: unknown). What was kept at the version
     * before, plus these records, is what a read would find now; so re-assessing after an upload reads
     * nothing again. Kept as it is when the upload's effect cannot be told from its statements alone.
     */
    void recordsAdded(String unitId, Model written, long writtenAt) {
        if (writtenAt < 1) {
            return;
        }
        long before = writtenAt - 1;
        CityRecords all = city;
        OneUnit one = lastUnit;
        UnitRecordsLoader.UnitInfo unit = all != null && all.units().containsKey(unitId) ? all.units().get(unitId)
                : one != null && one.unit().id().equals(unitId) ? one.unit() : records.unit(unitId).orElse(null);
        UnitRecords added = unit == null ? null : UnitRecordsLoader.added(unit, written).orElse(null);
        if (added == null) {
            return;
        }
        // An upload adds records of one unit: every unit's dates and kinds stay as read.
        lifetimes.unchangedBy(before, writtenAt);
        if (all != null && all.version() == before) {
            UnitRecords kept = all.records().get(unitId);
            UnitRecords now = kept == null ? null : kept.plus(added.ofYear(all.year()));
            if (now != null) {
                Map<String, UnitRecords> records = new HashMap<>(all.records());
                records.put(unitId, now);
                city = new CityRecords(writtenAt, all.year(), all.units(), records);
            }
        }
        if (one != null && one.version() == before) {
            UnitRecords now = one.unit().id().equals(unitId) ? one.records().plus(added) : one.records();
            if (now != null) {
                lastUnit = new OneUnit(writtenAt, one.unit(), now);
            }
        }
    }

    /** Assesses every unit in service on the year's assessment date (the city at once); rounds are stored. */
    public List<UnitAssessment> assessAll(int year) {
        Framework current = framework();
        CityRecords all = city(year);
        UnitLifetimes.Snapshot units = lifetimes.current();
        List<AssessmentRounds.Round> results = all.units().values().stream()
                .filter(unit -> units.assessed(unit.id(), year))
                .map(unit -> new AssessmentRounds.Round(unit.iri(),
                        Evaluator.assess(current, inYear(all.records().get(unit.id()), year, units), year)))
                .toList();
        store(results, current.version());
        return results.stream().map(AssessmentRounds.Round::result).toList();
    }

    /** The unit's records with the kinds it had in {@code year}. */
    private static UnitRecords inYear(UnitRecords records, int year, UnitLifetimes.Snapshot units) {
        return records.withTypes(units.typesIn(records.unitId(), year, records.types()));
    }

    public Map<String, UnitRecordsLoader.UnitInfo> units() {
        CityRecords cached = city;
        return cached != null && cached.version() == store.dataVersion() ? cached.units() : records.units();
    }

    UnitRecordsLoader.UnitInfo unit(String unitId) {
        return records.unit(unitId).orElseThrow(() -> new UnknownUnitException(unitId));
    }

    /** A unit's records as assessing {@code year} sees them (judgements and event statements of that year), for explanations. */
    UnitRecords recordsOf(String unitId, int year) {
        CityRecords cached = cached(year);
        if (cached != null && cached.records().containsKey(unitId)) {
            return cached.records().get(unitId);
        }
        return records.records(unit(unitId));
    }

    /** The city's records for {@code year}: as last read if nothing was written since, else read now. */
    private CityRecords city(int year) {
        CityRecords cached = cached(year);
        if (cached != null) {
            return cached;
        }
        // One read transaction: the records and the version they belong to come from the same snapshot.
        CityRecords read = store.read(() -> {
            Map<String, UnitRecordsLoader.UnitInfo> units = records.units();
            return new CityRecords(store.dataVersion(), year, units, records.recordsOfAll(units, year));
        });
        city = read;
        return read;
    }

    /** The kept records of {@code year} if nothing was written to the store since they were read, else null. */
    private CityRecords cached(int year) {
        CityRecords cached = city;
        long version = store.dataVersion();
        return cached != null && version >= 0 && cached.version() == version && cached.year() == year ? cached : null;
    }

    /**
     * Stores rounds, {@code yifa.assessment.rounds-per-write} to a write. Writing rounds changes no record
     * and no unit's lifetime, so when the engine's own writes are the only ones since the kept records and
     * lifetimes were read, they are still current at the new data version.
     */
    private void store(List<AssessmentRounds.Round> results, String frameworkVersion) {
        long before = store.dataVersion();
        int writes = rounds.storeAll(results, frameworkVersion, roundsPerWrite);
        if (writes == 0) {
            return;
        }
        long after = store.dataVersion();
        // As many versions as the rounds' writes: no one else wrote in between.
        if (before < 0 || after != before + writes) {
            return;
        }
        lifetimes.unchangedBy(before, after);
        CityRecords cached = city;
        if (cached != null && cached.version() == before) {
            city = new CityRecords(after, cached.year(), cached.units(), cached.records());
        }
        OneUnit one = lastUnit;
        if (one != null && one.version() == before) {
            lastUnit = new OneUnit(after, one.unit(), one.records());
        }
    }

    Framework framework() {
        String version = storeVersion();
        Framework cached = framework;
        if (cached == null || !cached.version().equals(version)) {
            cached = frameworkLoader.load(version);
            framework = cached;
        }
        return cached;
    }

    /** A digest of the fingerprints of every loaded graph: changes whenever the loader rebuilds one. */
    private String storeVersion() {
        StringBuilder all = new StringBuilder();
        loaded.fingerprints().forEach((graph, fingerprint) -> all.append(graph).append(fingerprint));
        return DataFiles.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
