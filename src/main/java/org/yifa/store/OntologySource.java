package org.yifa.store;

import java.io.ByteArrayInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.springframework.stereotype.Component;
import org.yifa.rdf.Yf;

/** The Yifa ontology, {@code ontology/yifa.ttl}, in its own named graph. */
@Component
class OntologySource implements GraphSource {

    static final String FILE = "ontology/yifa.ttl";

    @Override
    public String graphIri() {
        return Yf.GRAPH + "ontology";
    }

    @Override
    public String fingerprint() {
        return DataFiles.sha256(DataFiles.read(FILE));
    }

    @Override
    public Model build(Dataset store) {
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(new ByteArrayInputStream(DataFiles.read(FILE))).lang(Lang.TURTLE).parse(model);
        } catch (RiotException e) {
            throw new InvalidInputException(FILE, 0, e.getMessage());
        }
        return model;
    }

    @Override
    public int order() {
        return 0;
    }
}
