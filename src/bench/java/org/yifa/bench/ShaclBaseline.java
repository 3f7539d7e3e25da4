package org.yifa.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.yifa.rdf.Yf;

/**
 * Baseline (a): the SHACL twin of the tests ({@code org.yifa.twin.Twin}) — shapes generated from the
 * criteria, validated by jena-shacl over the city in memory. The twin is package-private test code;
 * it is called reflectively here so that its package stays as it is.
 */
final class ShaclBaseline {

    /** The framework, criteria and closure graphs the twin reads (as {@code org.yifa.twin.Knowledge}). */
    static final List<String> GRAPHS = List.of("framework/model-unit-goals", "criteria", "inferred");

    private final Object twin;
    private final Method assess;

    ShaclBaseline(Dataset store) {
        Model knowledge = ModelFactory.createDefaultModel();
        Txn.executeRead(store, () -> GRAPHS.forEach(g -> knowledge.add(store.getNamedModel(Yf.GRAPH + g))));
        try {
            Class<?> type = Class.forName("org.yifa.twin.Twin");
            Constructor<?> constructor = type.getDeclaredConstructor(Model.class);
            constructor.setAccessible(true);
            twin = constructor.newInstance(knowledge);
            assess = type.getDeclaredMethod("assess", Model.class, int.class);
            assess.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The SHACL twin (org.yifa.twin.Twin) is not as expected", e);
        }
    }

    /** Every unit of {@code city} for {@code year}: unit IRI → criterion id → status. */
    Map<String, Map<String, String>> assess(Model city, int year) {
        try {
            Map<?, ?> result = (Map<?, ?>) assess.invoke(twin, city, year);
            Map<String, Map<String, String>> statuses = new HashMap<>();
            for (Map.Entry<?, ?> e : result.entrySet()) {
                Object assessment = e.getValue();
                Method criteria = assessment.getClass().getDeclaredMethod("criteria");
                criteria.setAccessible(true);
                @SuppressWarnings("unchecked")
                Map<String, String> byCriterion = (Map<String, String>) criteria.invoke(assessment);
                statuses.put((String) e.getKey(), byCriterion);
            }
            return statuses;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
