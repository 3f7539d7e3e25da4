package org.yifa.link;

import org.yifa.rdf.Eli;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.yifa.law.LawIris;
import org.yifa.rdf.Yf;

/**
 * The laws as the law graph holds them, read once per build: works, their dated versions and
 * titles, and the text of any article or paragraph addressed by its IRI
 * ({@code {version}/art/{n}}, {@code {version}/art/{n}/para/{m}}).
 */
final class LawCatalog {

    /** A work with its versions, oldest first, and every title it goes by (short and full). */
    record Work(String iri, String shortTitle, Set<String> titles, List<Version> versions) {

        Version latest() {
            return versions.get(versions.size() - 1);
        }
    }

    /** One dated version; {@code date} is {@code yyyy-mm-dd}. */
    record Version(String iri, String date, String shortTitle) {

        String article(int n) {
            return LawIris.article(iri, n);
        }

        String paragraph(int article, int paragraph) {
            return LawIris.paragraph(iri, article, paragraph);
        }
    }

    private final Model laws;
    private final Map<String, Work> worksByIri;
    private final Map<String, Work> worksByShortTitle = new LinkedHashMap<>();

    private LawCatalog(Model laws, Map<String, Work> worksByIri) {
        this.laws = laws;
        this.worksByIri = worksByIri;
        worksByIri.values().forEach(w -> worksByShortTitle.putIfAbsent(w.shortTitle(), w));
    }

    /** Reads the law graph; call inside a read transaction. */
    static LawCatalog read(Model laws) {
        Map<String, List<Version>> versions = new LinkedHashMap<>();
        Map<String, Set<String>> titles = new LinkedHashMap<>();
        laws.listResourcesWithProperty(RDF.type, Yf.LawVersion).forEachRemaining(v -> {
            Resource work = v.getPropertyResourceValue(Yf.versionOf);
            if (work == null) {
                return;
            }
            String shortTitle = string(v, Eli.titleShort);
            String date = string(v, Eli.versionDate);
            if (date == null) {
                date = v.getURI().substring(v.getURI().lastIndexOf('/') + 1);
            }
            versions.computeIfAbsent(work.getURI(), k -> new ArrayList<>()).add(new Version(v.getURI(), date, shortTitle));
            Set<String> names = titles.computeIfAbsent(work.getURI(), k -> new LinkedHashSet<>());
            if (shortTitle != null) {
                names.add(shortTitle);
            }
            v.listProperties(Eli.title).forEachRemaining(s -> names.add(s.getString()));
            work.listProperties(Eli.title).forEachRemaining(s -> names.add(s.getString()));
            work.listProperties(Eli.titleShort).forEachRemaining(s -> names.add(s.getString()));
        });
        Map<String, Work> works = new LinkedHashMap<>();
        versions.forEach((iri, list) -> {
            list.sort(Comparator.comparing(Version::date));
            String shortTitle = list.get(list.size() - 1).shortTitle();
            works.put(iri, new Work(iri, shortTitle, Set.copyOf(titles.get(iri)), List.copyOf(list)));
        });
        return new LawCatalog(laws, works);
    }

    Optional<Work> byShortTitle(String shortTitle) {
        return Optional.ofNullable(worksByShortTitle.get(shortTitle));
    }

    Iterable<Work> works() {
        return worksByIri.values();
    }

    boolean isEmpty() {
        return worksByIri.isEmpty();
    }

    /** The text of an article or paragraph, if the graph holds that provision. */
    Optional<String> text(String provisionIri) {
        Resource r = laws.getResource(provisionIri);
        Statement s = r.getProperty(Yf.text);
        return s == null ? Optional.empty() : Optional.of(s.getString());
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
    }
}
