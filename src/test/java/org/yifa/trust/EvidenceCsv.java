package org.yifa.trust;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

/** Evidence ledgers as CSV, in the columns of the upload format (docs/evidence-upload.md). */
final class EvidenceCsv {

    static final String HEADER =
            "record_id,evidence_type,date,title,reference,url,sha256,criterion,valid_until,provisional,submitted_by";

    private EvidenceCsv() {
    }

    /**
     * {@code rows} training records with the ids {@code {tag}-00000} … so that the tag names the
     * upload a record came from; dated in {@code year}.
     */
    static byte[] ledger(String tag, int rows, int year, Random random) {
        StringBuilder csv = new StringBuilder(rows * 110).append(HEADER).append('\n');
        LocalDate first = LocalDate.of(year, 1, 1);
        for (int i = 0; i < rows; i++) {
            LocalDate date = first.plusDays(random.nextInt(365));
            csv.append(tag).append('-').append(String.format("%05d", i)).append(",training-record,").append(date)
                    .append(",\"").append(year).append("年领导干部法治专题培训, 第").append(i + 1).append("期\",示司发〔")
                    .append(year).append("〕").append(i + 1).append("号,,,,,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One record with the given title (written as a quoted CSV field). */
    static byte[] single(String recordId, String title, String reference) {
        return (HEADER + "\n" + recordId + ",training-record,2024-05-06," + quote(title) + "," + quote(reference)
                + ",,,,,,\n").getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
