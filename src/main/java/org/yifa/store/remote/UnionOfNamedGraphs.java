package org.yifa.store.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.PathBlock;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggAvgDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCountDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMaxDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggMinDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSampleDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSumDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.path.PathCompiler;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.yifa.rdf.Yf;

/**
 * Rewrites a query so that any SPARQL 1.1 store answers it as if its default graph were the union of Yifa's
 * named graphs, whatever the store makes of its default graph: a separate, empty graph (a stock Fuseki),
 * the union of every graph it holds, its own system graphs included (Virtuoso), or the union of the named
 * graphs (Fuseki with {@code tdb2:unionDefaultGraph}).
 *
 * <p>Every triple pattern read from the default graph is read from {@code GRAPH ?g}, {@code ?g} restricted to
 * Yifa's graphs ({@code https://w3id.org/yifa/graph/…}, without the staging graphs of a load in progress), and a
 * query's own {@code GRAPH ?g} to Yifa's graphs, so that a pattern joins triples of different graphs as over the
 * union. Where the number of solutions matters (a plain SELECT, COUNT, SUM …), a triple pattern matches only in
 * the first of the graphs holding the triple ({@code FILTER NOT EXISTS} an earlier one): the union holds a triple
 * once however many graphs hold it. Where it cannot matter (ASK, CONSTRUCT, SELECT DISTINCT, aggregates that
 * ignore duplicates, inside EXISTS and MINUS) that check is left out. A property path of arbitrary length
 * ({@code *}, {@code +}) is followed within one named graph at a time. A query that names its own dataset
 * ({@code FROM}, {@code FROM NAMED}) is left as it is.
 */
final class UnionOfNamedGraphs {

    /** Staging graphs of a remote load in progress ({@link RemoteLoad}) are not part of the union. */
    private static final String STAGING = RemoteLoad.STAGING_SUFFIX;

    private int graphs;
    private int hiddenVars;

    private UnionOfNamedGraphs() {
    }

    /** {@code query} reading Yifa's named graphs by name; the query itself is not changed. */
    static Query rewrite(Query query) {
        if (query.hasDatasetDescription()) {
            return query;
        }
        return new UnionOfNamedGraphs().query(query, false, true);
    }

    /** {@code counts}: whether the number of rows the pattern gives matters to the enclosing query. */
    private Query query(Query original, boolean inGraph, boolean counts) {
        Query query = original.cloneQuery();
        if (query.getQueryPattern() == null) {
            return query;
        }
        if (query.isSelectType() && query.isQueryResultStar()) {
            // Made explicit, so that the variables this rewrite adds are never answered.
            List<Var> visible = query.getProjectVars();
            query.setQueryResultStar(false);
            visible.forEach(query::addResultVar);
        }
        query.setQueryPattern(element(query.getQueryPattern(), inGraph, countsMatter(query, counts)));
        return query;
    }

    /**
     * Whether duplicate solutions of {@code query}'s pattern can change its answer; {@code outer}: whether the
     * number of rows {@code query} gives matters where it is used (true at the top).
     */
    private static boolean countsMatter(Query query, boolean outer) {
        if (query.isAskType() || query.isConstructType() || query.isDescribeType()) {
            return false;
        }
        if (query.hasAggregators() || query.hasGroupBy()) {
            // One row per group: only an aggregate that sees every duplicate (COUNT, SUM …) can tell.
            return query.getAggregators().stream().anyMatch(a -> !ignoresDuplicates(a.getAggregator()));
        }
        if (query.isDistinct() || query.isReduced()) {
            return false;
        }
        return outer || query.hasLimit() || query.hasOffset();
    }

    private static boolean ignoresDuplicates(Aggregator a) {
        return a instanceof AggCountDistinct || a instanceof AggCountVarDistinct || a instanceof AggSumDistinct
                || a instanceof AggAvgDistinct || a instanceof AggGroupConcatDistinct
                || a instanceof AggMin || a instanceof AggMinDistinct || a instanceof AggMax || a instanceof AggMaxDistinct
                || a instanceof AggSample || a instanceof AggSampleDistinct;
    }

