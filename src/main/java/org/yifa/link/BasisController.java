package org.yifa.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/** {@code GET /api/items/{notation}/basis?date=}: the provisions an item rests on as in force on a date. */
@RestController
class BasisController {

    private final Basis basis;
    private final Store store;
    private final QueryLibrary queries;
    private final java.time.ZoneId zone;

    BasisController(Basis basis, Store store, QueryLibrary queries, @Value("${yifa.evidence.zone:Asia/Shanghai}") String zone) {
        this.basis = basis;
        this.store = store;
        this.queries = queries;
        this.zone = java.time.ZoneId.of(zone);
    }

    /** {@code date} defaults to today in {@code yifa.evidence.zone}. */
    @GetMapping("/api/items/{notation}/basis")
    BasisOnDate basis(@PathVariable String notation, @RequestParam(required = false) String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(zone) : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "'date' must be a date yyyy-mm-dd, e.g. 2016-01-01; got '" + date + "'");
        }
        boolean known = store.read(() -> !queries.select("item", Map.of("notation", notation)).isEmpty());
        if (!known) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No item with notation '" + notation + "'");
        }
        return basis.on(notation, day);
    }
}
