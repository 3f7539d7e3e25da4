package org.yifa.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.yifa.evidence.UploadFormat;
import org.yifa.evidence.UploadRejected;

/**
 * The city's organisation: {@code GET /api/organisation} lists every unit with its registry data (open to
 * all); an admin imports units ({@code POST /api/admin/units/import}: the {@code units} sheet of a workbook,
 * a CSV file, ORG Turtle or JSON-LD, as the body or a multipart {@code file} part), creates one
 * ({@code POST /api/admin/units}), renames, retypes, moves or re-codes one ({@code PATCH /api/admin/units/{id}})
 * and retires one ({@code POST /api/admin/units/{id}/retire}).
 */
@RestController
class UnitAdminController {

    private final CityUnits units;
    private final long maxBytes;

    UnitAdminController(CityUnits units, @Value("${yifa.evidence.max-upload-bytes:5242880}") long maxBytes) {
        this.units = units;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/api/organisation")
    List<OrganisationUnit> organisation() {
        return units.list().stream().map(RegisteredUnit::json).toList();
    }

    /** The workbook to fill in: the {@code units} sheet's header and the unit types it may name. */
    @GetMapping("/api/organisation/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(UploadFormat.XLSX.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"units.xlsx\"")
                .body(UnitTemplate.xlsx(units.unitTypeLabels()));
    }

    @PostMapping("/api/admin/units/import")
    ResponseEntity<UnitsImported> importUnits(HttpServletRequest request) throws IOException {
        List<RegisteredUnit> added;
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new UploadRejected(400, "A multipart upload needs its file in a part named 'file'");
            }
            tooLarge(file.getSize());
            UploadFormat format = UploadFormat.ofMediaType(file.getContentType())
                    .or(() -> UploadFormat.ofFileName(file.getOriginalFilename()))
                    .orElseThrow(() -> unsupported(file.getOriginalFilename() + ", " + file.getContentType()));
            added = units.importFile(format, file.getBytes(), file.getOriginalFilename(), charset(file.getContentType()));
        } else {
            String type = request.getContentType();
            UploadFormat format = UploadFormat.ofMediaType(type).orElseThrow(() -> unsupported(type));
            added = units.importFile(format, read(request.getInputStream()), null, charset(type));
        }
        return ResponseEntity.created(URI.create("/api/organisation"))
                .body(new UnitsImported(added.size(), added.stream().map(RegisteredUnit::id).toList()));
    }

    @PostMapping("/api/admin/units")
    ResponseEntity<OrganisationUnit> create(@RequestBody Map<String, Object> body) {
        RegisteredUnit unit = units.create(new UnitRow(At.JSON, CityUnits.text(body.get("id")).strip(),
                CityUnits.text(body.get("name")).strip(), CityUnits.list(body.get("unitTypes")),
                CityUnits.text(body.get("parent")).strip(), CityUnits.text(body.get("creditCode")),
                CityUnits.text(body.get("validFrom")), CityUnits.text(body.get("validUntil"))));
        return ResponseEntity.created(URI.create("/api/organisation")).body(unit.json());
    }

    @PatchMapping("/api/admin/units/{id}")
    OrganisationUnit change(@PathVariable String id, @RequestBody Map<String, Object> body) {
        return units.change(id, body).json();
    }

    @PostMapping("/api/admin/units/{id}/retire")
    OrganisationUnit retire(@PathVariable String id, @RequestBody Map<String, Object> body) {
        return units.retire(id, CityUnits.text(body.get("validUntil")), CityUnits.text(body.get("reason"))).json();
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<ProblemDetail> rejected(UploadRejected e) {
        return e.answer();
    }

    private void tooLarge(long size) {
        if (size > maxBytes) {
            throw new UploadRejected(413, "The file is larger than " + maxBytes + " bytes (yifa.evidence.max-upload-bytes)");
        }
    }

    private static UploadRejected unsupported(String what) {
        return new UploadRejected(415, "Unsupported format: " + what + "; send an XLSX workbook with a 'units' sheet, "
                + "a CSV file, ORG Turtle or JSON-LD");
    }

    private static Charset charset(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            tooLarge(out.size());
        }
        return out.toByteArray();
    }
}
