package org.yifa.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record, one activity: where the criteria of an item require different activities (a training
 * class, lectures, legal-knowledge training), each proven by its own narrower evidence type, a record
 * of a narrower type proves that activity and is not counted again by a criterion of the item that
 * requires a wider type. Decided once when the framework is read, so assessing costs one check per
 * record.
 */
final class Activities {

    private Activities() {
    }

    /** The item's criteria with each requirement's {@code claimed} types filled in. */
    static List<Framework.CriterionDef> claim(List<Framework.CriterionDef> item, Map<String, Set<String>> closure) {
        List<Framework.CriterionDef> result = new ArrayList<>(item.size());
        for (Framework.CriterionDef c : item) {
            List<Framework.RequirementDef> requirements = new ArrayList<>(c.requirements().size());
            for (Framework.RequirementDef r : c.requirements()) {
                List<String> claimed = new ArrayList<>();
                for (Framework.CriterionDef other : item) {
                    if (other == c) {
                        continue;
                    }
                    for (Framework.RequirementDef o : other.requirements()) {
                        boolean narrower = !o.evidenceType().equals(r.evidenceType())
                                && closure.getOrDefault(o.evidenceType(), Set.of()).contains(r.evidenceType());
                        if (narrower && !claimed.contains(o.evidenceType())) {
                            claimed.add(o.evidenceType());
                        }
                    }
                }
                requirements.add(claimed.isEmpty() ? r
                        : new Framework.RequirementDef(r.evidenceType(), r.min(), r.perEvent(), List.copyOf(claimed)));
            }
            result.add(new Framework.CriterionDef(c.iri(), c.id(), c.item(), c.obligation(), c.judgement(), c.appliesTo(),
                    c.responsible(), List.copyOf(requirements), c.rules(), c.scope()));
        }
        return result;
    }
}
