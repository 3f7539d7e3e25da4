package org.yifa.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * A count, period, deadline, validity cap, start date or window written in a sentence, with the
 * words it was read from. Fields the phrase does not set are null.
 *
 * @param phrase          the words, e.g. {@code 每年至少举办1期}
 * @param per             {@code year} or {@code quarter} for a recurring count
 * @param minCount        occurrences required (per period when {@code per} is set)
 * @param deadline        a deadline within each year, e.g. {@code Q1}
 * @param validityYears   longest validity of a document
 * @param provisionalValidityYears longest validity of a provisional or trial document
 * @param since           the date the rule applies from
 * @param windowYears     years before the assessment date that count
 * @param binds           unit-type IRIs the sentence names as bound
 */
public record PeriodRule(String phrase, String per, Integer minCount, String deadline, Integer validityYears,
                         Integer provisionalValidityYears, LocalDate since, Integer windowYears, List<String> binds) {

    PeriodRule withBinds(List<String> units) {
        return new PeriodRule(phrase, per, minCount, deadline, validityYears, provisionalValidityYears, since,
                windowYears, units);
    }
}
