package org.yifa.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
import org.yifa.store.load.DataFiles;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;

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
    private final WriteJournal journal;

    AssessmentRounds(Store store, QueryLibrary queries, FrameworkSource framework, WriteJournal journal) {
        this.store = store;
        this.journal = journal;
        this.queries = queries;
        this.iris = framework.iris();
    }

    static String graph(String unitId, int year) {
        return Yf.GRAPH + "assessment/" + unitId + "/" + year;
    }

    record Round(String unitIri, UnitAssessment result) {

        /** The named graph the round is stored in. */
        String graph() {
            return AssessmentRounds.graph(result.unit(), result.year());
        }
    }

    /**
     * Writes the rounds that changed, all in one write: atomic, so an interruption leaves every round as it
     * was. The engine gives it a partition at a time. Answers how many writes it made (0 or 1).
     */
    int storeAll(List<Round> rounds, String frameworkVersion) {
        // Digests are pure work on the results: computed once, on every core, outside any transaction.
        List<Digested> digested = rounds.parallelStream()
                .map(r -> new Digested(r, digest(r.result(), frameworkVersion))).toList();
        Pending pending = changed(digested);
        if (pending.rounds().isEmpty()) {
            return 0;
        }
        // Readers who assessed the same unit at once all find its round changed; one writes it, the
        // others see it written instead of queueing for a write transaction each (and holding up uploads).
        synchronized (this) {
            // Compared again only if something was written since: then another reader may have written them.
            long now = store.dataVersion();
            List<Digested> still = now >= 0 && now == pending.version() ? pending.rounds() : changed(pending.rounds()).rounds();
            if (still.isEmpty()) {
                return 0;
            }
            // Noted as changing nothing but rounds: what readers keep is carried over it, not read again.
            journal.write(store, WriteJournal.Change.DERIVED_ONLY, changes -> {
                for (Digested d : still) {
                    changes.replaceGraph(d.round().graph(), model(d.round(), frameworkVersion, d.digest()).getGraph());
                }
            });
            return 1;
        }
    }

    /** A round with the digest of what its graph would hold. */
    private record Digested(Round round, String digest) {
    }

    /** The rounds whose digest differs from the stored one, as of data version {@code version}. */
    private record Pending(long version, List<Digested> rounds) {
    }

    private Pending changed(List<Digested> digested) {
        return store.read(() -> {
            Map<String, String> stored = storedDigests(digested.stream().map(d -> d.round().graph()).toList());
            return new Pending(store.dataVersion(), digested.stream()
                    .filter(d -> !d.digest().equals(stored.get(d.round().graph()))).toList());
        });
    }

    /** The years from {@code from} to {@code to} of which a round of the unit is stored. */
    List<Integer> storedYears(String unitId, int from, int to) {
        return store.read(() -> {
            Map<String, String> stored = storedDigests(IntStream.rangeClosed(from, to).mapToObj(y -> graph(unitId, y)).toList());
            return IntStream.rangeClosed(from, to).filter(year -> stored.containsKey(graph(unitId, year))).boxed().toList();
        });
    }

    /** The digests of the stored rounds among {@code graphs}, by graph: one query for them all. */
    private Map<String, String> storedDigests(List<String> graphs) {
        Map<String, String> digests = new HashMap<>();
        if (!graphs.isEmpty()) {
            queries.selectEach("assessment-round-digests", "graph", graphs).forEach(row ->
                    digests.put(row.getResource("graph").getURI(), row.getLiteral("sha256").getLexicalForm()));
        }
        return digests;
    }

    private static String roundIri(String unitId, int year) {
        return Yf.ID + "assessment/" + unitId + "/" + year;
    }

    /**
     * A digest of what the round graph holds (see {@link #model}): statuses, the data of each reason,
     * the veto records and the framework version — not the texts for people, which the graph leaves out.
     */
    private static String digest(UnitAssessment result, String frameworkVersion) {
        // Sized for a whole checklist's findings (some 10,000 characters), so that it is not copied as it grows.
        StringBuilder held = new StringBuilder(16_384).append(frameworkVersion).append('|').append(result.eligible());
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

    private Model model(Round r, String frameworkVersion, String digest) {
        UnitAssessment a = r.result();
        Model m = ModelFactory.createDefaultModel();
        String base = roundIri(a.unit(), a.year());
        Resource round = m.createResource(base, Yf.AssessmentRound)
                .addProperty(Yf.unit, m.createResource(r.unitIri()))
                .addLiteral(Yf.year, m.createTypedLiteral(String.valueOf(a.year()), XSDDatatype.XSDinteger))
                .addLiteral(Yf.eligible, m.createTypedLiteral(a.eligible()))
                .addProperty(Yf.sha256, digest)
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
