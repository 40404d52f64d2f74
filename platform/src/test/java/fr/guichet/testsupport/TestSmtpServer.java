package fr.guichet.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free port of the loopback interface, that a test can stop and start again on
 * the same port to play an outage. {@link #serve(JavaMailSenderImpl)} points the application's mail sender at it:
 * the Spring context is shared by many tests, so each test that sends mail aims it at its own server. Register it as
 * a JUnit extension ({@code @RegisterExtension static final TestSmtpServer smtp = TestSmtpServer.start();}) to have
 * it stopped after the test class.
 */
public final class TestSmtpServer implements AutoCloseable, AfterAllCallback {

    private static final String HOST = "127.0.0.1";

    private final int port;
    private GreenMail server;

    private TestSmtpServer(GreenMail server) {
        this.server = server;
        this.port = server.getSmtp().getPort();
    }

    public static TestSmtpServer start() {
        GreenMail server = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return new TestSmtpServer(server);
    }

    /** Points {@code sender} at this server. */
    public TestSmtpServer serve(JavaMailSenderImpl sender) {
        sender.setHost(HOST);
        sender.setPort(port);
        return this;
    }

    /**
     * Runs {@code work} while {@code sender} aims at a loopback port where no server listens (connections refused),
     * then points it back at this server.
     */
    public void whileUnreachable(JavaMailSenderImpl sender, Runnable work) {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            sender.setHost(HOST);
            sender.setPort(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            work.run();
        } finally {
            serve(sender);
        }
    }

    public int port() {
        return port;
    }

    /** The server goes down: connections to its port are refused. */
    public void stop() {
        server.stop();
    }

    /** The server comes back on the same port, with an empty mailbox. */
    public void restart() {
        if (server.isRunning()) {
            server.stop();
        }
        server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Every message received so far. */
    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages received for one address. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text/plain part of a message. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The text/html part of a message. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent()).replace("\r\n", "\n");
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop();
    }
}
