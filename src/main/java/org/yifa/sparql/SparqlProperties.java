package org.yifa.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the {@code /sparql} endpoint.
 *
 * @param timeout  how long one query may run before it is cancelled with 503 ({@code yifa.sparql.timeout})
 * @param maxRows  0 (the default): answers are complete, however long. Set by an operator, the most rows a
 *                 SELECT may answer: one that would answer more is refused with 422 (never shortened), so the
 *                 client adds a LIMIT and pages ({@code yifa.sparql.max-rows})
 * @param maxQuerySize the longest query text accepted, 413 beyond ({@code yifa.sparql.max-query-size}): the
 *                 parser's time grows faster than the text, and runs before the time limit applies
 */
@ConfigurationProperties("yifa.sparql")
record SparqlProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("0") int maxRows,
        @DefaultValue("256KB") DataSize maxQuerySize) {
}
