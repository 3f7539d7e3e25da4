package org.yifa.admin;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.api.ApiProblem;
import org.yifa.store.InvalidInputException;

/**
 * {@code GET /api/admin/backup} streams a gzipped N-Quads snapshot of the store while it serves;
 * {@code POST /api/admin/restore} replaces the store with such a file, all or nothing.
 */
@RestController
class BackupController {

    private final StoreBackup backup;

    BackupController(StoreBackup backup) {
        this.backup = backup;
    }

    @GetMapping("/api/admin/backup")
    void backup(HttpServletResponse response) throws IOException {
        String name = "yifa-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".nq.gz";
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        backup.backup(response.getOutputStream());
    }

    @PostMapping("/api/admin/restore")
    Restored restore(HttpServletRequest request) throws IOException {
        return new Restored(backup.restore(request.getInputStream(), "upload"));
    }

    /** JSON whatever the client accepts: negotiating the error body would turn the 400 into a 500. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return ApiProblem.answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
