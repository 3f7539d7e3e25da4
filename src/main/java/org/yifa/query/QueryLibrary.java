package org.yifa.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yifa.store.DataFiles;

/**
 * The SPARQL queries in {@code queries/*.rq}. Code names a query instead of holding SPARQL text,
 * and binds parameters as RDF terms, so user input never becomes query text.
 */
@Component
public class QueryLibrary {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|question|parameter):\\s*(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("^(\\w+)\\s*\\((string|iri|integer)\\)\\s*(.*)$");
    /**
     * The store's time limit ({@code yifa.store.query-timeout}, set on the dataset) is for clients'
     * queries; the library's are the service's own (loading graphs, assessing units) and must finish.
     */
    private static final String NO_LIMIT = "-1";

    private final Dataset dataset;
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();

    QueryLibrary(Dataset dataset) {
        this.dataset = dataset;
        for (Resource file : DataFiles.list("queries/*.rq")) {
            NamedQuery query = parse(file);
            queries.put(query.name(), query);
        }
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public NamedQuery get(String name) {
        NamedQuery query = queries.get(name);
        if (query == null) {
            throw new UnknownQueryException(name);
        }
        return query;
    }

    /**
     * Runs a SELECT query of the library with the given parameter values (strings, converted to the
     * declared type) and returns every solution, read in one transaction.
     */
    public List<QuerySolution> select(String name, Map<String, String> parameters) {
        NamedQuery named = get(name);
        QuerySolutionMap bindings = bind(named, parameters);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).set(ARQ.queryTimeout, NO_LIMIT)
                    .query(named.query()).substitution(bindings).build()) {
                ResultSet results = execution.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                // TDB2 resolves the nodes of a solution lazily: copy them while the transaction is open.
                results.forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    public List<QuerySolution> select(String name) {
        return select(name, Map.of());
    }

    /** Runs a CONSTRUCT query of the library (no parameters) and returns its graph. */
    public org.apache.jena.rdf.model.Model construct(String name) {
        NamedQuery named = get(name);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).set(ARQ.queryTimeout, NO_LIMIT)
                    .query(named.query()).build()) {
                return execution.execConstruct();
            }
        });
    }

    private static QuerySolutionMap bind(NamedQuery query, Map<String, String> values) {
        for (String given : values.keySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("Query " + query.name() + " has no parameter '" + given + "'");
            }
        }
        QuerySolutionMap bindings = new QuerySolutionMap();
        for (NamedQuery.Parameter parameter : query.parameters()) {
            String value = values.get(parameter.name());
            if (value == null) {
                throw new IllegalArgumentException("Query " + query.name() + " needs parameter '"
                        + parameter.name() + "': " + parameter.description());
            }
            bindings.add(parameter.name(), term(parameter, value));
        }
        return bindings;
    }

    private static RDFNode term(NamedQuery.Parameter parameter, String value) {
        return switch (parameter.type()) {
            case "iri" -> ResourceFactory.createResource(value);
            case "integer" -> {
                try {
                    yield ResourceFactory.createTypedLiteral(String.valueOf(Long.parseLong(value.strip())),
                            XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Parameter '" + parameter.name() + "' must be an integer, got: " + value);
                }
            }
            default -> ResourceFactory.createStringLiteral(value);
        };
    }

    private static NamedQuery parse(Resource file) {
        String fileName = file.getFilename();
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        String text;
        try {
            text = file.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read query " + fileName, e);
        }
        String title = null;
        String question = null;
        List<NamedQuery.Parameter> parameters = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher header = HEADER.matcher(line.strip());
            if (!header.matches()) {
                continue;
            }
            String value = header.group(2).strip();
            switch (header.group(1)) {
                case "title" -> title = value;
                case "question" -> question = value;
                default -> {
                    Matcher p = PARAMETER.matcher(value);
                    if (!p.matches()) {
                        throw new IllegalStateException("queries/" + fileName
                                + ": parameter line must read 'name (string|iri|integer) description': " + value);
                    }
                    parameters.add(new NamedQuery.Parameter(p.group(1), p.group(2), p.group(3)));
                }
            }
        }
        if (title == null || question == null) {
            throw new IllegalStateException("queries/" + fileName + ": header needs '# title:' and '# question:' lines");
        }
        try {
            return new NamedQuery(name, title, question, List.copyOf(parameters), QueryFactory.create(text));
        } catch (QueryParseException e) {
            throw new IllegalStateException("queries/" + fileName + ": " + e.getMessage(), e);
        }
    }
}
