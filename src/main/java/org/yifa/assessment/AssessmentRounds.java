package org.yifa.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.springframework.stereotype.Component;
import org.yifa.framework.FrameworkIris;
import org.yifa.framework.FrameworkSource;
import org.yifa.rdf.Prov;
import org.yifa.rdf.Yf;
import org.yifa.query.QueryLibrary;
import org.yifa.store.DataFiles;
import org.yifa.store.Store;

/**
 * Stores each assessment as a round: the named graph {@code …/graph/assessment/{unit}/{year}} with
 * its findings and reasons and PROV of when and from which framework version it was computed, so
 * years and units can be compared by SPARQL. A round is rewritten only when its result changed.
 */
@Component
class AssessmentRounds {


    private final Store store;
    private final QueryLibrary queries;
    private final FrameworkIris iris;

    AssessmentRounds(Store store, QueryLibrary queries, FrameworkSource framework) {
        this.store = store;
        this.queries = queries;
        this.iris = framework.iris();
    }

    static String graph(String unitId, int year) {
        return Yf.GRAPH + "assessment/" + unitId + "/" + year;
    }

    record Round(String unitIri, UnitAssessment result) {
    }

    /** Writes the rounds that changed, all in one atomic write; answers whether there were any. */
    boolean storeAll(List<Round> rounds, String frameworkVersion) {
        List<Round> changed = changed(rounds, frameworkVersion);
        if (changed.isEmpty()) {
            return false;
        }
        // Readers who assessed the same unit at once all find its round changed; one writes it, the
        // others see it written instead of queueing for a write transaction each (and holding up uploads).
        synchronized (this) {
            List<Round> still = changed(changed, frameworkVersion);
            if (still.isEmpty()) {
                return false;
            }
            store.write(changes -> {
                for (Round r : still) {
                    changes.replaceGraph(graph(r.result().unit(), r.result().year()), model(r, frameworkVersion).getGraph());
                }
            });
            return true;
        }
    }

    private List<Round> changed(List<Round> rounds, String frameworkVersion) {
        return store.read(() -> rounds.stream()
                .filter(r -> !digest(r.result(), frameworkVersion).equals(storedDigest(r.result()))).toList());
    }

    private String storedDigest(UnitAssessment result) {
        var rows = queries.select("assessment-round-digest",
                Map.of("graph", graph(result.unit(), result.year()), "round", roundIri(result)));
        return rows.isEmpty() ? "" : rows.get(0).getLiteral("sha256").getLexicalForm();
    }

    private static String roundIri(UnitAssessment result) {
        return Yf.ID + "assessment/" + result.unit() + "/" + result.year();
    }

    /**
     * A digest of what the round graph holds (see {@link #model}): statuses, the data of each reason,
     * the veto records and the framework version — not the texts for people, which the graph leaves out.
     */
    private static String digest(UnitAssessment result, String frameworkVersion) {
        StringBuilder held = new StringBuilder(frameworkVersion).append('|').append(result.eligible());
        for (Finding f : result.findings()) {
            held.append('|').append(f.notation()).append(' ').append(f.status().label());
            for (CriterionResult c : f.criteria()) {
                for (Reason r : c.reasons()) {
                    held.append(';').append(r.kind()).append(',').append(r.criterion()).append(',').append(r.evidenceType())
                            .append(',').append(r.required()).append(',').append(r.found());
                }
            }
        }
        result.vetoes().forEach(v -> held.append("|veto ").append(v.record()));
        return DataFiles.sha256(held.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Model model(Round r, String frameworkVersion) {
        UnitAssessment a = r.result();
        Model m = ModelFactory.createDefaultModel();
        String base = roundIri(a);
        Resource round = m.createResource(base, Yf.AssessmentRound)
                .addProperty(Yf.unit, m.createResource(r.unitIri()))
                .addLiteral(Yf.year, m.createTypedLiteral(String.valueOf(a.year()), XSDDatatype.XSDinteger))
                .addLiteral(Yf.eligible, m.createTypedLiteral(a.eligible()))
                .addProperty(Yf.sha256, digest(a, frameworkVersion))
                .addProperty(Prov.generatedAtTime,
                        m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                .addProperty(Prov.wasDerivedFrom, m.createResource(iris.framework()))
                .addProperty(Prov.wasDerivedFrom, m.createResource(r.unitIri()))
                .addProperty(m.createProperty(Yf.NS, "frameworkVersion"), frameworkVersion);
        for (Finding f : a.findings()) {
            Resource finding = m.createResource(base + "/finding/" + f.notation(), Yf.Finding)
                    .addProperty(Yf.item, m.createResource(iris.item(f.notation())))
                    .addProperty(Yf.status, f.status().label());
            round.addProperty(Yf.finding, finding);
            int n = 0;
            for (Reason reason : f.reasons()) {
                Resource res = m.createResource(base + "/finding/" + f.notation() + "/reason/" + (++n), Yf.Reason)
                        .addProperty(Yf.reasonKind, reason.kind())
                        .addProperty(Yf.criterion, m.createResource(iris.framework() + "/criterion/" + reason.criterion()));
                if (reason.evidenceType() != null) {
                    res.addProperty(Yf.evidenceType, m.createResource(Yf.ID + "evidence-type/" + reason.evidenceType()));
                }
                if (reason.required() != null) {
                    res.addLiteral(Yf.required, m.createTypedLiteral(String.valueOf(reason.required()), XSDDatatype.XSDinteger));
                }
                if (reason.found() != null) {
                    res.addLiteral(Yf.found, m.createTypedLiteral(String.valueOf(reason.found()), XSDDatatype.XSDinteger));
                }
                finding.addProperty(Yf.hasReason, res);
            }
        }
        for (Veto v : a.vetoes()) {
            round.addProperty(Yf.vetoedBy, m.createResource(v.record()));
        }
        return m;
    }
}
