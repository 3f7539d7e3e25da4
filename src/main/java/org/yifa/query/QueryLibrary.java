package org.yifa.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yifa.store.Capability;
import org.yifa.store.load.DataFiles;
import org.yifa.store.Store;

/**
 * The SPARQL queries in {@code queries/*.rq}. Code names a query instead of holding SPARQL text,
 * and binds parameters as RDF terms, so user input never becomes query text: the query's syntax tree
 * has the variable replaced by the term, on the embedded and on a remote store alike.
 */
@Component
public class QueryLibrary {

    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|question|parameter|public):\\s*(.*)$");
    private static final Pattern PARAMETER = Pattern.compile("^(\\w+)\\s*\\((string|iri|integer)\\)\\s*(.*)$");

    private final Store store;
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();
    private final Map<String, Boolean> usesTextIndex = new java.util.concurrent.ConcurrentHashMap<>();

    QueryLibrary(Store store) {
        this.store = store;
        for (Resource file : DataFiles.list("queries/*.rq")) {
            NamedQuery query = parse(file);
            queries.put(query.name(), query);
        }
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    /** The queries offered to users (header without {@code # public: false}), by name. */
    public List<NamedQuery> publicQueries() {
        return queries.values().stream().filter(NamedQuery::isPublic).sorted(Comparator.comparing(NamedQuery::name)).toList();
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
     * declared type) and returns every solution, copied from the store (safe to read afterwards).
     */
    public List<QuerySolution> select(String name, Map<String, String> parameters) {
        NamedQuery named = available(name);
        return copied(store.select(named.query(), bind(named, parameters)).rows());
    }

    /** The store's rows (copies already, safe outside its transaction) as solutions, each a view of its row. */
    private static List<QuerySolution> copied(List<Binding> table) {
        List<QuerySolution> rows = new ArrayList<>(table.size());
        for (Binding row : table) {
            rows.add(new ResultBinding(null, row));
        }
        return rows;
    }

    /**
     * Runs a SELECT query of the library once for many values of one of its parameters ({@code parameter},
     * each value converted as its declared type): a {@code VALUES} block at the start of the query's
     * pattern binds it, in the syntax tree, so that one request reads what a request per value would.
     * Its rows are those of every value together; the query must make them tell the values apart.
     */
    public List<QuerySolution> selectEach(String name, String parameter, Collection<String> values) {
        return copied(selectEachRows(name, parameter, values));
    }

    /**
     * The rows of {@link #selectEach} as the store gives them, terms without the model's wrappers: for a caller
     * that reads many rows (a full assessment reads millions) and needs only their terms.
     */
    public List<Binding> selectEachRows(String name, String parameter, Collection<String> values) {
        NamedQuery named = available(name);
        NamedQuery.Parameter declared = named.parameters().stream().filter(p -> p.name().equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Query " + name + " has no parameter '" + parameter + "'"));
        if (named.parameters().size() != 1) {
            throw new IllegalArgumentException("Query " + name + " has other parameters than '" + parameter + "'");
        }
        Var var = Var.alloc(parameter);
        List<Binding> rows = values.stream().map(v -> BindingFactory.binding(var, term(declared, v).asNode())).toList();
        Query query = named.query().cloneQuery();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(List.of(var), rows));
        pattern.addElement(query.getQueryPattern());
        query.setQueryPattern(pattern);
        return store.select(query, BindingFactory.empty()).rows();
    }

    /**
     * Runs a SELECT query of the library like {@link #select(String, Map)} and returns the table with
     * its variables (also when it has no rows), read completely, e.g. to serialise.
     */
    public ResultSetRewindable table(String name, Map<String, String> parameters) {
        NamedQuery named = available(name);
        Store.Table table = store.select(named.query(), bind(named, parameters));
        return ResultSet.adapt(RowSetMem.create(RowSetStream.create(table.vars(), table.rows().iterator()))).rewindable();
    }

    public List<QuerySolution> select(String name) {
        return select(name, Map.of());
    }

    /** Runs a CONSTRUCT query of the library (no parameters) and returns its graph. */
    public org.apache.jena.rdf.model.Model construct(String name) {
        NamedQuery named = get(name);
        return ModelFactory.createModelForGraph(store.construct(named.query(), BindingFactory.empty()));
    }

    private NamedQuery available(String name) {
        NamedQuery named = get(name);
        if (!runsOnStore(name)) {
            throw new QueryNotAvailableException(name);
        }
        return named;
    }

    /** Whether the store can run a query: text search ({@code text:query}) needs {@link Capability#TEXT_INDEX}. */
    public boolean runsOnStore(String name) {
        // Kept by name: telling prints the whole query, which every select would otherwise do again.
        return !usesTextIndex.computeIfAbsent(name, n -> get(n).usesTextIndex()) || store.supports(Capability.TEXT_INDEX);
    }

    private static Binding bind(NamedQuery query, Map<String, String> values) {
        for (String given : values.keySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("Query " + query.name() + " has no parameter '" + given + "'");
            }
        }
        BindingBuilder bindings = Binding.builder();
        for (NamedQuery.Parameter parameter : query.parameters()) {
            String value = values.get(parameter.name());
            if (value == null) {
                throw new IllegalArgumentException("Query " + query.name() + " needs parameter '"
                        + parameter.name() + "': " + parameter.description());
            }
            bindings.add(Var.alloc(parameter.name()), term(parameter, value).asNode());
        }
        return bindings.build();
    }

    private static RDFNode term(NamedQuery.Parameter parameter, String value) {
        return switch (parameter.type()) {
            case "iri" -> ResourceFactory.createResource(iri(parameter, value));
            case "integer" -> {
                try {
                    yield ResourceFactory.createTypedLiteral(String.valueOf(Long.parseLong(value.strip())),
                            XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new BadParameterException("Parameter '" + parameter.name() + "' must be an integer, got: " + value);
                }
            }
            default -> ResourceFactory.createStringLiteral(value);
        };
    }

    /** An IRI with a scheme (an RDF reference), written bare or in angle brackets. */
    private static String iri(NamedQuery.Parameter parameter, String value) {
        String iri = value.strip();
        if (iri.startsWith("<") && iri.endsWith(">")) {
            iri = iri.substring(1, iri.length() - 1);
        }
        try {
            if (IRIx.create(iri).isReference()) {
                return iri;
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new BadParameterException("Parameter '" + parameter.name() + "' must be an IRI with a scheme (https://…), got: " + value);
    }

    /** One query of {@code queries/}, read on its own (for the store, which the library itself needs). */
    public static NamedQuery load(String name) {
        List<Resource> files = DataFiles.list("queries/" + name + ".rq");
        if (files.isEmpty()) {
            throw new UnknownQueryException(name);
        }
        return parse(files.get(0));
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
        boolean isPublic = true;
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
                case "public" -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new IllegalStateException("queries/" + fileName + ": '# public:' must be true or false, not " + value);
                    }
                    isPublic = Boolean.parseBoolean(value);
                }
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
            return new NamedQuery(name, title, question, List.copyOf(parameters), isPublic, QueryFactory.create(text));
        } catch (QueryParseException e) {
            throw new IllegalStateException("queries/" + fileName + ": " + e.getMessage(), e);
        }
    }
}
