package org.yifa.assessment;

import java.time.Year;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCTerms;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yifa.evidence.EvidenceUploaded;
import org.yifa.rdf.Yf;
import org.yifa.unit.UnitLifetimes;

/**
 * Re-assesses a unit right after an upload, so stored rounds never lag behind the evidence: every
 * year its records fall in, and every later year of which a round is stored (a standing document
 * counts for all later years, a veto event for two). A year without a stored round needs nothing:
 * it is computed when asked for. The upload's records reach the engine through the store's
 * {@link org.yifa.store.WriteJournal}, as written, not read again.
 */
@Component
class ReassessOnUpload {

    private final AssessmentEngine engine;
    private final AssessmentRounds rounds;
    private final UnitLifetimes lifetimes;

    ReassessOnUpload(AssessmentEngine engine, AssessmentRounds rounds, UnitLifetimes lifetimes) {
        this.engine = engine;
        this.rounds = rounds;
        this.lifetimes = lifetimes;
    }

    @EventListener
    void uploaded(EvidenceUploaded event) {
        engine.carryOver();
        int lastYear = Year.now().getValue();
        SortedSet<Integer> years = years(event.written(), event.upload());
        if (years.isEmpty()) {
            return;
        }
        years.addAll(rounds.storedYears(event.unitId(), years.first() + 1, lastYear));
        years.stream().filter(y -> y <= lastYear && lifetimes.assessed(event.unitId(), y)).forEach(y -> engine.assess(event.unitId(), y));
    }

    /** The years the upload's records fall in: the year of each one's date ({@code dcterms:date}) and its {@code yf:year}. */
    static SortedSet<Integer> years(Model written, String upload) {
        SortedSet<Integer> years = new TreeSet<>();
        written.listSubjectsWithProperty(Yf.upload, written.createResource(upload)).forEachRemaining(record -> {
            record.listProperties(DCTerms.date).forEachRemaining(s -> year(s.getObject(), true, years));
            record.listProperties(Yf.year).forEachRemaining(s -> year(s.getObject(), false, years));
        });
        return years;
    }

    private static void year(RDFNode value, boolean date, SortedSet<Integer> years) {
        if (!value.isLiteral()) {
            return;
        }
        Object parsed = value.asLiteral().getValue();
        if (date && parsed instanceof XSDDateTime d) {
            years.add(d.getYears());
        } else if (!date && parsed instanceof Number n) {
            years.add(n.intValue());
        }
    }
}
