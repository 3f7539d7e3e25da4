package org.yifa.assessment;

import org.springframework.context.ApplicationContext;
import org.yifa.store.GraphLoading;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;
import org.yifa.unit.UnitLifetimes;

/** Engines that have kept nothing yet, on the service's store and beans, to compare with the service's own. */
final class FreshEngines {

    private FreshEngines() {
    }

    /** A fresh engine with the context's settings, as the service's own engine has them. */
    static AssessmentEngine of(ApplicationContext context) {
        var settings = context.getEnvironment();
        return of(context, settings.getRequiredProperty("yifa.assessment.units-per-partition", Integer.class),
                settings.getRequiredProperty("yifa.assessment.kept-units", Integer.class));
    }

    /** A fresh engine reading {@code unitsPerPartition} units at a time, keeping a city of up to {@code keptUnits}. */
    static AssessmentEngine of(ApplicationContext context, int unitsPerPartition, int keptUnits) {
        return new AssessmentEngine(context.getBean(Store.class), context.getBean(GraphLoading.class),
                context.getBean(FrameworkLoader.class), context.getBean(UnitRecordsLoader.class),
                context.getBean(AssessmentRounds.class), context.getBean(UnitLifetimes.class), new WriteJournal(),
                unitsPerPartition, keptUnits);
    }
}
