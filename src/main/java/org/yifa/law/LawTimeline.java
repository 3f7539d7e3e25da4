package org.yifa.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The versions of each law through time: the shipped ones (held, with text) and those the national
 * database's catalog lists without a shipped text (not held). A version applies from its entry into
 * force, else its publication, else its version date. Read once from the shipped files: a text dropped
 * into {@code data/laws} is picked up on the next start.
 */
@Component
public class LawTimeline {

    /** One version on the timeline; {@code version} is null where the text is not held. */
    public record Entry(String shortTitle, String title, LocalDate versionDate, LocalDate inForce, LocalDate published,
            String status, String flkId, LawCorpus.Version version) {

        public boolean held() {
            return version != null;
        }

        /** The day from which the version applies. */
        public LocalDate start() {
            return inForce != null ? inForce : published != null ? published : versionDate;
        }

        public String nationalDatabasePage() {
            return flkId == null ? null : LawIris.nationalDatabasePage(flkId);
        }
    }

    /**
     * A law on a day: {@code in-force} (entry is the version then), {@code not-yet-enacted} (no version
     * applied yet; entry is the first), or {@code replaced} (a shipped instrument replaced it; entry is the
     * law's last version, {@code successor} the replacing instrument's state that day).
     */
    public record State(String status, Entry entry, State successor) {
    }

    private final LawSource source;
    private volatile LawCorpus corpus;

    public LawTimeline(LawSource source) {
        this.source = source;
    }

    public LawCorpus corpus() {
        LawCorpus c = corpus;
        if (c == null) {
            synchronized (this) {
                if (corpus == null) {
                    corpus = source.corpus();
                }
                c = corpus;
            }
        }
        return c;
    }

    /** Every version of the law (short title or slug), held or not, by the day it applies from. */
    public List<Entry> timeline(String law) {
        LawCorpus c = corpus();
        List<LawCorpus.Version> held = c.versions().stream()
                .filter(v -> v.shortTitle().equals(law) || v.slug().equals(law)).toList();
        if (held.isEmpty()) {
            return List.of();
        }
        LawCorpus.Version latest = held.get(held.size() - 1);
        List<Entry> entries = new ArrayList<>();
        for (LawCorpus.Version v : held) {
            entries.add(new Entry(v.shortTitle(), v.text().title(), v.date(), v.facts().inForce(), v.facts().published(),
                    v.catalog() == null ? null : v.catalog().status(), v.flkId(), v));
        }
        for (FlkCatalog.Entry e : c.catalog().versions(latest.text().title())) {
            if (e.versionDate() != null && held.stream().noneMatch(v -> v.date().equals(e.versionDate()))
                    && entries.stream().noneMatch(x -> x.versionDate().equals(e.versionDate()))) {
                entries.add(new Entry(latest.shortTitle(), e.title(), e.versionDate(), e.inForce(), e.published(),
                        e.status(), e.bbbs(), null));
            }
        }
        // Versions the headers name (adopted, amended, revised) that neither the texts nor the catalog hold:
        // 政府信息公开条例 2007 is known only from the 2019 text's header. A regulation is adopted days before
        // it is published, so an event within 60 days before a known version is that version.
        for (LawCorpus.Version v : held) {
            List<HeaderEvent> made = v.text().events().stream()
                    .filter(e -> e.makesText() || e.kinds().contains(HeaderEvent.Kind.PUBLISHED)).toList();
            // The last event of a header made that very text (最高人民法院关于适用《行政诉讼法》的解释: adopted
            // 2017-11-13, published 2018-02-06 — further apart than the window below).
            for (int i = 0; i < made.size() - 1; i++) {
                LocalDate d = made.get(i).date();
                if (entries.stream().anyMatch(x -> !x.versionDate().isBefore(d) && !x.versionDate().isAfter(d.plusDays(60)))) {
                    continue;
                }
                LocalDate inForce = i == 0 ? v.facts().workInForce() : null;
                entries.add(new Entry(latest.shortTitle(), latest.text().title(), d, inForce, null, null, null, null));
            }
        }
        entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::versionDate));
        return entries;
    }

    /** The law (short title or slug) on {@code day}; empty when the law is not shipped. */
    public Optional<State> on(String law, LocalDate day) {
        List<Entry> entries = timeline(law);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Entry current = null;
        for (Entry e : entries) {
            if (!e.start().isAfter(day)) {
                current = e;
            }
        }
        if (current == null) {
            return Optional.of(new State("not-yet-enacted", entries.get(0), null));
        }
        Entry last = entries.get(entries.size() - 1);
        if (last.held()) {
            Optional<LawCorpus.Version> next = corpus().successor(last.version())
                    .filter(s -> !s.slug().equals(last.version().slug()));
            if (next.isPresent()) {
                Optional<State> successor = on(next.get().slug(), day);
                if (successor.isPresent() && successor.get().status().equals("in-force")) {
                    return Optional.of(new State("replaced", current, successor.get()));
                }
            }
        }
        return Optional.of(new State("in-force", current, null));
    }
}
