package org.yifa.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.yifa.rdf.Eli;
import org.yifa.rdf.Yf;


/** Writes a {@link LawCorpus} as RDF: works, versions and their provisions, ELI-aligned. */
final class LawGraph {

    /** The concepts of yf:LegalLevels by their Chinese names, as the catalog writes them. */
    private static final Resource ORGANIZATION =
            org.apache.jena.rdf.model.ResourceFactory.createResource("http://www.w3.org/ns/org#Organization");

    static final Map<String, String> LEVELS = Map.of(
            "宪法", "Constitution",
            "司法解释", "JudicialInterpretation",
            "法律", "NationalLaw",
            "行政法规", "AdministrativeRegulation",
            "地方性法规", "LocalRegulation",
            "部门规章", "DepartmentalRule",
            "地方政府规章", "LocalGovernmentRule",
            "规范性文件", "NormativeDocument",
            "党内法规和政策文件", "PolicyDocument");

    private LawGraph() {
    }

    static Model of(LawCorpus corpus) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("yf", Yf.NS);
        m.setNsPrefix("yfid", Yf.ID);
        m.setNsPrefix("eli", Eli.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);

        corpus.works().forEach((shortTitle, versions) -> {
            LawCorpus.Version latest = versions.get(versions.size() - 1);
            Resource work = m.createResource(LawIris.work(latest.slug()), Yf.LawWork)
                    .addProperty(Eli.title, m.createLiteral(latest.text().title(), "zh"))
                    .addProperty(Eli.titleShort, m.createLiteral(shortTitle, "zh"));
            level(work, latest.level());
            date(work, Eli.dateDocument, earliest(versions, f -> f.workAdopted()));
            date(work, Eli.datePublication, earliest(versions, f -> f.workPublished()));
            date(work, Eli.firstDateEntryInForce, earliest(versions, f -> f.workInForce()));

            Resource previous = null;
            for (LawCorpus.Version v : versions) {
                Resource version = version(m, v, work);
                if (previous != null) {
                    // Whether the header calls the change 修正 (amendment by decision, 立法法 2023) or 修订
                    // (revision as a whole, 行政复议法 2023), the newer text results from the older one;
                    // yf:amends covers both, and its super-property yf:replaces is stated too.
                    version.addProperty(Yf.amends, previous).addProperty(Yf.replaces, previous);
                }
                previous = version;
            }
        });
        corpus.works().forEach((shortTitle, versions) -> unheld(m, shortTitle, versions.get(versions.size() - 1).slug(),
                LawTimeline.timeline(corpus, shortTitle)));
        for (LawCorpus.Succession s : corpus.successions()) {
            Resource newer = m.createResource(s.newer().iri());
            Resource older = m.createResource(s.older().iri());
            newer.addProperty(Yf.replaces, older);
            if (s.relation().equals("amends")) {
                newer.addProperty(Yf.amends, older);
            }
        }
        return m;
    }

    /**
     * The versions of a work whose text is not shipped (the catalog's, or named in a text's header), with their
     * dates and status, so that SPARQL answers "in force on a date" for them too (yf:UnheldVersion).
     */
    private static void unheld(Model m, String shortTitle, String slug, List<LawTimeline.Entry> entries) {
        Resource work = m.createResource(LawIris.work(slug));
        for (LawTimeline.Entry e : entries) {
            if (e.held()) {
                continue;
            }
            Resource version = m.createResource(LawIris.work(slug) + "/" + e.versionDate(), Yf.UnheldVersion)
                    .addProperty(Yf.unheldVersionOf, work)
                    // rdfs:label, not eli:title: the full-text index covers eli:title, and its hits are texts.
                    .addProperty(org.apache.jena.vocabulary.RDFS.label, m.createLiteral(e.title(), "zh"))
                    .addProperty(Eli.titleShort, m.createLiteral(shortTitle, "zh"));
            date(version, Eli.versionDate, e.versionDate());
            date(version, Eli.datePublication, e.published());
            date(version, Eli.firstDateEntryInForce, e.inForce());
            if (e.status() != null) {
                version.addProperty(Yf.catalogStatus, e.status());
            }
            if (e.nationalDatabasePage() != null) {
                version.addProperty(org.apache.jena.vocabulary.RDFS.seeAlso, m.createResource(e.nationalDatabasePage()));
            }
        }
    }

    private static Resource version(Model m, LawCorpus.Version v, Resource work) {
        LawText text = v.text();
        VersionFacts facts = v.facts();
        String iri = v.iri();
        Resource version = m.createResource(iri, Yf.LawVersion)
                .addProperty(Yf.versionOf, work)
                .addProperty(Eli.title, m.createLiteral(text.title(), "zh"))
                .addProperty(Eli.titleShort, m.createLiteral(text.shortTitle(), "zh"))
                .addProperty(DCTerms.source, text.file());
        work.addProperty(Yf.hasVersion, version);
        date(version, Eli.versionDate, text.versionDate());
        date(version, Eli.dateDocument, facts.adopted());
        date(version, Eli.datePublication, facts.published());
        date(version, Eli.firstDateEntryInForce, facts.inForce());
        if (facts.passedBy() != null) {
            // An agent, as ELI's eli:passed_by expects: a W3C ORG organisation named by the text.
            version.addProperty(Eli.passedBy, m.createResource(LawIris.body(facts.passedBy()), ORGANIZATION)
                    .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, m.createLiteral(facts.passedBy(), "zh")));
        }
        level(version, v.level());
        if (v.flkId() != null) {
            version.addProperty(Yf.flkId, v.flkId())
                    .addProperty(Yf.nationalDatabasePage, m.createResource(LawIris.nationalDatabasePage(v.flkId())));
        }

        if (!text.preamble().isEmpty()) {
            // No yf:Preamble class: the 序言 is a plain yf:Provision titled 序言.
            Resource preamble = m.createResource(LawIris.preamble(iri), Yf.Provision)
                    .addProperty(Eli.title, m.createLiteral("序言", "zh"))
                    .addProperty(Yf.text, m.createLiteral(String.join("\n", text.preamble()), "zh"));
            part(version, preamble);
        }
        for (LawText.Chapter c : text.chapters()) {
            Resource chapter = provision(m, LawIris.chapter(iri, c.ordinal()), Yf.Chapter, c.ordinal(), c.numberZh())
                    .addProperty(Eli.title, m.createLiteral(c.title(), "zh"));
            part(version, chapter);
            for (LawText.Section s : c.sections()) {
                Resource section = provision(m, LawIris.section(iri, c.ordinal(), s.ordinal()), Yf.Section, s.ordinal(),
                        s.numberZh()).addProperty(Eli.title, m.createLiteral(s.title(), "zh"));
                part(chapter, section);
            }
        }
        for (LawText.Article a : text.articles()) {
            Resource article = provision(m, LawIris.article(iri, a.ordinal()), Yf.Article, a.ordinal(), a.numberZh())
                    .addProperty(Yf.text, m.createLiteral(a.text(), "zh"));
            Resource parent = a.section() > 0 ? m.createResource(LawIris.section(iri, a.chapter(), a.section()))
                    : a.chapter() > 0 ? m.createResource(LawIris.chapter(iri, a.chapter())) : version;
            part(parent, article);
            for (LawText.Paragraph p : a.paragraphs()) {
                Resource paragraph = provision(m, LawIris.paragraph(iri, a.ordinal(), p.ordinal()), Yf.Paragraph,
                        p.ordinal(), a.numberZh() + "第" + LawReader.canonical(p.ordinal()) + "款")
                        .addProperty(Yf.text, m.createLiteral(p.text(), "zh"));
                part(article, paragraph);
            }
        }
        return version;
    }

    private static Resource provision(Model m, String iri, Resource type, int ordinal, String numberZh) {
        return m.createResource(iri, type)
                .addLiteral(Yf.ordinal, m.createTypedLiteral(String.valueOf(ordinal), XSDDatatype.XSDinteger))
                .addProperty(Yf.numberZh, numberZh);
    }

    private static void part(Resource whole, Resource part) {
        whole.addProperty(Eli.hasPart, part);
        part.addProperty(Eli.isPartOf, whole);
    }

    private static void level(Resource r, String levelName) {
        if (levelName != null && LEVELS.containsKey(levelName)) {
            r.addProperty(Yf.level, Yf.res(LEVELS.get(levelName)));
        }
    }

    private static void date(Resource r, Property p, LocalDate date) {
        if (date != null) {
            r.addLiteral(p, r.getModel().createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
        }
    }

    private static LocalDate earliest(List<LawCorpus.Version> versions, Function<VersionFacts, LocalDate> fact) {
        return versions.stream().map(v -> fact.apply(v.facts())).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }
}
