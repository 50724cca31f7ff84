package org.defencetracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, so that a request reaches the server exactly as sent: HTTP clients
 * refuse or repair malformed addresses before they leave.
 */
final class RawHttp {

    private RawHttp() {}

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static Answer get(int port, String target, String... extraHeaders) throws IOException {
        return send(port, "GET", target, null, null, extraHeaders);
    }

    static Answer send(int port, String method, String target, String contentType, byte[] body, String... extraHeaders)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            for (String header : extraHeaders) {
                head.append(header).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Sends the body in chunks, without saying its length beforehand, as a streaming client does. */
    static Answer sendChunked(int port, String method, String target, String contentType, byte[] body)
            throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            String head = method + ' ' + target + " HTTP/1.1\r\n" + "Host: localhost:" + port + "\r\n"
                    + "Connection: close\r\n" + "Content-Type: " + contentType + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            int chunk = 64 * 1024;
            for (int at = 0; at < body.length; at += chunk) {
                int length = Math.min(chunk, body.length - at);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body, at, length);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
        }
        return new Answer(status, headers, body);
    }
}
