package org.yifa.assessment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.yifa.store.load.DataFiles;
import org.yifa.store.GraphLoading;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;
import org.yifa.unit.UnitLifetimes;

/**
 * Assesses units: which items each meets or misses in a year, and why. The framework is read once
 * and kept until a graph of the store changes; so are the city's records, until something is written
 * to the store (its data version advances with every write: loads, uploads, restores) other than the
 * engine's own rounds and uploads, whose records the engine adds to those it keeps (both are noted in the
 * {@link WriteJournal}). Readers never wait for a writer: what is kept is carried over the noted writes
 * by one reader, in memory, and what must be read again is read by one reader while the others wait for
 * it rather than read it too. Each assessment is stored as a round.
 */
@Service
public class AssessmentEngine {

    private static final Logger log = LoggerFactory.getLogger(AssessmentEngine.class);

    private final Store store;
    private final GraphLoading loaded;
    private final FrameworkLoader frameworkLoader;
    private final UnitRecordsLoader records;
    private final AssessmentRounds rounds;
    private final UnitLifetimes lifetimes;
    private final WriteJournal journal;
    /** One lock per unit read alone and one for the city: a second reader waits for the first one's read. */
    private final Map<String, Object> unitReads = new ConcurrentHashMap<>();
    private final Object cityRead = new Object();
    private volatile Framework framework;
    private volatile CityRecords city;
    private volatile OneUnit lastUnit;
    private final int unitsPerPartition;
    private final int keptUnits;

    /** Every unit and its records (judgements of {@code year} only), as read at the store's data version {@code version}. */
    private record CityRecords(long version, int year, Map<String, UnitRecordsLoader.UnitInfo> units,
                               Map<String, UnitRecords> records) {
    }

    /** The unit last assessed alone and its records (all years), as read at data version {@code version}. */
    private record OneUnit(long version, UnitRecordsLoader.UnitInfo unit, UnitRecords records) {
    }

    AssessmentEngine(Store store, GraphLoading loaded, FrameworkLoader frameworkLoader, UnitRecordsLoader records,
                     AssessmentRounds rounds, UnitLifetimes lifetimes, WriteJournal journal,
                     @Value("${yifa.assessment.units-per-partition:50}") int unitsPerPartition,
                     @Value("${yifa.assessment.kept-units:10000}") int keptUnits) {
        if (unitsPerPartition < 1) {
            throw new IllegalArgumentException("yifa.assessment.units-per-partition must be at least 1, not " + unitsPerPartition);
        }
        if (keptUnits < 0) {
            throw new IllegalArgumentException("yifa.assessment.kept-units must not be negative, not " + keptUnits);
        }
        this.unitsPerPartition = unitsPerPartition;
        this.keptUnits = keptUnits;
        this.store = store;
        this.loaded = loaded;
        this.lifetimes = lifetimes;
        this.journal = journal;
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
        // Carried over first: carrying the kept records over noted writes carries the lifetimes too.
        CityRecords cached = cached(year);
        OneUnit one = cached == null ? oneUnit(unitId) : null;
        UnitLifetimes.Snapshot units = lifetimes.current();
        units.notAssessed(unitId, year).ifPresent(e -> {
            throw e;
        });
        Framework current = framework();
        UnitRecordsLoader.UnitInfo unit;
        UnitRecords own;
        if (cached != null) {
            unit = cached.units().get(unitId);
            if (unit == null) {
                throw new UnknownUnitException(unitId);
            }
            own = cached.records().get(unitId);
        } else {
            unit = one.unit();
            own = one.records();
        }
        UnitAssessment result = Evaluator.assess(current, inYear(own, year, units), year);
        store(List.of(new AssessmentRounds.Round(unit.iri(), result)), current.version());
        // Carried over the round just written, so that the next reader finds what is kept current.
        if (cached != null) {
            cached(year);
        } else {
            keptUnit(unitId);
        }
        return result;
    }

    /**
     * One unit and its records: as last read if it is the same unit and nothing was written since but
     * noted writes (an upload's re-assessment assesses one unit for several years in a row), else read now.
     */
    private OneUnit oneUnit(String unitId) {
        OneUnit kept = keptUnit(unitId);
        if (kept != null) {
            return kept;
        }
        synchronized (unitReads.computeIfAbsent(unitId, id -> new Object())) {
            kept = keptUnit(unitId);
            if (kept != null) {
                return kept;
            }
            OneUnit read = store.read(() -> {
                UnitRecordsLoader.UnitInfo unit = unit(unitId);
                return new OneUnit(store.dataVersion(), unit, records.records(unit));
            });
            lastUnit = read;
            return read;
        }
    }

