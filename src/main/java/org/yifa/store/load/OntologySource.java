package org.yifa.store.load;

import java.io.ByteArrayInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;
import org.yifa.store.InvalidInputException;

/** The Yifa ontology and its concept schemes, {@code ontology/*.ttl}, in one named graph. */
@Component
class OntologySource implements GraphSource {

    static final String FILES = "ontology/*.ttl";

    @Override
    public String graphIri() {
        return Yf.GRAPH + "ontology";
    }

    @Override
    public String fingerprint() {
        return DataFiles.sha256(DataFiles.list(FILES).stream().map(OntologySource::bytes).toArray(byte[][]::new));
    }

    @Override
    public Model build(Dataset store) {
        Model model = ModelFactory.createDefaultModel();
        for (var file : DataFiles.list(FILES)) {
            try {
                RDFParser.source(new ByteArrayInputStream(bytes(file))).lang(Lang.TURTLE).parse(model);
            } catch (RiotException e) {
                throw new InvalidInputException("ontology/" + file.getFilename(), 0, e.getMessage());
            }
        }
        return model;
    }

    private static byte[] bytes(org.springframework.core.io.Resource file) {
        try {
            return file.getContentAsByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public int order() {
        return 0;
    }
}
