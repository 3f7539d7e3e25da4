package org.yifa.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.yifa.assessment.CriterionResult;
import org.yifa.assessment.Finding;
import org.yifa.assessment.UnitAssessment;
import org.yifa.rdf.Yf;

/**
 * Which dates the engine counts a record of a type on, for each criterion: learnt by asking the engine,
 * not re-derived. One probe record per evidence type and day of the year (and one the day before the
 * year, which counts only where any earlier date does) is evaluated in memory; the records each
 * criterion counted tell its dates.
 */
final class Windows {

    static final String EVIDENCE_TYPE_NS = Yf.ID + "evidence-type/";
    private static final String PROBE = "plan-probe~";

    private Windows() {
    }

    /** The probe records: every day of {@code year} and the day before it, for each type (slugs). */
    static Model probes(String unitIri, Collection<String> types, int year) {
        Model m = ModelFactory.createDefaultModel();
        LocalDate first = LocalDate.of(year, 1, 1).minusDays(1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (String type : types) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                record(m, unitIri, PROBE + type + "~" + d, type, d, null, "probe");
            }
        }
        return m;
    }

    /** An evidence record as an upload writes it (without criterion, so it counts wherever its type does). */
    static void record(Model m, String unitIri, String recordId, String type, LocalDate date, LocalDate validUntil,
                       String title) {
        var r = m.createResource(Yf.ID + "evidence/plan/" + recordId, Yf.EvidenceRecord)
                .addProperty(Yf.unit, m.createResource(unitIri))
                .addProperty(Yf.recordId, recordId)
                .addProperty(Yf.evidenceType, m.createResource(EVIDENCE_TYPE_NS + type))
                .addProperty(DCTerms.date, m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.title, title);
        if (validUntil != null) {
            r.addProperty(Yf.validUntil, m.createTypedLiteral(validUntil.toString(), XSDDatatype.XSDdate));
        }
    }

    /** criterion id → type slug → the dates on which a probe of that type counted for it. */
    static Map<String, Map<String, NavigableSet<LocalDate>>> counted(UnitAssessment probed) {
        Map<String, Map<String, NavigableSet<LocalDate>>> dates = new HashMap<>();
        for (Finding f : probed.findings()) {
            for (CriterionResult c : f.criteria()) {
                for (String id : c.considered()) {
                    if (id.startsWith(PROBE)) {
                        String[] parts = id.substring(PROBE.length()).split("~");
                        dates.computeIfAbsent(c.id(), k -> new HashMap<>())
                                .computeIfAbsent(parts[0], k -> new TreeSet<>()).add(LocalDate.parse(parts[1]));
                    }
                }
            }
        }
        return dates;
    }

    /** Whether {@code dates} include the day before {@code year}: then any earlier date counts too (a standing document). */
    static boolean open(NavigableSet<LocalDate> dates, int year) {
        return dates.contains(LocalDate.of(year, 1, 1).minusDays(1));
    }
}
