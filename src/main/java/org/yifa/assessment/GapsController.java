package org.yifa.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a whole city falls short in a year: {@code GET /api/gaps?year=} — per item the units that
 * miss it (missed or partly met), most-missed first; per part; per unit type.
 */
@RestController
class GapsController {

    private final AssessmentEngine engine;

    GapsController(AssessmentEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/api/gaps")
    GapsOverview gaps(@RequestParam(required = false) Integer year) {
        int y = UnitController.year(year);
        List<UnitAssessment> all = engine.assessAll(y);
        Map<String, UnitRecordsLoader.UnitInfo> units = engine.units();

        Map<String, List<String>> missedBy = new LinkedHashMap<>();
        Map<String, List<String>> partlyBy = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> byArea = new TreeMap<>(FrameworkLoader::byNumbers);
        Map<String, int[]> byType = new TreeMap<>();
        for (UnitAssessment a : all) {
            for (Finding f : a.findings()) {
                boolean missed = f.status() == Status.MISSED;
                boolean partly = f.status() == Status.PARTLY_MET;
                missedBy.computeIfAbsent(f.notation(), k -> new ArrayList<>());
                partlyBy.computeIfAbsent(f.notation(), k -> new ArrayList<>());
                if (missed) {
                    missedBy.get(f.notation()).add(a.unit());
                }
                if (partly) {
                    partlyBy.get(f.notation()).add(a.unit());
                }
                if (missed || partly) {
                    byArea.computeIfAbsent(f.area(), k -> new TreeMap<>()).merge(a.unit(), 1, Integer::sum);
                    for (String type : units.get(a.unit()).types()) {
                        byType.computeIfAbsent(Evaluator.slug(type), k -> new int[1])[0]++;
                    }
                }
            }
        }
        List<GapItem> items = missedBy.keySet().stream()
                .filter(n -> !missedBy.get(n).isEmpty() || !partlyBy.get(n).isEmpty())
                .sorted(Comparator.comparingInt((String n) -> -(missedBy.get(n).size() + partlyBy.get(n).size()))
                        .thenComparingInt(n -> -missedBy.get(n).size()).thenComparing(FrameworkLoader::byNumbers))
                .map(n -> new GapItem(n, missedBy.get(n), partlyBy.get(n), missedBy.get(n).size() + partlyBy.get(n).size()))
                .toList();
        Map<String, Integer> typeTotals = new TreeMap<>();
        byType.forEach((k, v) -> typeTotals.put(k, v[0]));
        return new GapsOverview(y, all.size(),
                all.stream().filter(UnitAssessment::eligible).map(UnitAssessment::unit).toList(), items,
                byArea.entrySet().stream().map(e -> new GapArea(e.getKey(), e.getValue(),
                        e.getValue().values().stream().mapToInt(Integer::intValue).sum())).toList(), typeTotals);
    }
}
