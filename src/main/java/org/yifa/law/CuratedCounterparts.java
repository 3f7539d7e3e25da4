package org.yifa.law;

import java.time.LocalDate;
import java.util.List;

/**
 * The curated counterparts of an article in a later version ({@code data/links/counterparts.csv}), which the
 * link feature reads: the provision page asks for them here, so that law does not depend on link.
 */
public interface CuratedCounterparts {

    /** The rows curated for {@code article} of {@code law} as of {@code version}, towards {@code target}, in file order. */
    List<Counterpart> towards(String law, LocalDate version, int article, LawCorpus.Version target);
}