    /** The unit kept alone, carried over the noted writes since it was read; null when it is another unit or stale. */
    private OneUnit keptUnit(String unitId) {
        OneUnit kept = lastUnit;
        long version = store.dataVersion();
        if (kept == null || version < 0 || !kept.unit().id().equals(unitId)) {
            return null;
        }
        if (kept.version() >= version) {
            return kept;   // read at this version or later (by another reader meanwhile)
        }
        synchronized (this) {
            OneUnit one = lastUnit;
            if (!one.unit().id().equals(unitId)) {
                return null;
            }
            if (one.version() >= version) {
                return one;
            }
            OneUnit carried = carried(one.version(), version, one.unit(), one.records(), added -> added)
                    .map(records -> new OneUnit(version, one.unit(), records)).orElse(null);
            if (carried != null) {
                lastUnit = carried;
            }
            return carried;
        }
    }

    /**
     * A unit's records ({@code unit}) read at version {@code from}, carried over the noted writes up to
     * {@code to}: plus what uploads for it added ({@code kept} picks what is kept of that); empty when a
     * write was not noted or an upload's effect cannot be told from its statements. Noted writes change
     * no unit's dates or kinds: the kept lifetimes are carried over them too.
     */
    private Optional<UnitRecords> carried(long from, long to, UnitRecordsLoader.UnitInfo unit, UnitRecords records,
                                          UnaryOperator<UnitRecords> kept) {
        Optional<List<WriteJournal.Change>> changes = journal.between(from, to);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        UnitRecords now = records;
        for (WriteJournal.Change change : changes.get()) {
            if (change.derivedOnly()) {
                continue;
            }
            boolean own = change.unitId().equals(unit.id());
            UnitRecordsLoader.UnitInfo uploadedTo = own ? unit : unitInfo(change.unitId());
            Optional<UnitRecords> added = uploadedTo == null ? Optional.empty()
                    : UnitRecordsLoader.added(uploadedTo, change.added());
            if (added.isEmpty()) {
                return Optional.empty();
            }
            if (own) {
                now = now.plus(kept.apply(added.get()));
                if (now == null) {
                    return Optional.empty();   // a record already kept: only a read can tell
                }
            }
        }
        lifetimes.unchangedBy(from, to);
        return Optional.of(now);
    }

    /** What is known of a unit: from the kept city, else read. */
    private UnitRecordsLoader.UnitInfo unitInfo(String unitId) {
        CityRecords all = city;
        return all != null && all.units().containsKey(unitId) ? all.units().get(unitId) : records.unit(unitId).orElse(null);
    }

    /**
     * Carries what is kept (the city, the unit kept alone, and with them the unit lifetimes) over the writes
     * noted since it was read, such as an upload just committed: in memory, so no reader has to read again.
     */
    void carryOver() {
        CityRecords all = city;
        if (all != null) {
            cached(all.year());
        }
        OneUnit one = lastUnit;
        if (one != null) {
            keptUnit(one.unit().id());
        }
    }

    /**
     * Assesses every unit in service on the year's assessment date; rounds are stored. The city goes in
     * partitions of {@code yifa.assessment.units-per-partition} units: each partition's records are read
     * by one query, assessed, and its rounds written by one write while the next partition is read, so that
     * what is held at once is bounded by two partitions. A city of at most {@code yifa.assessment.kept-units} units keeps the records read for
     * the next full assessment (then nothing is read again until a write the engine cannot carry them over).
     */
    public List<UnitAssessment> assessAll(int year) {
        CityRecords kept = cached(year);
        if (kept != null) {
            return assessAll(year, kept);
        }
        // One full assessment reads the city at a time: the others wait, then assess from what it kept (or, in a
        // city above kept-units, read after it rather than beside it, so that memory holds one partition at a time).
        synchronized (cityRead) {
            return assessAll(year, cached(year));
        }
    }

