package org.yifa.law;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yifa.law.HeaderEvent.Kind;

/**
 * Dates and issuing body of a version and of its work, read from the header events (and, for the
 * entry into force, from the closing article "本法自…起施行"). A fact the text does not state is null.
 *
 * <p>The header lists the history of the work. The version's own events start at the last line that
 * adopts, amends or revises the text on or before the version date and must include a line dated on the
 * version date; where no line carries that date (规章制定程序条例 2017, 法规规章备案审查条例 2024) the
 * header does not describe this version and its dates are left out. The work's own events are those
 * before the first amendment or revision.
 *
 * @param adopted     eli:date_document of the version: the adoption, amendment or revision that made it
 * @param published   eli:date_publication: a 公布/发布 line among the version's events
 * @param inForce     eli:first_date_entry_in_force: a 施行 line among the version's events, else the
 *                    date of the closing "自…起施行" sentence if it is not older than the version's events
 * @param passedBy    eli:passed_by: the organ named on the line dated on the version date
 * @param change      how the version came about: ADOPTED, AMENDED (修正) or REVISED (修订); null if unknown
 * @param versionLine the header line dated on the version date, 0 if none
 */
public record VersionFacts(LocalDate adopted, LocalDate published, LocalDate inForce, String passedBy, Kind change,
        int versionLine, LocalDate workAdopted, LocalDate workPublished, LocalDate workInForce) {

    private static final Pattern IN_FORCE_SENTENCE = Pattern.compile(
            "本(?:法|条例|办法|规定|细则|决定)自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");

    static VersionFacts of(LawText text) {
        List<HeaderEvent> events = text.events();
        int v = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).date().equals(text.versionDate())) {
                v = i;
            }
        }
        LocalDate sentence = inForceSentence(text);

        int firstChange = events.size();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kinds().contains(Kind.AMENDED) || events.get(i).kinds().contains(Kind.REVISED)) {
                firstChange = i;
                break;
            }
        }
        LocalDate workAdopted = first(events, 0, firstChange, Kind.ADOPTED);
        LocalDate workPublished = first(events, 0, firstChange, Kind.PUBLISHED);
        LocalDate workInForce = first(events, 0, firstChange, Kind.IN_FORCE);

        if (v < 0) {
            if (sentence != null && sentence.isBefore(text.versionDate()) && workInForce == null) {
                workInForce = sentence;
            }
            LocalDate inForce = sentence != null && !sentence.isBefore(text.versionDate()) ? sentence : null;
            return new VersionFacts(null, null, inForce, null, null, 0, workAdopted, workPublished, workInForce);
        }
        int s = v;
        while (s >= 0 && !events.get(s).makesText()) {
            s--;
        }
        if (s < 0) {
            s = v;
        }
        HeaderEvent start = events.get(s);
        LocalDate adopted = start.makesText() ? start.date() : null;
        LocalDate published = first(events, s, events.size(), Kind.PUBLISHED);
        LocalDate inForce = first(events, s, events.size(), Kind.IN_FORCE);
        if (inForce == null && sentence != null && !sentence.isBefore(start.date())) {
            inForce = sentence;
        }
        if (sentence != null && sentence.isBefore(start.date()) && workInForce == null) {
            // An amended text keeps the closing article of the original: its date is the work's.
            workInForce = sentence;
        }
        if (firstChange == events.size() && workInForce == null) {
            workInForce = inForce;
        }
        String passedBy = events.get(v).body() != null ? events.get(v).body() : start.body();
        Kind change = start.kinds().contains(Kind.REVISED) ? Kind.REVISED
                : start.kinds().contains(Kind.AMENDED) ? Kind.AMENDED
                : start.kinds().contains(Kind.ADOPTED) ? Kind.ADOPTED : null;
        return new VersionFacts(adopted, published, inForce, passedBy, change, events.get(v).line(), workAdopted,
                workPublished, workInForce);
    }

    private static LocalDate first(List<HeaderEvent> events, int from, int to, Kind kind) {
        for (int i = from; i < to; i++) {
            if (events.get(i).kinds().contains(kind)) {
                return events.get(i).date();
            }
        }
        return null;
    }

    /** The date of "本法自…起施行" in the last article that has one. */
    private static LocalDate inForceSentence(LawText text) {
        for (int i = text.articles().size() - 1; i >= 0; i--) {
            Matcher m = IN_FORCE_SENTENCE.matcher(text.articles().get(i).text());
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        }
        return null;
    }
}
