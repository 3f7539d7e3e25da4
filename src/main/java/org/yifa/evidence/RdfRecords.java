package org.yifa.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.yifa.rdf.Yf;

/**
 * The records of an RDF upload, read back into rows so that they pass the same checks as a
 * spreadsheet's: each subject must be an evidence record, judgement or veto event of the unit the
 * upload is for, with an IRI; what the server states (upload, submission time) must be left out.
 */
final class RdfRecords {

    private static final Set<Property> SERVER = Set.of(Yf.prop("upload"), Prov.generatedAtTime);

    private RdfRecords() {
    }

    static Position at(RdfFile.Parsed parsed, Resource subject) {
        String name = subject.isURIResource() ? subject.getURI() : "_:" + subject.getId().getLabelString();
        return Position.rdf(parsed.line(subject.asNode()), name);
    }

    /** The records as tables, one per kind present; subjects that are no record are reported. */
    static List<Table> tables(RdfFile.Parsed parsed, Unit unit, Problems problems) {
        Map<Kind, List<Table.Row>> rows = new EnumMap<>(Kind.class);
        for (Resource subject : parsed.model().listSubjects().toList()) {
            Position at = at(parsed, subject);
            if (RdfAgents.isAgent(subject)) {
                continue; // described for the records that name it; see RdfAgents
            }
            List<Kind> kinds = subject.listProperties(RDF.type).toList().stream()
                    .map(Statement::getObject).filter(RDFNode::isURIResource)
                    .flatMap(t -> Kind.ofClass(t.asResource()).stream()).distinct().toList();
            if (kinds.isEmpty()) {
                problems.add(at, null, "only evidence records, judgements, veto events and event statements can be uploaded "
                        + "(rdf:type yf:EvidenceRecord, yf:Judgement, yf:VetoEvent or yf:EventStatement); this subject is none of them");
                continue;
            }
            if (kinds.size() > 1) {
                problems.add(at, "rdf:type", "a record is of one kind only, not " + kinds.stream()
                        .map(k -> Vocabulary.curie(k.rdfClass().getURI())).toList());
                continue;
            }
            if (!subject.isURIResource()) {
                problems.add(at, null, "a record needs an IRI such as <" + Iris.evidence(unit.id(), "r-2025-001")
                        + ">, not a blank node");
                continue;
            }
            boolean ok = true;
            for (Property p : SERVER) {
                if (subject.hasProperty(p)) {
                    problems.add(at, Vocabulary.curie(p.getURI()), "is set by the server; leave it out");
                    ok = false;
                }
            }
            for (Statement s : subject.listProperties(Yf.prop("unit")).toList()) {
                String named = s.getObject().isURIResource() ? s.getObject().asResource().getURI() : s.getObject().toString();
                if (!named.equals(unit.iri())) {
                    problems.add(at, "yf:unit", "the record names the unit <" + named + ">, but this upload is for unit '"
                            + unit.id() + "' <" + unit.iri() + ">");
                    ok = false;
                }
            }
            if (ok) {
                Kind kind = kinds.get(0);
                rows.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Table.Row(at, values(subject, kind)));
            }
        }
        List<Table> tables = new ArrayList<>();
        rows.forEach((kind, list) -> tables.add(new Table(kind, list, Vocabulary.PROPERTIES)));
        return tables;
    }

    /** Each column's property value as text: IRIs whole (the checks accept them), literals by lexical form. */
    private static Map<String, String> values(Resource subject, Kind kind) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Kind.Column column : kind.columns()) {
            Statement s = subject.getProperty(column.property());
            if (s != null) {
                RDFNode o = s.getObject();
                values.put(column.name(), o.isLiteral() ? o.asLiteral().getLexicalForm()
                        : column.property().equals(Prov.wasAttributedTo) ? agentName(o)
                        : o.isURIResource() ? o.asResource().getURI() : "");
            }
        }
        return values;
    }

    /** The agent's name; an agent left unnamed was reported by {@link RdfAgents#normalise}. */
    private static String agentName(RDFNode agent) {
        String name = agent.isResource() ? RdfAgents.name(agent.asResource()) : null;
        return name == null ? "" : name;
    }

    /** An RDF record must sit at the IRI its unit and id give it, so that an id means one record. */
    static void checkIris(Draft draft, Problems problems) {
        for (Draft.Entry entry : draft.entries) {
            if (!entry.iri().equals(entry.at().record())) {
                problems.add(entry.at(), "@id", "the record's IRI must be <" + entry.iri() + "> (from its unit"
                        + (entry.kind() == Kind.JUDGEMENTS ? ", year and criterion)" : " and yf:recordId)"));
            }
        }
    }
}
