package org.yifa.assessment;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.yifa.store.Store;

/**
 * For the benchmark: the rounds of a full assessment written again into a store that has none of them,
 * {@code batch} to a write, as {@link AssessmentEngine#assessAll} writes them — to compare batch sizes
 * on the same data in one run. In the engine's package because rounds are its internals.
 */
public final class RoundWrites {

    private final Store store;
    private final AssessmentEngine engine;
    private final AssessmentRounds rounds;

    public RoundWrites(ApplicationContext context) {
        this.store = context.getBean(Store.class);
        this.engine = context.getBean(AssessmentEngine.class);
        this.rounds = context.getBean(AssessmentRounds.class);
    }

    /** Removes the stored rounds of {@code results} and the findings they link to, in one write: as before a first assessment. */
    public void remove(List<UnitAssessment> results) {
        store.write(changes -> {
            results.forEach(a -> changes.removeGraph(AssessmentRounds.graph(a.unit(), a.year())));
            changes.removeGraph(AssessmentRounds.FINDINGS);
        });
    }

    /** Stores the rounds of {@code results}, {@code batch} to a write; answers the number of writes. */
    public int store(List<UnitAssessment> results, int batch) {
        var units = engine.units();
        List<AssessmentRounds.Round> all = results.stream()
                .map(a -> new AssessmentRounds.Round(units.get(a.unit()).iri(), a)).toList();
        String version = engine.framework().version();
        int writes = 0;
        for (int from = 0; from < all.size(); from += batch) {
            writes += rounds.storeAll(all.subList(from, Math.min(all.size(), from + batch)), version);
        }
        return writes;
    }
}
