package org.yifa.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.yifa.demo.CriteriaCatalog.Criterion;
import org.yifa.demo.CriteriaCatalog.Evidence;
import org.yifa.demo.CriteriaCatalog.VetoType;
import org.yifa.rdf.Prov;
import org.yifa.rdf.Yf;

/**
 * The evidence, judgements and veto events of one unit. Records are grouped by evidence type: either
 * one shared set of records serves every criterion needing the type (no yf:forCriterion), or each
 * criterion gets its own records. A unit that is not complete loses sets at random — the whole set,
 * one record of a counted set, or the dates or the validity of its records go wrong.
 */
final class UnitEvidence {

    private static final String CN = "一二三四五六七八九十";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华";

    private static final Node A = RDF.type.asNode();
    private static final Node RECORD = Yf.EvidenceRecord.asNode();
    private static final Node JUDGEMENT = Yf.Judgement.asNode();
    private static final Node VETO = Yf.VetoEvent.asNode();
    private static final Node STATEMENT = Yf.EventStatement.asNode();
    private static final Node EVENT_TYPE = Yf.eventType.asNode();
    private static final Node OCCURRENCES = Yf.occurrences.asNode();
    private static final Node UNIT = Yf.unit.asNode();
    private static final Node RECORD_ID = Yf.recordId.asNode();
    private static final Node EVIDENCE_TYPE = Yf.evidenceType.asNode();
    private static final Node FOR_CRITERION = Yf.forCriterion.asNode();
    private static final Node VALID_UNTIL = Yf.validUntil.asNode();
    private static final Node PROVISIONAL = Yf.provisional.asNode();
    private static final Node SHA256 = Yf.sha256.asNode();
    private static final Node CRITERION = Yf.criterion.asNode();
    private static final Node YEAR = Yf.year.asNode();
    private static final Node VERDICT = Yf.verdict.asNode();
    private static final Node REASON = Yf.reason.asNode();
    private static final Node VETO_TYPE = Yf.vetoEventType.asNode();
    private static final Node DATE = NodeFactory.createURI(CityGenerator.DCTERMS + "date");
    private static final Node TITLE = NodeFactory.createURI(CityGenerator.DCTERMS + "title");
    private static final Node IDENTIFIER = NodeFactory.createURI(CityGenerator.DCTERMS + "identifier");
    private static final Node ATTRIBUTED = Prov.wasAttributedTo.asNode();
    private static final Node GENERATED = Prov.generatedAtTime.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private enum Gap { NONE, MISSING, TOO_FEW, OUTSIDE, VALIDITY }

    /** How a set's records are dated: standing documents, per year (optionally by a quarter's end), per quarter. */
    private record Window(String per, int deadline) {
        static Window of(Criterion c) {
            String per = c.per();
            if ("quarter".equals(per)) {
                return new Window("quarter", 0);
            }
            return c.periodic() ? new Window("year", c.deadlineQuarter()) : new Window(null, 0);
        }
    }

    /** The validity rules that apply to records of one evidence type. */
    private record Validity(Integer cap, Integer provisionalCap, LocalDate since) {
    }

    private final UnitSpec unit;
    private final List<Criterion> applicable;
    private final List<VetoType> vetoTypes;
    private final List<Integer> years;
    private final SplittableRandom rng;
    private final StreamRDF out;
    private final Node unitNode;
    private final boolean complete;
    private final double quality;
    private final String[] submitters;
    private final Map<String, Validity> validity = new HashMap<>();
    private final Map<Integer, Integer> recordSeq = new HashMap<>();
    private final Map<Integer, Integer> numberSeq = new HashMap<>();
    private final Map<String, Integer> titles = new HashMap<>();

