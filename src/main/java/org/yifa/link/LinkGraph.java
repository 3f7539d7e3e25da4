package org.yifa.link;

import org.yifa.rdf.Eli;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.yifa.framework.FrameworkIris;
import org.yifa.rdf.Yf;

/** Writes extracted citations and curated legal bases as RDF in the Yifa ontology. */
final class LinkGraph {

    /** Hex digits of the SHA-1 of a title that name an unresolved instrument. */
    static final int INSTRUMENT_HASH_LENGTH = 12;

    private static final Map<String, Resource> KINDS = Map.of(
            "cites", Yf.Cites, "implements", Yf.Implements, "restates", Yf.Restates,
            "parallels", Yf.Parallels);

    private final Model m = ModelFactory.createDefaultModel();
    private final FrameworkIris iris;

    LinkGraph(FrameworkIris iris) {
        this.iris = iris;
        m.setNsPrefix("yf", Yf.NS);
        m.setNsPrefix("eli", Eli.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
    }

    Model model() {
        return m;
    }

    /** The citations of one item, numbered 1… in the order found. */
    void citations(String notation, List<CitationExtractor.Found> found) {
        Resource item = m.createResource(iris.item(notation));
        int n = 0;
        for (CitationExtractor.Found f : found) {
            Resource instrument = f.workIri() != null ? m.createResource(f.workIri()) : unresolved(f.title());
            m.createResource(iris.framework() + "/citation/" + notation + "-" + (++n), Yf.Citation)
                    .addProperty(Yf.citingItem, item)
                    .addProperty(Yf.citedText, f.citedText())
                    .addProperty(Yf.citedInstrument, instrument)
                    .addProperty(Yf.provenance, Yf.Extracted);
        }
    }

    /** The curated legal bases, numbered 1… per item in file order. */
    void bases(List<CuratedLinks.Link> links) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (CuratedLinks.Link link : links) {
            int n = counts.merge(link.item(), 1, Integer::sum);
            Resource item = m.createResource(iris.item(link.item()));
            Resource provision = m.createResource(link.provisionIri());
            m.createResource(iris.framework() + "/basis/" + link.item() + "-" + n, Yf.LegalBasis)
                    .addProperty(Yf.basisOf, item)
                    .addProperty(Yf.provision, provision)
                    .addProperty(Yf.linkKind, KINDS.get(link.kind()))
                    .addProperty(Yf.provenance, Yf.Curated)
                    .addProperty(Yf.rationale, m.createLiteral(link.rationale(), "zh"))
                    .addProperty(Yf.quote, m.createLiteral(link.quote(), "zh"))
                    .addLiteral(Yf.verified, m.createTypedLiteral(link.verified()))
                    // The file it was curated in; the line has no term (yf:sourceLine is for repairs only).
                    .addProperty(DCTerms.source, link.file());
            item.addProperty(Yf.restsOn, provision);
        }
    }

    void noBasis(List<CuratedLinks.NoBasis> none) {
        for (CuratedLinks.NoBasis n : none) {
            m.createResource(iris.item(n.item())).addProperty(Yf.noBasisReason, m.createLiteral(n.reason(), "zh"));
        }
    }

    private Resource unresolved(String title) {
        Resource r = m.createResource(instrumentIri(title), Yf.UnresolvedInstrument)
                .addProperty(Eli.title, m.createLiteral(title, "zh"))
                .addLiteral(Yf.resolved, m.createTypedLiteral(false));
        InstrumentLevels.guess(title).ifPresent(level -> r.addProperty(Yf.level, level));
        return r;
    }

    /** {@code https://w3id.org/yifa/id/instrument/{first 12 hex digits of SHA-1(title)}}. */
    static String instrumentIri(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(title.getBytes(StandardCharsets.UTF_8));
            return Yf.ID + "instrument/" + HexFormat.of().formatHex(digest).substring(0, INSTRUMENT_HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
