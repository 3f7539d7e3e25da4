package org.yifa.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the {@code /sparql} endpoint.
 *
 * @param timeout  how long one query may run before it is cancelled with 503 ({@code yifa.sparql.timeout})
 * @param maxRows  the most rows a SELECT answers; a query without LIMIT, or with a larger one, gets this
 *                 LIMIT and the response says so in {@code Yifa-Result-Cap} ({@code yifa.sparql.max-rows})
 * @param maxQuerySize the longest query text accepted, 413 beyond ({@code yifa.sparql.max-query-size}): the
 *                 parser's time grows faster than the text, and runs before the time limit applies
 */
@ConfigurationProperties("yifa.sparql")
record SparqlProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10000") int maxRows,
        @DefaultValue("256KB") DataSize maxQuerySize) {
}