    UnitEvidence(UnitSpec unit, List<Criterion> applicable, List<VetoType> vetoTypes, List<Integer> years,
                 SplittableRandom rng, StreamRDF out) {
        this.unit = unit;
        this.applicable = applicable;
        this.vetoTypes = vetoTypes;
        this.years = years;
        this.rng = rng;
        this.out = out;
        this.unitNode = CityGenerator.unitNode(unit.id());
        this.complete = unit.profile() == UnitSpec.Profile.COMPLETE;
        this.quality = complete ? 1.0 : 0.55 + 0.4 * rng.nextDouble();
        this.submitters = new String[] {person(), person()};
        for (Criterion c : applicable) {
            if (!c.judgement() && c.checksValidity()) {
                for (Evidence e : c.evidence()) {
                    validity.merge(e.type(), new Validity(c.validityYears(), c.provisionalValidityYears(), c.since()),
                            (a, b) -> new Validity(min(a.cap(), b.cap()), min(a.provisionalCap(), b.provisionalCap()),
                                    a.since() == null ? b.since() : b.since() == null ? a.since()
                                            : a.since().isBefore(b.since()) ? a.since() : b.since()));
                }
            }
        }
    }

    void write() {
        // First, so that the veto drawn for a unit does not change whenever the criteria do.
        veto();
        Map<String, List<Criterion>> byType = new LinkedHashMap<>();
        Map<String, Evidence> typeInfo = new HashMap<>();
        for (Criterion c : applicable) {
            if (c.event() != null) {
                continue; // written with the events the unit reports
            }
            for (Evidence e : c.evidence()) {
                byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(c);
                typeInfo.putIfAbsent(e.type(), e);
            }
        }
        byType.forEach((type, needing) -> {
            boolean specific = rng.nextDouble() < 0.3;
            if (specific) {
                for (Criterion c : needing) {
                    writeSet(typeInfo.get(type), c, Window.of(c), min(c, type));
                }
            } else {
                Map<Window, Integer> counts = new LinkedHashMap<>();
                for (Criterion c : needing) {
                    counts.merge(Window.of(c), min(c, type), Math::max);
                }
                counts.forEach((window, n) -> writeSet(typeInfo.get(type), null, window, n));
            }
        });
        events();
        for (Criterion c : applicable) {
            if (c.judgement()) {
                years.forEach(y -> judgement(c, y));
            }
        }
    }

