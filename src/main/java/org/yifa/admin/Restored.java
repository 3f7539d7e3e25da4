package org.yifa.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /api/admin/restore}: how many quads the store holds after the restore. */
record Restored(@Schema(description = "quads restored", example = "27550") long restored) {
}
