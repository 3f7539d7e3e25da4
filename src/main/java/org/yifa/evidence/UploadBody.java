package org.yifa.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The file of an upload request: the body with its Content-Type, or a multipart form's {@code file}
 * part; its format, bytes (up to the size limit), file name and declared charset. Shared by the
 * upload and the preview of an upload, so both accept and refuse the same requests.
 *
 * @param fileName the part's file name, or null for a plain body
 * @param charset  the declared charset of a CSV, or null
 */
public record UploadBody(UploadFormat format, byte[] bytes, String fileName, Charset charset) {

    /** @throws UploadRejected 400 multipart without a file part, 413 over {@code limit}, 415 unsupported format */
    public static UploadBody of(HttpServletRequest request, long limit) throws IOException {
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new UploadRejected(400, "A multipart upload needs its file in a part named 'file'");
            }
            if (file.getSize() > limit) {
                throw EvidenceIntake.tooLarge(limit);
            }
            UploadFormat format = UploadFormat.ofMediaType(file.getContentType())
                    .or(() -> UploadFormat.ofFileName(file.getOriginalFilename()))
                    .orElseThrow(() -> unsupported("the part 'file' (" + file.getOriginalFilename() + ", "
                            + file.getContentType() + ")"));
            return new UploadBody(format, file.getBytes(), file.getOriginalFilename(), charset(file.getContentType()));
        }
        String contentType = request.getContentType();
        UploadFormat format = UploadFormat.ofMediaType(contentType)
                .orElseThrow(() -> unsupported(contentType == null ? "a body without Content-Type" : contentType));
        return new UploadBody(format, read(request.getInputStream(), limit), null, charset(contentType));
    }

    private static UploadRejected unsupported(String what) {
        return new UploadRejected(415, "Unsupported upload format: " + what + "; send " + UploadFormat.accepted());
    }

    private static Charset charset(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type == null ? null : type.getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the body up to the limit. Past it the rest is read and dropped (up to four times the
     * limit) so that the client, still sending, gets the 413 instead of a reset connection.
     */
    static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                while (total <= 4 * limit && (n = in.read(buffer)) != -1) {
                    total += n;
                }
                throw EvidenceIntake.tooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
