package org.yifa.store.remote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Conditional;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_LangMatches;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_OneOfBase;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query written so that stores which stray from SPARQL 1.1 in two places answer as the standard says; on a
 * store that conforms the answers are the same.
 * <ul>
 * <li>Booleans that a query selects or binds are cast to {@code xsd:boolean} explicitly: SPARQL makes
 * {@code BIND(EXISTS { … } AS ?held)}, {@code (?a = ?b AS ?same)} or {@code BIND(true AS ?out)} a boolean;
 * Virtuoso 7 answers them as the integers 1 and 0, but a cast does give a boolean.
 * <li>{@code ORDER BY ?v} orders IRIs by their text, before literals, as SPARQL 1.1 (15.1) says: Virtuoso 7
 * orders IRIs by its internal ids, the order they were first stored in.
 * </ul>
 */
final class PortableQuery {

    private PortableQuery() {
    }

    static Query apply(Query query) {
        Query transformed = QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementBind bind, Var var, Expr expr) {
                return isBoolean(expr) ? new ElementBind(var, cast(expr)) : bind;
            }
        });
        // A copy of its own: a transformed query may share its projection and ORDER BY with the library's.
        Query copy = QueryFactory.create(transformed.serialize(), query.getSyntax());
        VarExprList project = copy.getProject();
        for (Var var : project.getVars()) {
            Expr expr = project.getExpr(var);
            if (expr != null && isBoolean(expr)) {
                project.getExprs().put(var, cast(expr));
            }
        }
        if (copy.hasOrderBy()) {
            Set<Var> matched = new HashSet<>();
            ElementWalker.walk(copy.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementPathBlock block) {
                    block.patternElts().forEachRemaining(t -> {
                        for (Node n : List.of(t.getSubject(), t.getObject())) {
                            if (n.isVariable()) {
                                matched.add(Var.alloc(n));
                            }
                        }
                    });
                }
            });
            List<SortCondition> conditions = List.copyOf(copy.getOrderBy());
            copy.getOrderBy().clear();
            for (SortCondition c : conditions) {
                // Only a variable a triple pattern binds (it may be an IRI); one the query computes (COUNT(…) AS ?n,
                // a subquery's sums) stays as it is: Virtuoso orders those wrongly inside an expression.
                if (c.getExpression().isVariable() && matched.contains(c.getExpression().asVar())) {
                    // Unbound first (an error), then IRIs and blank nodes (false), then literals; IRIs by their
                    // text, literals (all "" here) as before. Not IF(isIRI(?v), STR(?v), ?v): Virtuoso orders
                    // that by its ids again.
                    ExprVar v = c.getExpression().getExprVar();
                    copy.addOrderBy(new E_IsLiteral(v), c.getDirection());
                    copy.addOrderBy(new E_Conditional(new E_IsIRI(v), new E_Str(v), NodeValue.makeString("")),
                            c.getDirection());
                    copy.addOrderBy(v, c.getDirection());
                } else {
                    copy.addOrderBy(c);
                }
            }
        }
        return copy;
    }

    private static Expr cast(Expr expr) {
        return new E_Function(XSDDatatype.XSDboolean.getURI(), new ExprList(expr));
    }

    /** Whether SPARQL gives {@code expr} a boolean value (the forms Yifa's queries use, and their kin). */
    static boolean isBoolean(Expr expr) {
        if (expr.isConstant()) {
            return expr.getConstant().isBoolean();
        }
        if (expr instanceof E_Conditional conditional) {
            return isBoolean(conditional.getArg(2)) && isBoolean(conditional.getArg(3));
        }
        return expr instanceof E_Exists || expr instanceof E_NotExists || expr instanceof E_Bound
                || expr instanceof E_Equals || expr instanceof E_NotEquals || expr instanceof E_LessThan
                || expr instanceof E_LessThanOrEqual || expr instanceof E_GreaterThan
                || expr instanceof E_GreaterThanOrEqual || expr instanceof E_SameTerm
                || expr instanceof E_LogicalAnd || expr instanceof E_LogicalOr || expr instanceof E_LogicalNot
                || expr instanceof E_IsIRI || expr instanceof E_IsBlank || expr instanceof E_IsLiteral
                || expr instanceof E_IsNumeric || expr instanceof E_StrStartsWith || expr instanceof E_StrEndsWith
                || expr instanceof E_StrContains || expr instanceof E_Regex || expr instanceof E_LangMatches
                || expr instanceof E_OneOfBase;
    }
}
