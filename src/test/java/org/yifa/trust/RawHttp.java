package org.yifa.trust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, so that a test can send what no HTTP client library would: raw
 * bytes in the request line, broken percent-encoding, odd headers. One request per connection.
 */
final class RawHttp {

    /** The status (0 when nothing came; 200 for a bare HTTP/0.9 body that is no error page) and the first part of the body. */
    record Response(int status, String head, byte[] start, boolean cutOff) {
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})");
    private static final Pattern ERROR_PAGE = Pattern.compile("HTTP Status (\\d{3})|\"status\":(\\d{3})");

    private RawHttp() {
    }

    static Response send(int port, byte[] request, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer (e.g. 400, 413) and close before reading everything we send.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[16384];
            boolean cutOff = false;
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                for (int n; (n = in.read(chunk)) != -1; ) {
                    if (buffer.size() < 1 << 20) {
                        buffer.write(chunk, 0, n);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new SocketTimeoutException("answer still coming after " + timeout);
                    }
                }
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException e) {
                cutOff = true;
            }
            byte[] bytes = buffer.toByteArray();
            String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            int status = 0;
            Matcher line = STATUS_LINE.matcher(text);
            Matcher page = ERROR_PAGE.matcher(text);
            if (line.lookingAt()) {
                status = Integer.parseInt(line.group(1));
            } else if (page.find()) {
                // A request line without a version is HTTP/0.9: the answer is a bare body, Tomcat's error page.
                status = Integer.parseInt(page.group(1) != null ? page.group(1) : page.group(2));
            } else if (bytes.length > 0) {
                // HTTP/0.9 again (e.g. a CR LF inside the target ends the request line early), answered
                // with a bare body that is no error page: the request was served.
                status = 200;
            }
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            byte[] start = new byte[Math.max(0, Math.min(bytes.length, 4096) - Math.max(0, end + 4))];
            if (end >= 0) {
                System.arraycopy(bytes, end + 4, start, 0, start.length);
            }
            return new Response(status, head, start, cutOff);
        }
    }

    /** A request with {@code Connection: close}; {@code target} is written as given (not encoded). */
    static byte[] request(String method, byte[] target, String[] headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(target);
        out.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.UTF_8));
        for (String h : headers) {
            out.writeBytes((h + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (body != null) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }
}
