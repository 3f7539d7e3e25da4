package org.yifa.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/** What an accepted upload wrote: the yf:Upload resource and how many records of each kind. */
public record UploadReceipt(@JsonIgnore String unitId,
                            @Schema(description = "the yf:Upload resource that records the upload") String upload,
                            @Schema(description = "evidence records written", example = "12") int evidence,
                            @Schema(description = "judgements written", example = "2") int judgements,
                            @Schema(description = "veto events written", example = "0") int vetoes,
                            @Schema(description = "other events written", example = "0") int events) {
}