    /** A full assessment from the records {@code kept}, or, when null, from records read partition by partition. */
    private List<UnitAssessment> assessAll(int year, CityRecords kept) {
        Framework current = framework();
        UnitsRead read = kept != null ? new UnitsRead(kept.version(), kept.units())
                : store.read(() -> new UnitsRead(store.dataVersion(), records.units()));
        UnitLifetimes.Snapshot lifetime = lifetimes.current();
        List<UnitRecordsLoader.UnitInfo> units = List.copyOf(read.units().values());
        boolean keep = kept == null && units.size() <= keptUnits;
        Map<String, UnitRecords> keeping = keep ? new HashMap<>() : null;
        List<UnitAssessment> results = new ArrayList<>();
        // A partition's rounds are written while the next partition is read and assessed: the one writer beside a
        // reader (TDB2 readers do not wait for it), so that a run takes about the longer of reading and writing,
        // not their sum. One write at a time is in flight: memory holds two partitions at most.
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "yifa-round-writer"));
        try {
            Future<?> writing = CompletableFuture.completedFuture(null);
            for (int from = 0; from < units.size(); from += unitsPerPartition) {
                List<UnitRecordsLoader.UnitInfo> partition = units.subList(from, Math.min(units.size(), from + unitsPerPartition));
                // Every unit's records are read (kept for explanations and the next run), the assessed ones assessed.
                Map<String, UnitRecords> partitionRecords = kept != null ? kept.records()
                        : store.read(() -> records.recordsOf(partition, year));
                // Evaluation is pure (framework and records in, findings out): the partition's units on every core.
                List<AssessmentRounds.Round> rounds = partition.parallelStream()
                        .filter(unit -> lifetime.assessed(unit.id(), year))
                        .map(unit -> new AssessmentRounds.Round(unit.iri(),
                                Evaluator.assess(current, inYear(partitionRecords.get(unit.id()), year, lifetime), year)))
                        .toList();
                finished(writing);
                writing = writer.submit(() -> store(rounds, current.version()));
                rounds.forEach(round -> results.add(round.result()));
                if (keep) {
                    keeping.putAll(partitionRecords);
                }
                if (units.size() > unitsPerPartition) {
                    log.info("Full assessment of {}: {} of {} units", year, from + partition.size(), units.size());
                }
            }
            finished(writing);
        } finally {
            // Not interrupted: a write in flight (atomic either way) ends on its own; an interrupt would close TDB2's files.
            writer.shutdown();
        }
        if (keep) {
            // Read at versions from read.version() on: carried over what was written since (our rounds),
            // or dropped when that cannot be told (an upload read twice, a load).
            city = new CityRecords(read.version(), year, read.units(), keeping);
        }
        cached(year);
        return results;
    }

    /** Waits for a partition's rounds to be written; a failed write fails the full assessment. */
    private static void finished(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the rounds of a partition were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The units, as read at data version {@code version}. */
    private record UnitsRead(long version, Map<String, UnitRecordsLoader.UnitInfo> units) {
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

    /** The kept records of {@code year}, carried over the noted writes since they were read; null when stale. */
    private CityRecords cached(int year) {
        CityRecords cached = city;
        long version = store.dataVersion();
        if (cached == null || version < 0 || cached.year() != year) {
            return null;
        }
        if (cached.version() >= version) {
            return cached;   // read at this version or later (by another reader meanwhile)
        }
        synchronized (this) {
            CityRecords all = city;
            if (all.year() != year) {
                return null;
            }
            if (all.version() >= version) {
                return all;
            }
            Optional<Set<String>> uploadedTo = journal.uploadedToBetween(all.version(), version);
            if (uploadedTo.isEmpty()) {
                return null;
            }
            // Only the units that got an upload change; the others are kept as they are.
            Map<String, UnitRecords> records = new HashMap<>(all.records());
            for (String unitId : uploadedTo.get()) {
                UnitRecords kept = all.records().get(unitId);
                Optional<UnitRecords> now = kept == null ? Optional.empty() : carried(all.version(), version,
                        all.units().get(unitId), kept, added -> added.ofYear(all.year()));
                if (now.isEmpty()) {
                    return null;
                }
                records.put(unitId, now.get());
            }
            if (uploadedTo.get().isEmpty()) {
                lifetimes.unchangedBy(all.version(), version);
            }
            CityRecords carried = new CityRecords(version, all.year(), all.units(), records);
            city = carried;
            return carried;
        }
    }

    /**
     * Stores rounds (a partition's at most) in one write. Writing rounds changes no record and no unit's
     * lifetime: the write is noted, so what is kept is carried over it.
     */
    private void store(List<AssessmentRounds.Round> results, String frameworkVersion) {
        rounds.storeAll(results, frameworkVersion);
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
