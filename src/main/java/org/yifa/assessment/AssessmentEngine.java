package org.yifa.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Service;
import org.yifa.store.DataFiles;
import org.yifa.store.StoreLoader;
import org.yifa.rdf.Yf;

/**
 * Assesses units: which items each meets or misses in a year, and why. The framework is read once
 * and kept until a graph of the store changes; each assessment is stored as a round.
 */
@Service
public class AssessmentEngine {

    private final Dataset dataset;
    private final FrameworkLoader frameworkLoader;
    private final UnitRecordsLoader records;
    private final AssessmentRounds rounds;
    private volatile Framework framework;

    AssessmentEngine(Dataset dataset, FrameworkLoader frameworkLoader, UnitRecordsLoader records, AssessmentRounds rounds) {
        this.dataset = dataset;
        this.frameworkLoader = frameworkLoader;
        this.records = records;
        this.rounds = rounds;
    }

    /** Assesses one unit for one year and stores the round. */
    public UnitAssessment assess(String unitId, int year) {
        Framework current = framework();
        UnitRecordsLoader.UnitInfo unit = unit(unitId);
        UnitAssessment result = Evaluator.assess(current, records.records(unit), year);
        rounds.store(unit.iri(), result, current.version());
        return result;
    }

    /** Assesses every unit for one year (the city at once); rounds are stored. */
    public List<UnitAssessment> assessAll(int year) {
        Framework current = framework();
        Map<String, UnitRecordsLoader.UnitInfo> units = records.units();
        Map<String, UnitRecords> all = records.recordsOfAll(units, year);
        List<AssessmentRounds.Round> rounds = units.values().stream()
                .map(unit -> new AssessmentRounds.Round(unit.iri(), Evaluator.assess(current, all.get(unit.id()), year)))
                .toList();
        this.rounds.storeAll(rounds, current.version());
        return rounds.stream().map(AssessmentRounds.Round::result).toList();
    }

    public Map<String, UnitRecordsLoader.UnitInfo> units() {
        return records.units();
    }

    UnitRecordsLoader.UnitInfo unit(String unitId) {
        return records.unit(unitId).orElseThrow(() -> new UnknownUnitException(unitId));
    }

    /** The considered evidence of one criterion, for explanations. */
    UnitRecords recordsOf(String unitId) {
        return records.records(unit(unitId));
    }

    Framework framework() {
        String version = storeVersion();
        Framework cached = framework;
        if (cached == null || !cached.version().equals(version)) {
            cached = frameworkLoader.load(version);
            framework = cached;
        }
        return cached;
    }

    /** A digest of the fingerprints of every loaded graph: changes whenever the loader rebuilds one. */
    private String storeVersion() {
        StringBuilder all = new StringBuilder();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph()
                .find(NodeFactory.createURI(StoreLoader.META_GRAPH), Node.ANY, Yf.sha256.asNode(), Node.ANY)
                .forEachRemaining(q -> all.append(q.getSubject().getURI()).append(q.getObject().getLiteralLexicalForm())));
        return DataFiles.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
