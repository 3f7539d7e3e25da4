package org.yifa.framework;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.yifa.rdf.Yf;

/**
 * The checklist's own time, read from its words. The document carries no date of issue; the latest calendar
 * date it writes is the best evidence of when it speaks from. What such a date proves depends on how it is
 * used, so the certainty is recorded with it: a date the document writes as the start of a rule for the future
 * (自…起) is only {@code approximate} — the document may precede or follow it; no bound is proven.
 *
 * @param date      the latest calendar date written in the document
 * @param quote     the sentence that writes it, verbatim from the source file
 * @param line      its line in the source file
 * @param certainty {@code approximate} (named as the start of a rule) or {@code lower-bound} (named as past)
 */
public record ChecklistDate(LocalDate date, String quote, int line, String certainty) {

    /** yf:checklistDate, yf:checklistDateEvidence, yf:checklistDateCertainty: on the framework resource. */
    public static final Property DATE_PROPERTY = ResourceFactory.createProperty(Yf.NS, "checklistDate");
    public static final Property EVIDENCE = ResourceFactory.createProperty(Yf.NS, "checklistDateEvidence");
    public static final Property CERTAINTY = ResourceFactory.createProperty(Yf.NS, "checklistDateCertainty");

    /** Adds the date, its evidence and certainty to {@code framework}. */
    void addTo(Resource framework) {
        framework.addLiteral(DATE_PROPERTY, ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate))
                .addProperty(EVIDENCE, framework.getModel().createLiteral(quote, "zh"))
                .addProperty(CERTAINTY, certainty);
    }

    /** A date written in full, with the spaces the document's layout puts around digits. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；]");

    /** The latest date the text writes, with its sentence; empty when it writes none. */
    public static Optional<ChecklistDate> of(String text) {
        ChecklistDate best = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DATE.matcher(lines[i]);
            while (m.find()) {
                LocalDate date;
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    continue;
                }
                if (best == null || date.isAfter(best.date())) {
                    String quote = sentence(lines[i], m.start(), m.end());
                    // 自…起: the date starts an obligation; it does not say whether it is past or to come.
                    String before = lines[i].substring(Math.max(0, m.start() - 2), m.start());
                    String certainty = before.contains("自") ? "approximate" : "lower-bound";
                    best = new ChecklistDate(date, quote, i + 1, certainty);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String sentence(String line, int start, int end) {
        int from = 0;
        Matcher ends = SENTENCE_END.matcher(line);
        int to = line.length();
        while (ends.find()) {
            if (ends.end() <= start) {
                from = ends.end();
            } else if (ends.start() >= end) {
                to = ends.end();
                break;
            }
        }
        return line.substring(from, to).strip();
    }
}
