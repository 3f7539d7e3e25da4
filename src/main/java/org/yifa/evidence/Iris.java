package org.yifa.evidence;

import org.yifa.rdf.Yf;

/** The IRIs of uploaded records (fixed by the assessment data model). */
final class Iris {

    private Iris() {
    }

    static String evidence(String unitId, String recordId) {
        return Yf.ID + "evidence/" + unitId + "/" + recordId;
    }

    static String veto(String unitId, String recordId) {
        return Yf.ID + "veto/" + unitId + "/" + recordId;
    }

    static String event(String unitId, String recordId) {
        return Yf.ID + "event/" + unitId + "/" + recordId;
    }

    static String judgement(String unitId, int year, String criterionId) {
        return Yf.ID + "judgement/" + unitId + "/" + year + "/" + criterionId;
    }

    static String upload(java.util.UUID id) {
        return Yf.ID + "upload/" + id;
    }
}
