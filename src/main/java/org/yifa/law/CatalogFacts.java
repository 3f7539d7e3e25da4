package org.yifa.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The national database's facts about a shipped version, and where they disagree with the text's header:
 * publication and entry into force come from the export's front matter or the catalog where they give
 * them (the header often names neither), else from the header.
 */
final class CatalogFacts {

    private CatalogFacts() {
    }

    /** {@code facts} with the database's publication and in-force dates where it has them. */
    static VersionFacts dated(VersionFacts facts, FlkReader.Front front, FlkCatalog.Entry entry) {
        LocalDate published = first(front == null ? null : front.published(), entry == null ? null : entry.published(),
                facts.published());
        LocalDate inForce = first(front == null ? null : front.inForce(), entry == null ? null : entry.inForce(),
                facts.inForce());
        return new VersionFacts(facts.adopted(), published, inForce, facts.passedBy(), facts.change(),
                facts.versionLine(), facts.workAdopted(), facts.workPublished(), facts.workInForce());
    }

    /**
     * Disagreements between the text and the catalog: level, the dates of the revision history (every
     * version the catalog lists up to this one should be an event of the header, and every adoption,
     * amendment or revision of the header a version of the catalog) and the in-force date.
     */
    static List<String> disagreements(LawText text, String level, VersionFacts facts, FlkCatalog.Entry entry,
            FlkCatalog catalog) {
        List<String> out = new ArrayList<>();
        String name = text.file() + " (" + text.shortTitle() + " " + text.versionDate() + ")";
        List<FlkCatalog.Entry> versions = catalog.versions(text.title());
        if (versions.isEmpty()) {
            out.add(name + ": not in the national database's catalog");
            return out;
        }
        if (entry == null) {
            out.add(name + ": the catalog lists " + text.shortTitle() + " but no version dated " + text.versionDate()
                    + " (it has " + dates(versions) + ")");
        } else if (level != null && !Objects.equals(level, entry.group())) {
            out.add(name + ": level " + level + " in the text's data, " + entry.group() + " in the catalog (line "
                    + entry.line() + ")");
        }
        // A regulation is adopted at a meeting and dated by its publication days later; the catalog dates
        // versions by the latter. A header version matches a catalog version dated within 60 days after it.
        Set<LocalDate> header = new TreeSet<>();
        Set<LocalDate> anyEvent = new TreeSet<>();
        text.events().forEach(e -> anyEvent.add(e.date()));
        text.events().stream().filter(HeaderEvent::makesText).forEach(e -> header.add(e.date()));
        Set<LocalDate> listed = new TreeSet<>();
        versions.stream().map(FlkCatalog.Entry::versionDate).filter(Objects::nonNull)
                .filter(d -> !d.isAfter(text.versionDate())).forEach(listed::add);
        Set<LocalDate> onlyHeader = new TreeSet<>();
        header.stream().filter(d -> listed.stream().noneMatch(l -> !l.isBefore(d) && !l.isAfter(d.plusDays(60))))
                .forEach(onlyHeader::add);
        Set<LocalDate> onlyCatalog = new TreeSet<>(listed);
        onlyCatalog.removeAll(anyEvent);
        if (!onlyHeader.isEmpty()) {
            out.add(name + ": the header's revision history has " + onlyHeader + ", which the catalog does not list as versions");
        }
        if (!onlyCatalog.isEmpty()) {
            out.add(name + ": the catalog lists versions " + onlyCatalog + " that the header's revision history does not name");
        }
        VersionFacts own = facts;
        if (entry != null && entry.inForce() != null && own.inForce() != null && !entry.inForce().equals(own.inForce())) {
            out.add(name + ": in force from " + own.inForce() + " per the text, " + entry.inForce() + " per the catalog");
        }
        return out;
    }

    private static String dates(List<FlkCatalog.Entry> versions) {
        return String.join(", ", versions.stream().map(e -> String.valueOf(e.versionDate())).distinct().toList());
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
