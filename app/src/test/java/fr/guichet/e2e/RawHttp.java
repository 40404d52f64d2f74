package fr.guichet.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** HTTP/1.1 over a plain socket, so that tests can send any Host header (java.net.http refuses to). */
final class RawHttp {

    /** @param headers the status line and the headers, as received */
    record Response(int status, String body, String headers) {
    }

    private RawHttp() {
    }

    static Response get(int port, String host, String path) throws IOException {
        return get(port, host, path, null);
    }

    /** A GET with a session cookie ({@code JSESSIONID=…}), as the signed-in browser would send it. */
    static Response get(int port, String host, String path, @Nullable String cookie) throws IOException {
        return send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n");
    }

    /** A form posted as a browser would, {@code form} being already URL-encoded. */
    static Response post(int port, String host, String path, String form) throws IOException {
        return send(port, "POST " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
    }

    private static Response send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return new Response(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4),
                    bodyStart < 0 ? response : response.substring(0, bodyStart));
        }
    }
}
