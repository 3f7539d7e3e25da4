package org.yifa.evidence;

import java.util.Map;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Multipart uploads follow {@code yifa.evidence.max-upload-bytes} instead of Spring's default 1 MB
 * per file; the evidence upload is the service's only multipart endpoint. The container accepts up
 * to four times the limit so that the controller can answer 413 after reading the whole request (a
 * request cut off while the client still sends ends in a reset connection, not an answer); past
 * that the container refuses it before any handler runs, hence the advice; it also answers a form
 * the container cannot parse.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(EvidenceProperties properties) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(4 * properties.maxUploadBytes()));
        // Room for the form's other fields and part headers.
        factory.setMaxRequestSize(DataSize.ofBytes(4 * properties.maxUploadBytes() + 64 * 1024));
        return factory.createMultipartConfig();
    }

    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooLarge {

        private final EvidenceProperties properties;

        TooLarge(EvidenceProperties properties) {
            this.properties = properties;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
            return EvidenceIntake.tooLarge(properties.maxUploadBytes()).answer();
        }

        /** A form the container cannot parse (broken boundaries, cut off) is the client's error, not a 500. */
        @ExceptionHandler(MultipartException.class)
        ResponseEntity<ProblemDetail> brokenForm(MultipartException e) {
            return new UploadRejected(400,
                    "The multipart form could not be read (" + e.getMostSpecificCause().getMessage()
                            + "); send the file in a part named 'file', or as the request body").answer();
        }
    }
}
