package org.yifa.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The RESULTS.md section that sets {@code /sparql} beside the store's own Fuseki endpoint, query by query. */
final class SparqlSection {

    private SparqlSection() {
    }

    static void append(StringBuilder md, List<Map<String, Object>> runs) {
        List<Map<String, Object>> compared = runs.stream().filter(r -> !Double.isNaN(Report.number(r, "fuseki_qps"))).toList();
        md.append("\n## /sparql next to the store's own endpoint\n\n");
        if (compared.isEmpty()) {
            md.append("No run has measured it yet.\n");
            return;
        }
        md.append("The same library queries, parameters drawn alike, 16 clients for the same time on each, in rounds ")
                .append("that alternate: Yifa's `/sparql` (which parses the query, picks the dataset, runs it on the store ")
                .append("and writes the answer itself) and the store's own Fuseki endpoint (the embedded one the service ")
                .append("starts, or the remote Fuseki). Each cell: `/sparql` / Fuseki, p50 in ms; the overhead is how ")
                .append("much longer a query takes through `/sparql`, from the two rates, and from the process's CPU time ")
                .append("per request (server and clients).\n\n| query |");
        compared.forEach(r -> md.append(' ').append(Report.label(r)).append(" |"));
        md.append("\n|---|").append("---:|".repeat(compared.size())).append('\n');
        md.append("| rate, queries/s |");
        compared.forEach(r -> md.append(' ').append(Report.format(Report.number(r, "sparql_qps"))).append(" / ")
                .append(Report.format(Report.number(r, "fuseki_qps"))).append(" |"));
        md.append("\n| overhead |");
        compared.forEach(r -> md.append(' ').append(String.format(java.util.Locale.ROOT, "%+.1f %%", Report.number(r, "sparql_overhead_pct"))).append(" |"));
        md.append("\n| overhead, CPU time per request |");
        compared.forEach(r -> {
            double cpu = Report.value(r, "details.sparql_cpu_overhead_pct");
            if (Report.remote(r)) {
                // This process's CPU time only: the remote Fuseki's own work is in another process.
                md.append(" not comparable (Fuseki's work is another process's) |");
                return;
            }
            md.append(' ').append(Double.isNaN(cpu) ? "—" : String.format(java.util.Locale.ROOT, "%+.1f %% (%s / %s ms)", cpu,
                    Report.format(Report.value(r, "details.sparql_cpu_per_request_ms")),
                    Report.format(Report.value(r, "details.fuseki_cpu_per_request_ms")))).append(" |");
        });
        md.append('\n');
        Set<String> queries = new LinkedHashSet<>();
        compared.forEach(r -> queries.addAll(byQuery(r, "sparql_by_query").keySet()));
        for (String q : queries) {
            md.append("| `").append(q).append("` p50 |");
            for (Map<String, Object> r : compared) {
                double yifa = p50(r, "sparql_by_query", q);
                double raw = p50(r, "fuseki_by_query", q);
                md.append(' ').append(Double.isNaN(yifa) ? "not in the mix" : Report.format(yifa) + " / " + Report.format(raw))
                        .append(" |");
            }
            md.append('\n');
        }
    }

    private static Map<String, Object> byQuery(Map<String, Object> run, String key) {
        return Report.map(Report.map(run, "details"), key);
    }

    private static double p50(Map<String, Object> run, String key, String query) {
        return Report.number(Report.map(byQuery(run, key), query), "p50_ms");
    }
}
