package org.yifa.evidence;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.yifa.audit.AuditLog;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.yifa.rdf.Yf;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;

/**
 * Takes a unit's evidence records, judgements and veto events from an upload (Turtle, JSON-LD,
 * CSV or XLSX), checks all of it before writing anything, and writes an accepted upload in one
 * atomic write (with its audit entry) into the unit's graph {@code https://w3id.org/yifa/graph/evidence/{unitId}}.
 * Listeners hear {@link EvidenceUploaded} after the commit.
 */
@Service
public class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    private final Store rdf;
    private final WriteJournal journal;
    private final EvidenceStore store;
    private final EvidenceShapes shapes;
    private final EvidenceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceIntake(Store rdf, WriteJournal journal, EvidenceStore store, EvidenceShapes shapes,
            EvidenceProperties properties, ApplicationEventPublisher events) {
        this.rdf = rdf;
        this.journal = journal;
        this.store = store;
        this.shapes = shapes;
        this.properties = properties;
        this.events = events;
        this.clock = Clock.system(properties.zone());
    }

    /**
     * Checks and writes one upload for the unit.
     *
     * @param submittedBy who sends it (until access control exists); fills prov:wasAttributedTo where the records leave it open
     * @throws UploadRejected with every problem found, when nothing was written
     */
    public UploadReceipt accept(String unitId, UploadFormat format, byte[] bytes, String submittedBy) {
        return accept(unitId, format, bytes, submittedBy, null, null);
    }

    /**
     * The records an upload would write (evidence records, judgements, veto events), checked exactly as
     * {@link #accept} checks them, ids already taken included; nothing is written.
     *
     * @throws UploadRejected with every problem found
     */
    public org.apache.jena.rdf.model.Model check(String unitId, UploadFormat format, byte[] bytes, String submittedBy,
            Charset charset) {
        Checked checked = check(unitId, format, bytes, submittedBy, charset,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), Iris.upload(UUID.randomUUID()));
        Problems taken = new Problems();
        conflicts(checked.draft(), checked.unit(), taken);
        if (!taken.isEmpty()) {
            throw rejected(taken);
        }
        return checked.draft().model;
    }

    private record Checked(Unit unit, Draft draft) {
    }

    private Checked check(String unitId, UploadFormat format, byte[] bytes, String submittedBy, Charset charset,
            Instant now, String upload) {
        if (bytes.length > properties.maxUploadBytes()) {
            throw tooLarge(properties.maxUploadBytes());
        }
        Unit unit = store.unit(unitId).orElseThrow(() -> new UploadRejected(404,
                "No unit '" + unitId + "': units are named by their yf:unitId, e.g. /api/units/sfj/evidence"));
        LocalDate today = LocalDate.now(clock);
        Problems problems = new Problems();
        // Without a name given, records are attributed to whoever is signed in.
        String submitter = submittedBy != null && !submittedBy.isBlank() ? submittedBy
                : "system".equals(AuditLog.currentUser()) ? null : AuditLog.currentUser();
        RecordBuilder builder = new RecordBuilder(unit, store.terms(), now, today, upload, submitter, problems);
        switch (format) {
            case CSV -> CsvFile.read(bytes, charset, problems).ifPresent(builder::add);
            case XLSX -> XlsxFile.read(bytes, problems).forEach(builder::add);
            case TURTLE, JSON_LD -> RdfFile.parse(bytes, format, problems).ifPresent(parsed -> {
                RdfAgents.normalise(parsed, problems);
                RdfRecords.tables(parsed, unit, problems).forEach(builder::add);
                RdfRecords.checkIris(builder.draft(), problems);
                shapes.check(parsed, problems);
            });
        }
        Draft draft = builder.draft();
        if (problems.isEmpty() && draft.entries.isEmpty()) {
            problems.add(Position.FILE, null, "the upload holds no records");
        }
        if (!problems.isEmpty()) {
            // Rejected already: name the ids the unit has taken too, so one answer lists every problem.
            conflicts(draft, unit, problems);
            throw rejected(problems);
        }
        return new Checked(unit, draft);
    }

    /** As {@link #accept(String, UploadFormat, byte[], String)}, recording the file name and the declared charset of a CSV. */
    public UploadReceipt accept(String unitId, UploadFormat format, byte[] bytes, String submittedBy, String fileName,
            Charset charset) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String upload = Iris.upload(UUID.randomUUID());
        Checked checked = check(unitId, format, bytes, submittedBy, charset, now, upload);
        Unit unit = checked.unit();
        Draft draft = checked.draft();
        describeUpload(draft, unit, upload, now, format, fileName);
        // Noted with its statements: readers who keep the unit's records add them instead of reading again.
        long writtenAt = journal.write(rdf, new WriteJournal.Change(unit.id(), draft.model), changes -> {
            // Taken ids are checked here, where writers are serialised: no other upload can take one in between.
            Problems late = new Problems();
            conflicts(draft, unit, late);
            if (!late.isEmpty()) {
                throw rejected(late);
            }
            changes.add(unit.evidenceGraph(), draft.model.getGraph());
            AuditLog.record(changes, "evidence-upload", unit.iri(), upload,
                    draft.count(Kind.EVIDENCE) + " evidence records, " + draft.count(Kind.JUDGEMENTS) + " judgements, "
                            + draft.count(Kind.VETOES) + " veto events" + events(draft) + (fileName == null ? "" : " from " + fileName));
        });
        UploadReceipt receipt = new UploadReceipt(unitId, upload, draft.count(Kind.EVIDENCE),
                draft.count(Kind.JUDGEMENTS), draft.count(Kind.VETOES), draft.count(Kind.EVENTS));
        log.info("Upload {} for unit {}: {} evidence records, {} judgements, {} veto events", upload, unitId,
                receipt.evidence(), receipt.judgements(), receipt.vetoes());
        try {
            events.publishEvent(new EvidenceUploaded(this, unitId, upload, draft.model, writtenAt));
        } catch (RuntimeException e) {
            // The upload is committed; a failing listener must not make it look rejected.
            log.error("A listener failed on the upload {} for unit {}", upload, unitId, e);
        }
        return receipt;
    }

    static UploadRejected tooLarge(long limit) {
        return new UploadRejected(413, "The upload is larger than " + limit
                + " bytes (yifa.evidence.max-upload-bytes); split it into several uploads");
    }

    private static UploadRejected rejected(Problems problems) {
        int n = problems.size();
        return new UploadRejected(400, n + (n == 1 ? " problem" : " problems")
                + " in the upload; nothing was written", problems.list());
    }

    /** Record ids and judgements (criterion and year) must be new for the unit, in every graph. */
    private void conflicts(Draft draft, Unit unit, Problems problems) {
        if (draft.entries.isEmpty()) {
            return;
        }
        boolean anyJudgement = draft.entries.stream().anyMatch(e -> e.kind() == Kind.JUDGEMENTS);
        boolean anyRecord = draft.entries.stream().anyMatch(e -> e.kind() != Kind.JUDGEMENTS);
        Map<String, String> ids = anyRecord ? store.recordIds(unit.iri()) : Map.of();
        Map<String, String> judgements = anyJudgement ? store.judgements(unit.iri()) : Map.of();
        boolean anyEvent = draft.entries.stream().anyMatch(e -> e.kind() == Kind.EVENTS);
        Map<String, String> stated = anyEvent ? store.eventKeys(unit.iri()) : Map.of();
        for (Draft.Entry entry : draft.entries) {
            if (entry.kind() == Kind.JUDGEMENTS) {
                String existing = judgements.get(entry.key());
                if (existing != null) {
                    problems.add(entry.at(), entry.field("criterion"), "the unit already has a judgement on this "
                            + "criterion for this year: <" + existing + ">");
                }
            } else {
                if (entry.kind() == Kind.EVENTS) {
                    // One statement per event type and year: the count is the year's total, never a sum of uploads.
                    String earlier = stated.get(eventKey(draft, entry.iri()));
                    if (earlier != null) {
                        problems.add(entry.at(), entry.field("event_type"), "the unit already stated how often this "
                                + "event occurred in this year: <" + earlier + ">");
                    }
                }
                String existing = ids.get(entry.key());
                if (existing != null) {
                    problems.add(entry.at(), entry.field("record_id"), "record id '" + entry.key()
                            + "' is already used by this unit: <" + existing + ">");
                }
            }
        }
    }

    /** ", 2 event statements" when the upload holds any (uploads without them read as before). */
    private static String events(Draft draft) {
        int n = draft.count(Kind.EVENTS);
        return n == 0 ? "" : ", " + n + " event statement" + (n == 1 ? "" : "s");
    }

    private static String eventKey(Draft draft, String statement) {
        Resource r = draft.model.getResource(statement);
        return r.getPropertyResourceValue(Yf.prop("eventType")).getURI() + "|"
                + r.getProperty(Yf.prop("year")).getLiteral().getLexicalForm();
    }

    private static void describeUpload(Draft draft, Unit unit, String upload, Instant now, UploadFormat format,
            String fileName) {
        Resource u = draft.model.createResource(upload, Yf.res("Upload"))
                .addProperty(Yf.prop("unit"), draft.model.createResource(unit.iri()))
                .addProperty(Prov.startedAtTime, draft.model.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.format, format.mediaType())
                // No count properties in the ontology yet: the counts as words (and yf:upload links per record).
                .addProperty(DCTerms.extent, draft.count(Kind.EVIDENCE) + " evidence records, "
                        + draft.count(Kind.JUDGEMENTS) + " judgements, " + draft.count(Kind.VETOES) + " veto events" + events(draft));
        if (fileName != null && !fileName.isBlank()) {
            u.addProperty(DCTerms.source, fileName);
        }
    }
}
