package org.yifa.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;
import org.yifa.unit.UnitNotAssessedException;

/**
 * Where a whole city falls short in a year ({@code GET /api/gaps}), kept with the data version it was
 * computed at. Computing it assesses every unit — in a city above {@code yifa.assessment.kept-units} that
 * reads every unit's records again, minutes for a province — while what makes it changes only with the
 * records: it is kept across writes that change none (the engine's rounds, noted as such in the
 * {@link WriteJournal}), and an upload re-assesses only the unit it went to. Any other write (a load, a
 * restore, the units register) or a store that cannot tell its data version means: assess the city again.
 */
@Component
public class CityGaps {

    private final AssessmentEngine engine;
    private final Store store;
    private final WriteJournal journal;
    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

    /**
     * What each unit assessed in {@code year} falls short in, by unit id in the order assessed, and the overview
     * of them, as of data version {@code version}.
     */
    private record Kept(long version, int year, Map<String, UnitGaps> units, GapsOverview overview) {
    }

    /** One unit's part: whether it is eligible, and its items missed or partly met. */
    private record UnitGaps(String unit, boolean eligible, List<Shortfall> shortfalls) {

        static UnitGaps of(UnitAssessment a) {
            List<Shortfall> shortfalls = new ArrayList<>();
            for (Finding f : a.findings()) {
                if (f.status() == Status.MISSED || f.status() == Status.PARTLY_MET) {
                    shortfalls.add(new Shortfall(f.notation(), f.area(), f.status() == Status.MISSED));
                }
            }
            return new UnitGaps(a.unit(), a.eligible(), List.copyOf(shortfalls));
        }
    }

    private record Shortfall(String notation, String area, boolean missed) {
    }

    CityGaps(AssessmentEngine engine, Store store, WriteJournal journal) {
        this.engine = engine;
        this.store = store;
        this.journal = journal;
    }

    /** The city's gaps in {@code year}: kept, carried over the writes since, or the city assessed now. */
    public GapsOverview of(int year) {
        Kept current = current(kept.get(year));
        if (current != null) {
            return current.overview();
        }
        // One reader brings it up to date; the others wait for it rather than assess the city beside it.
        synchronized (this) {
            current = current(kept.get(year));
            if (current == null) {
                current = fresh(year);
                keep(current);
            }
            return current.overview();
        }
    }

    /**
     * What is kept of a year, carried over the writes since: as it is when they changed no record, with the
     * units that got uploads assessed again; null when nothing is kept or anything else was written.
     */
    private Kept current(Kept last) {
        long now = store.dataVersion();
        if (last == null || now < 0) {
            return null;
        }
        if (last.version() >= now) {
            return last;
        }
        Optional<Set<String>> uploadedTo = journal.uploadedToBetween(last.version(), now);
        if (uploadedTo.isEmpty()) {
            return null;
        }
        if (uploadedTo.get().isEmpty()) {
            return keep(new Kept(now, last.year(), last.units(), last.overview()));
        }
        Map<String, UnitGaps> units = new LinkedHashMap<>(last.units());
        for (String unitId : uploadedTo.get()) {
            UnitAssessment again;
            try {
                again = engine.assess(unitId, last.year());
            } catch (UnitNotAssessedException e) {
                if (units.containsKey(unitId)) {
                    return null;   // assessed when kept, not now: only a write the journal does not vouch for does that
                }
                continue;          // not in service in the year, then or now: not among the gaps
            } catch (UnknownUnitException e) {
                return null;
            }
            if (!units.containsKey(unitId)) {
                return null;       // assessed now but not when kept: its place among the units is the city's to tell
            }
            units.put(unitId, UnitGaps.of(again));
        }
        return keep(new Kept(now, last.year(), units, overview(last.year(), units)));
    }

    /**
     * Keeps {@code gaps} for their year, unless what is kept is newer: readers carrying the same gaps at once
     * each have a result right as of its version, and the newest wins. Gaps of a store without a data version
     * are not kept.
     */
    private Kept keep(Kept gaps) {
        if (gaps.version() >= 0) {
            kept.merge(gaps.year(), gaps, (had, now) -> now.version() >= had.version() ? now : had);
        }
        return gaps;
    }

    private Kept fresh(int year) {
        // The version before the assessment: what is written meanwhile is judged by the journal next time.
        long version = store.dataVersion();
        Map<String, UnitGaps> units = new LinkedHashMap<>();
        for (UnitAssessment a : engine.assessAll(year)) {
            units.put(a.unit(), UnitGaps.of(a));
        }
        return new Kept(version, year, units, overview(year, units));
    }

    private GapsOverview overview(int year, Map<String, UnitGaps> all) {
        Map<String, UnitRecordsLoader.UnitInfo> units = engine.units();
        Map<String, List<String>> missedBy = new LinkedHashMap<>();
        Map<String, List<String>> partlyBy = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byArea = new TreeMap<>(FrameworkLoader::byNumbers);
        Map<String, int[]> byType = new TreeMap<>();
        List<String> eligible = new ArrayList<>();
        for (UnitGaps unit : all.values()) {
            if (unit.eligible()) {
                eligible.add(unit.unit());
            }
            for (Shortfall s : unit.shortfalls()) {
                missedBy.computeIfAbsent(s.notation(), k -> new ArrayList<>());
                partlyBy.computeIfAbsent(s.notation(), k -> new ArrayList<>());
                (s.missed() ? missedBy : partlyBy).get(s.notation()).add(unit.unit());
                byArea.computeIfAbsent(s.area(), k -> new TreeMap<>()).merge(unit.unit(), 1, Integer::sum);
                for (String type : units.get(unit.unit()).types()) {
                    byType.computeIfAbsent(Evaluator.slug(type), k -> new int[1])[0]++;
                }
            }
        }
        List<GapItem> items = missedBy.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -(missedBy.get(n).size() + partlyBy.get(n).size()))
                        .thenComparingInt(n -> -missedBy.get(n).size()).thenComparing(FrameworkLoader::byNumbers))
                .map(n -> new GapItem(n, missedBy.get(n), partlyBy.get(n), missedBy.get(n).size() + partlyBy.get(n).size()))
                .toList();
        Map<String, Integer> typeTotals = new TreeMap<>();
        byType.forEach((k, v) -> typeTotals.put(k, v[0]));
        return new GapsOverview(year, all.size(), eligible, items,
                byArea.entrySet().stream().map(e -> new GapArea(e.getKey(), e.getValue(),
                        e.getValue().values().stream().mapToInt(Integer::intValue).sum())).toList(), typeTotals);
    }
}
