package org.yifa.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Stores each assessment as a round: the named graph {@code …/graph/assessment/{unit}/{year}} with PROV of
 * when and from which framework version it was computed and a link to each of its findings, so years and
 * units can be compared by SPARQL. A finding (an item's status and reasons) is named by what it says and
 * stored once, in {@code …/graph/assessment/findings}, for every round that reaches it: most units reach the
 * same findings, and a round of links costs a seventh of one with its own copy of each. A round is rewritten
 * only when its result changed.
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

    /** The graph of the findings that rounds link to: written to, never rewritten (a finding's name is its content). */
    static final String FINDINGS = Yf.GRAPH + "assessment/findings";
    /** Part of every digest: a round stored in an earlier shape (its own findings) differs, and is written again. */
    private static final String SHAPE = "linked-findings";

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
            Pending still = now >= 0 && now == pending.version() ? pending
                    : changed(pending.rounds().stream().map(ToWrite::digested).toList());
            if (still.rounds().isEmpty()) {
                return 0;
            }
            // Noted as changing nothing but rounds: what readers keep is carried over it, not read again.
            journal.write(store, WriteJournal.Change.DERIVED_ONLY, changes -> {
                for (ToWrite round : still.rounds()) {
                    changes.replaceGraph(round.digested().round().graph(), model(round, frameworkVersion).getGraph());
                }
                if (!still.newFindings().isEmpty()) {
                    changes.add(FINDINGS, findingsModel(still.newFindings()).getGraph());
                }
            });
            return 1;
        }
    }

    /** A round with the digest of what its graph would hold. */
    private record Digested(Round round, String digest) {
    }

    /** A round to write, with the names of its findings in order (named only once a round is known to change). */
    private record ToWrite(Digested digested, List<NamedFinding> findings) {
    }

    /** A finding and the IRI that names it. */
    private record NamedFinding(String iri, Finding finding) {
    }

    /**
     * The rounds whose digest differs from the stored one, and the findings they link to that are not stored
     * (by IRI), as of data version {@code version}.
     */
    private record Pending(long version, List<ToWrite> rounds, List<NamedFinding> newFindings) {
    }

    private Pending changed(List<Digested> digested) {
        return store.read(() -> {
            Map<String, String> stored = storedDigests(digested.stream().map(d -> d.round().graph()).toList());
            List<ToWrite> changed = digested.stream().filter(d -> !d.digest().equals(stored.get(d.round().graph())))
                    .toList().parallelStream().map(d -> new ToWrite(d, findings(d.round().result()))).toList();
            Map<String, NamedFinding> linked = new LinkedHashMap<>();
            changed.forEach(r -> r.findings().forEach(n -> linked.putIfAbsent(n.iri(), n)));
            if (!linked.isEmpty()) {
                queries.selectEach("assessment-findings-stored", "finding", linked.keySet())
                        .forEach(row -> linked.remove(row.getResource("finding").getURI()));
            }
            return new Pending(store.dataVersion(), changed, List.copyOf(linked.values()));
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
        StringBuilder held = new StringBuilder(16_384).append(SHAPE).append('|').append(frameworkVersion).append('|')
                .append(result.eligible());
        for (Finding f : result.findings()) {
            held.append('|').append(f.notation()).append(' ').append(f.status().label());
            for (Reason r : f.reasons()) {
                reasonData(held.append(';'), r);
            }
        }
        result.vetoes().forEach(v -> held.append("|veto ").append(v.record()));
        return DataFiles.sha256(held.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the graph holds of a reason (kind, criterion, evidence type, required, found), spelt out for a digest or a name. */
    private static void reasonData(StringBuilder to, Reason r) {
        to.append(r.kind()).append(',').append(r.criterion()).append(',').append(r.evidenceType()).append(',')
                .append(r.required()).append(',').append(r.found());
    }

    /**
     * The names of a result's findings: each from what its graph says (item, status, and each reason's data), so
     * that two rounds reaching the same finding link to the same resource.
     */
    private List<NamedFinding> findings(UnitAssessment result) {
        List<NamedFinding> named = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            StringBuilder says = new StringBuilder(256).append(iris.item(f.notation())).append('|').append(f.status().label());
            for (Reason r : f.reasons()) {
                reasonData(says.append('|'), r);
            }
            // 128 bits of the SHA-256: no two different findings of any city share a name.
            String hash = DataFiles.sha256(says.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
            named.add(new NamedFinding(Yf.ID + "finding/" + f.notation() + "/" + hash, f));
        }
        return named;
    }

    private Model model(ToWrite named, String frameworkVersion) {
        Digested d = named.digested();
        UnitAssessment a = d.round().result();
        Model m = ModelFactory.createDefaultModel();
        Resource round = m.createResource(roundIri(a.unit(), a.year()), Yf.AssessmentRound)
                .addProperty(Yf.unit, m.createResource(d.round().unitIri()))
                .addLiteral(Yf.year, m.createTypedLiteral(String.valueOf(a.year()), XSDDatatype.XSDinteger))
                .addLiteral(Yf.eligible, m.createTypedLiteral(a.eligible()))
                .addProperty(Yf.sha256, d.digest())
                .addProperty(Prov.generatedAtTime,
                        m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                .addProperty(Prov.wasDerivedFrom, m.createResource(iris.framework()))
                .addProperty(Prov.wasDerivedFrom, m.createResource(d.round().unitIri()))
                .addProperty(m.createProperty(Yf.NS, "frameworkVersion"), frameworkVersion);
        named.findings().forEach(n -> round.addProperty(Yf.finding, m.createResource(n.iri())));
        for (Veto v : a.vetoes()) {
            round.addProperty(Yf.vetoedBy, m.createResource(v.record()));
        }
        return m;
    }

    /** What the findings graph says of each finding: its item, its status and its reasons. */
    private Model findingsModel(Collection<NamedFinding> findings) {
        Model m = ModelFactory.createDefaultModel();
        for (NamedFinding named : findings) {
            Finding f = named.finding();
            Resource finding = m.createResource(named.iri(), Yf.Finding)
                    .addProperty(Yf.item, m.createResource(iris.item(f.notation())))
                    .addProperty(Yf.status, f.status().label());
            int n = 0;
            for (Reason reason : f.reasons()) {
                Resource res = m.createResource(named.iri() + "/reason/" + (++n), Yf.Reason)
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
        return m;
    }
}
