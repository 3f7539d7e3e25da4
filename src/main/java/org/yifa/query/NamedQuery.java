package org.yifa.query;

import java.util.List;

import org.apache.jena.query.Query;

/**
 * One query of the library: a file {@code queries/NAME.rq} whose header comment says what it asks.
 *
 * @param name       file name without {@code .rq}
 * @param title      the {@code # title:} line
 * @param question   the {@code # question:} line, what a user asks with it
 * @param parameters the {@code # parameter:} lines, in order
 * @param isPublic   false when the header says {@code # public: false}: a query the service uses
 *                   internally (closures, assessment plumbing), not offered at {@code /api/queries}
 * @param query      the parsed query, never pasted into; parameters are bound as values
 */
public record NamedQuery(String name, String title, String question, List<Parameter> parameters, boolean isPublic,
                         Query query) {

    /**
     * A value the caller supplies, bound to the query variable of the same name.
     *
     * @param name        variable name without {@code ?}
     * @param type        {@code string}, {@code iri} or {@code integer}
     * @param description what to pass, with an example
     */
    public record Parameter(String name, String type, String description) {
    }
}