    private Element element(Element e, boolean inGraph, boolean counts) {
        if (e instanceof ElementGroup group) {
            List<Expr> filters = pushable(group);
            Set<Expr> pushed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ElementGroup copy = new ElementGroup();
            for (Element child : group.getElements()) {
                if (child instanceof ElementFilter) {
                    continue;
                }
                if (!inGraph && child instanceof ElementPathBlock block) {
                    union(block.getPattern(), counts, filters, pushed).forEach(copy::addElement);
                } else if (!inGraph && child instanceof ElementTriplesBlock block) {
                    union(paths(block), counts, filters, pushed).forEach(copy::addElement);
                } else {
                    copy.addElement(element(child, inGraph, counts));
                }
            }
            // A filter holds for the whole group wherever it stands: those tested inside a graph pattern go.
            for (Element child : group.getElements()) {
                if (child instanceof ElementFilter filter && !pushed.contains(filter.getExpr())) {
                    copy.addElement(element(filter, inGraph, counts));
                }
            }
            return copy;
        }
        if (e instanceof ElementPathBlock block) {
            return inGraph ? block : group(union(block.getPattern(), counts, List.of(), new HashSet<>()));
        }
        if (e instanceof ElementTriplesBlock block) {
            return inGraph ? block : group(union(paths(block), counts, List.of(), new HashSet<>()));
        }
        if (e instanceof ElementOptional optional) {
            return new ElementOptional(element(optional.getOptionalElement(), inGraph, counts));
        }
        if (e instanceof ElementUnion union) {
            ElementUnion copy = new ElementUnion();
            union.getElements().forEach(child -> copy.addElement(element(child, inGraph, counts)));
            return copy;
        }
        if (e instanceof ElementMinus minus) {
            // MINUS only asks whether a compatible solution exists.
            return new ElementMinus(element(minus.getMinusElement(), inGraph, false));
        }
        if (e instanceof ElementNamedGraph named) {
            ElementNamedGraph copy = new ElementNamedGraph(named.getGraphNameNode(), element(named.getElement(), true, counts));
            if (!named.getGraphNameNode().isVariable()) {
                return copy;
            }
            ElementGroup restricted = new ElementGroup();
            restricted.addElement(copy);
            restricted.addElementFilter(new ElementFilter(yifaGraph(Var.alloc(named.getGraphNameNode()), false)));
            return restricted;
        }
        if (e instanceof ElementFilter filter) {
            return new ElementFilter(expr(filter.getExpr(), inGraph));
        }
        if (e instanceof ElementBind bind) {
            return new ElementBind(bind.getVar(), expr(bind.getExpr(), inGraph));
        }
        if (e instanceof ElementSubQuery sub) {
            return new ElementSubQuery(query(sub.getQuery(), inGraph, counts));
        }
        if (e instanceof ElementExists exists) {
            return new ElementExists(element(exists.getElement(), inGraph, false));
        }
        if (e instanceof ElementNotExists notExists) {
            return new ElementNotExists(element(notExists.getElement(), inGraph, false));
        }
        if (e instanceof ElementLateral lateral) {
            return new ElementLateral(element(lateral.getLateralElement(), inGraph, counts));
        }
        // VALUES, SERVICE: nothing read from the default graph.
        return e;
    }