    /**
     * For each event type a criterion of the unit depends on, and each year: a statement of how often
     * it occurred — none at all for some incomplete units (the duty then awaits their word), 0 for many,
     * or a few occurrences, with the records of their handling (all of them for a complete unit, too
     * few or none now and then otherwise).
     */
    private void events() {
        Map<String, List<Criterion>> byEvent = new LinkedHashMap<>();
        for (Criterion c : applicable) {
            if (c.event() != null) {
                byEvent.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c);
            }
        }
        byEvent.forEach((event, criteria) -> {
            for (int y : years) {
                double r = rng.nextDouble();
                if (!complete && r < 0.15) {
                    continue;
                }
                int occurrences = r < 0.55 ? 0 : 1 + rng.nextInt(3);
                statement(event, y, occurrences);
                if (occurrences == 0) {
                    continue;
                }
                for (Criterion c : criteria) {
                    if (c.judgement()) {
                        continue;
                    }
                    for (Evidence e : c.evidence()) {
                        int n = e.perEvent() ? e.min() * occurrences : e.min();
                        yearly(e, c, y, c.deadlineQuarter(), n);
                    }
                }
            }
        });
    }

    private void statement(String event, int y, int occurrences) {
        String recordId = String.format("e-%d-%s", y, event.substring(event.lastIndexOf('/') + 1));
        Node s = NodeFactory.createURI(Yf.ID + "event/" + unit.id() + "/" + recordId);
        emit(s, A, STATEMENT);
        emit(s, UNIT, unitNode);
        emit(s, RECORD_ID, NodeFactory.createLiteralString(recordId));
        emit(s, EVENT_TYPE, NodeFactory.createURI(event));
        emit(s, YEAR, NodeFactory.createLiteralDT(String.valueOf(y), XSDDatatype.XSDinteger));
        emit(s, OCCURRENCES, NodeFactory.createLiteralDT(String.valueOf(occurrences), XSDDatatype.XSDnonNegativeInteger));
        emit(s, DATE, date(within(LocalDate.of(y + 1, 1, 5), 20)));
        emit(s, ATTRIBUTED, NodeFactory.createLiteralString(submitters[rng.nextInt(2)]));
    }

    private void writeSet(Evidence type, Criterion forCriterion, Window window, int n) {
        if (window.per() == null) {
            standing(type, forCriterion, n);
        } else if (window.per().equals("quarter")) {
            years.forEach(y -> quarterly(type, forCriterion, y, n));
        } else {
            years.forEach(y -> yearly(type, forCriterion, y, window.deadline(), n));
        }
    }

    /** Standing documents: adopted once, before or in the first year, and revised now and then. */
    private void standing(Evidence type, Criterion forCriterion, int n) {
        int first = years.get(0);
        Gap gap = gap(type, n);
        int count = gap == Gap.MISSING ? 0 : gap == Gap.TOO_FEW ? n - 1 : n;
        int bad = gap == Gap.VALIDITY ? rng.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            LocalDate date;
            if (gap == Gap.OUTSIDE) {
                // Adopted late: counts only from a later year on.
                date = years.size() > 1 ? within(LocalDate.of(years.get(1 + rng.nextInt(years.size() - 1)), 1, 1), 364)
                        : within(LocalDate.of(first + 1, 1, 1), 59);
            } else {
                date = between(LocalDate.of(first - 3, 1, 1), LocalDate.of(first, 12, 31));
            }
            record(type, forCriterion, date, String.format("%s%s（%d年版）", unit.name(), type.label(), date.getYear()),
                    i == bad);
        }
        for (int y : years.subList(1, years.size())) {
            if (forCriterion == null && count > 0 && rng.nextDouble() < 0.15) {
                LocalDate date = within(LocalDate.of(y, 1, 1), 364);
                record(type, null, date, String.format("%s%s（%d年修订）", unit.name(), type.label(), y), false);
            }
        }
    }

    /** Records due in year {@code y}, by the end of quarter {@code deadline} when it is not 0. */
    private void yearly(Evidence type, Criterion forCriterion, int y, int deadline, int n) {
        LocalDate start = LocalDate.of(y, 1, 1);
        LocalDate end = deadline > 0 ? quarterEnd(y, deadline) : LocalDate.of(y, 12, 31);
        Gap gap = gap(type, n);
        int count = gap == Gap.MISSING ? 0 : gap == Gap.TOO_FEW ? n - 1 : n;
        int outside = gap == Gap.OUTSIDE ? (n > 1 && rng.nextBoolean() ? 1 : n) : 0;
        int bad = gap == Gap.VALIDITY ? rng.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            LocalDate date;
            if (i < outside) {
                date = deadline > 0 ? between(end.plusDays(1), LocalDate.of(y, 12, 31))
                        : between(LocalDate.of(y - 1, 11, 1), LocalDate.of(y - 1, 12, 31));
            } else {
                date = between(start, end);
            }
            record(type, forCriterion, date, String.format("%s%d年%s", unit.name(), date.getYear(), type.label()),
                    i == bad);
        }
    }

    /** {@code n} records in each quarter of year {@code y}; a gap hits one quarter. */
    private void quarterly(Evidence type, Criterion forCriterion, int y, int n) {
        Gap gap = gap(type, n);
        int hit = rng.nextInt(4) + 1;
        for (int q = 1; q <= 4; q++) {
            int count = q != hit || gap == Gap.NONE || gap == Gap.VALIDITY ? n
                    : gap == Gap.MISSING ? 0 : gap == Gap.TOO_FEW ? n - 1 : n;
            int bad = gap == Gap.VALIDITY && q == hit ? rng.nextInt(count) : -1;
            for (int i = 0; i < count; i++) {
                // Out of period: the quarter's records slip into the next quarter (or the next year).
                int quarter = gap == Gap.OUTSIDE && q == hit ? q + 1 : q;
                LocalDate start = quarter > 4 ? LocalDate.of(y + 1, 1, 1) : LocalDate.of(y, quarter * 3 - 2, 1);
                LocalDate date = between(start, quarter > 4 ? start.plusDays(30) : quarterEnd(y, quarter));
                record(type, forCriterion, date, String.format("%s%d年第%s季度%s", unit.name(), y, CN.charAt(q - 1),
                        type.label()), i == bad);
            }
        }
    }

    private Gap gap(Evidence type, int n) {
        if (complete || rng.nextDouble() < quality) {
            return Gap.NONE;
        }
        double r = rng.nextDouble();
        if (r < 0.4) {
            return Gap.MISSING;
        }
        if (r < 0.6) {
            return n > 1 ? Gap.TOO_FEW : Gap.MISSING;
        }
        if (r < 0.85 || !validity.containsKey(type.type())) {
            return Gap.OUTSIDE;
        }
        return Gap.VALIDITY;
    }

    private void record(Evidence type, Criterion forCriterion, LocalDate date, String title, boolean badValidity) {
        int y = date.getYear();
        int seq = recordSeq.merge(y, 1, Integer::sum);
        String recordId = String.format("r-%d-%03d", y, seq);
        Node r = NodeFactory.createURI(Yf.ID + "evidence/" + unit.id() + "/" + recordId);
        emit(r, A, RECORD);
        emit(r, UNIT, unitNode);
        emit(r, RECORD_ID, NodeFactory.createLiteralString(recordId));
        emit(r, EVIDENCE_TYPE, NodeFactory.createURI(type.type()));
        emit(r, DATE, date(date));
        int same = titles.merge(title, 1, Integer::sum);
        String numbered = same == 1 ? title : title + "（" + (same <= CN.length() ? String.valueOf(CN.charAt(same - 1)) : same) + "）";
        emit(r, TITLE, NodeFactory.createLiteralLang(numbered, "zh"));
        if (forCriterion != null) {
            emit(r, FOR_CRITERION, NodeFactory.createURI(forCriterion.iri()));
        }
        if (rng.nextDouble() < 0.35) {
            int number = numberSeq.merge(y, 1, Integer::sum);
            emit(r, IDENTIFIER, NodeFactory.createLiteralString(unit.abbr() + "发〔" + y + "〕" + number + "号"));
        }
        Validity v = validity.get(type.type());
        if (v != null) {
            validity(r, date, v, badValidity || (!complete && rng.nextDouble() < 0.03));
        }
        emit(r, SHA256, NodeFactory.createLiteralString(hex()));
        emit(r, ATTRIBUTED, NodeFactory.createLiteralString(submitters[rng.nextInt(2)]));
        LocalDate submitted = date.isBefore(LocalDate.of(years.get(0), 1, 1))
                ? within(LocalDate.of(years.get(0), 1, 10), 80) : date.plusDays(1 + rng.nextInt(20));
        emit(r, GENERATED, NodeFactory.createLiteralDT(String.format("%sT%02d:%02d:00+08:00", submitted,
                9 + rng.nextInt(9), rng.nextInt(60)), XSDDatatype.XSDdateTime));
    }

    /** States a validity within the caps, or — for a bad record — one over its cap or none at all. */
    private void validity(Node r, LocalDate date, Validity v, boolean bad) {
        boolean canExceed = v.cap() != null || v.provisionalCap() != null;
        boolean canOmit = v.since() != null && !date.isBefore(v.since());
        if (bad && (canExceed || canOmit)) {
            if (canOmit && (!canExceed || rng.nextBoolean())) {
                return;
            }
            boolean provisional = v.provisionalCap() != null && (v.cap() == null || rng.nextDouble() < 0.3);
            int cap = provisional ? v.provisionalCap() : v.cap();
            LocalDate until = date.plusYears(cap).plusDays(rng.nextDouble() < 0.3 ? 1 : 1 + rng.nextInt(900));
            emit(r, VALID_UNTIL, date(until));
            if (provisional) {
                emit(r, PROVISIONAL, TRUE);
            }
            return;
        }
        boolean provisional = v.provisionalCap() != null && rng.nextDouble() < 0.25;
        Integer cap = provisional ? v.provisionalCap() : v.cap();
        LocalDate until;
        if (cap == null) {
            until = date.plusYears(1 + rng.nextInt(5)).minusDays(1);
        } else if (rng.nextDouble() < 0.15) {
            until = date.plusYears(cap); // exactly at the cap still keeps it
        } else {
            until = date.plusYears(1 + rng.nextInt(cap)).minusDays(1);
        }
        emit(r, VALID_UNTIL, date(until));
        if (provisional) {
            emit(r, PROVISIONAL, TRUE);
        }
    }

    private void judgement(Criterion c, int y) {
        double r = rng.nextDouble();
        String verdict = complete || r < quality * 0.85 ? "met" : r < quality * 0.85 + 0.1 ? "missed" : null;
        if (verdict == null) {
            return;
        }
        Node j = NodeFactory.createURI(Yf.ID + "judgement/" + unit.id() + "/" + y + "/" + c.id());
        emit(j, A, JUDGEMENT);
        emit(j, UNIT, unitNode);
        emit(j, CRITERION, NodeFactory.createURI(c.iri()));
        emit(j, YEAR, NodeFactory.createLiteralDT(String.valueOf(y), XSDDatatype.XSDinteger));
        emit(j, VERDICT, NodeFactory.createLiteralString(verdict));
        emit(j, REASON, NodeFactory.createLiteralLang(verdict.equals("met")
                ? "经查阅佐证材料并实地核查，该项要求已落实到位。" : "经查阅佐证材料，该项要求落实不到位，须限期整改。", "zh"));
        emit(j, DATE, date(within(LocalDate.of(y + 1, 1, 5), 50)));
        emit(j, ATTRIBUTED, NodeFactory.createLiteralString("示例市依法行政考核评估组"));
    }

    /** Inside: in the last year (the window of its assessment); outside: before every window. */
    private void veto() {
        if (unit.veto() == UnitSpec.Veto.NONE || vetoTypes.isEmpty()) {
            return;
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        boolean penalty = unit.types().contains("penalty-enforcement-department");
        List<VetoType> kinds = vetoTypes.stream().filter(v -> penalty || !v.item().equals("9.6")).toList();
        VetoType kind = kinds.get(rng.nextInt(kinds.size()));
        LocalDate date;
        if (unit.veto() == UnitSpec.Veto.INSIDE) {
            date = within(LocalDate.of(last, 2, 1), 300);
        } else {
            int window = kind.windowYears();
            LocalDate before = LocalDate.of(first - window, 12, 31); // the last day outside the first year's window
            date = rng.nextDouble() < 0.3 ? before : within(before.minusDays(364), 300);
        }
        String recordId = String.format("v-%d-001", date.getYear());
        Node v = NodeFactory.createURI(Yf.ID + "veto/" + unit.id() + "/" + recordId);
        emit(v, A, VETO);
        emit(v, UNIT, unitNode);
        emit(v, RECORD_ID, NodeFactory.createLiteralString(recordId));
        emit(v, VETO_TYPE, NodeFactory.createURI(kind.iri()));
        emit(v, DATE, date(date));
        emit(v, TITLE, NodeFactory.createLiteralLang("关于" + unit.name() + kind.label() + "的通报", "zh"));
        emit(v, IDENTIFIER, NodeFactory.createLiteralString("示依法办〔" + date.getYear() + "〕" + (1 + rng.nextInt(30)) + "号"));
    }

    private static int min(Criterion c, String type) {
        return c.evidence().stream().filter(e -> e.type().equals(type)).mapToInt(Evidence::min).max().orElse(1);
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Math.min(a, b);
    }

    private static LocalDate quarterEnd(int y, int quarter) {
        return LocalDate.of(y, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** A day from {@code from} to {@code to}; one in ten falls on either end, where off-by-one errors live. */
    private LocalDate between(LocalDate from, LocalDate to) {
        double r = rng.nextDouble();
        if (r < 0.05) {
            return from;
        }
        if (r < 0.1) {
            return to;
        }
        return from.plusDays(rng.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    private LocalDate within(LocalDate from, int days) {
        return from.plusDays(rng.nextInt(days + 1));
    }

    private String person() {
        return "" + SURNAMES.charAt(rng.nextInt(SURNAMES.length())) + GIVEN.charAt(rng.nextInt(GIVEN.length()))
                + (rng.nextBoolean() ? "" : GIVEN.charAt(rng.nextInt(GIVEN.length())));
    }

    private String hex() {
        return String.format("%016x%016x%016x%016x", rng.nextLong(), rng.nextLong(), rng.nextLong(), rng.nextLong());
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private void emit(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }
}