    /** {@code EXISTS} and {@code NOT EXISTS} inside an expression read the union too. */
    private Expr expr(Expr expr, boolean inGraph) {
        return ExprTransformer.transform(new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionOp function, ExprList args, org.apache.jena.sparql.algebra.Op op) {
                if (function instanceof E_Exists exists) {
                    return new E_Exists(element(exists.getElement(), inGraph, false));
                }
                if (function instanceof E_NotExists notExists) {
                    return new E_NotExists(element(notExists.getElement(), inGraph, false));
                }
                return super.transform(function, args, op);
            }
        }, expr);
    }

    /**
     * One basic graph pattern over the union: each triple pattern in a named graph of Yifa's, in a group of its
     * own; where counts matter, only in the first graph (by name) that holds the matched triple, so that each
     * solution over the union is found once. The patterns stay inline, so that a store still binds them from
     * the left; a filter of the enclosing group that tests only a triple pattern's variables moves inside the
     * first such graph pattern ({@code pushed}), where a store applies it at once (Jena does not push a filter
     * into {@code GRAPH}).
     */
    private List<Element> union(PathBlock block, boolean counts, List<Expr> filters, Set<Expr> pushed) {
        List<Element> patterns = new ArrayList<>();
        // Blank nodes and the path compiler's variables are local to the block (the compiler numbers each
        // block's from zero): their new names are unique in the query.
        Map<Var, Var> hidden = new HashMap<>();
        for (TriplePath path : new PathCompiler().reduce(block)) {
            TriplePath named = rename(path, hidden);
            Var g = Var.alloc("_yg" + graphs++);
            ElementPathBlock triple = pattern(named);
            ElementGroup inGraph = new ElementGroup();
            inGraph.addElement(triple);
            Set<Var> vars = vars(named);
            for (Expr f : filters) {
                if (!pushed.contains(f) && !f.getVarsMentioned().isEmpty() && vars.containsAll(f.getVarsMentioned())) {
                    inGraph.addElementFilter(new ElementFilter(f));
                    pushed.add(f);
                }
            }
            ElementGroup one = new ElementGroup();
            one.addElement(new ElementNamedGraph(g, inGraph.size() == 1 ? triple : inGraph));
            Expr keep = yifaGraph(g, true);
            if (counts) {
                Var earlier = Var.alloc("_yg" + graphs++);
                ElementGroup elsewhere = new ElementGroup();
                elsewhere.addElement(new ElementNamedGraph(earlier, pattern(named)));
                elsewhere.addElementFilter(new ElementFilter(new E_LogicalAnd(yifaGraph(earlier, true),
                        new E_LessThan(new E_Str(new ExprVar(earlier)), new E_Str(new ExprVar(g))))));
                keep = new E_LogicalAnd(keep, new E_NotExists(elsewhere));
            }
            one.addElementFilter(new ElementFilter(keep));
            patterns.add(one);
        }
        return patterns;
    }

    /** The group's filters that may be tested early: those without EXISTS, whose meaning depends on where they stand. */
    private static List<Expr> pushable(ElementGroup group) {
        List<Expr> filters = new ArrayList<>();
        for (Element child : group.getElements()) {
            if (child instanceof ElementFilter f && !hasExists(f.getExpr())) {
                filters.add(f.getExpr());
            }
        }
        return filters;
    }

    private static boolean hasExists(Expr expr) {
        boolean[] found = {false};
        org.apache.jena.sparql.algebra.walker.Walker.walk(expr, new org.apache.jena.sparql.expr.ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static Set<Var> vars(TriplePath path) {
        Set<Var> vars = new HashSet<>();
        for (Node n : new Node[] {path.getSubject(), path.isTriple() ? path.getPredicate() : null, path.getObject()}) {
            if (n instanceof Var v) {
                vars.add(v);
            }
        }
        return vars;
    }

    private static PathBlock paths(ElementTriplesBlock block) {
        PathBlock paths = new PathBlock();
        block.getPattern().forEach(t -> paths.add(new TriplePath(t)));
        return paths;
    }

    private static ElementGroup group(List<Element> elements) {
        ElementGroup group = new ElementGroup();
        elements.forEach(group::addElement);
        return group;
    }

    private static ElementPathBlock pattern(TriplePath path) {
        ElementPathBlock one = new ElementPathBlock();
        one.addTriplePath(path);
        return one;
    }

    /** Blank nodes and the path compiler's variables get names: they are shared across graph patterns now. */
    private TriplePath rename(TriplePath path, Map<Var, Var> hidden) {
        Node s = named(path.getSubject(), hidden);
        Node o = named(path.getObject(), hidden);
        if (path.isTriple()) {
            return new TriplePath(org.apache.jena.graph.Triple.create(s, named(path.getPredicate(), hidden), o));
        }
        return new TriplePath(s, path.getPath(), o);
    }

    private Node named(Node node, Map<Var, Var> hidden) {
        if (node instanceof Var v && !Var.isNamedVar(v)) {
            return hidden.computeIfAbsent(v, x -> Var.alloc("_yv" + hiddenVars++));
        }
        return node;
    }

    /**
     * {@code ?g} is one of Yifa's graphs; for the union, not a load's staging graph either (a {@code GRAPH ?g}
     * pattern that asks for every graph sees those, as {@code Store#graphs} does).
     */
    private static Expr yifaGraph(Var g, boolean union) {
        Expr name = new E_Str(new ExprVar(g));
        Expr yifa = new E_StrStartsWith(name, NodeValue.makeString(Yf.GRAPH));
        return union ? new E_LogicalAnd(yifa, new E_LogicalNot(new E_StrEndsWith(name, NodeValue.makeString(STAGING)))) : yifa;
    }
}
