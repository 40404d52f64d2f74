package fr.guichet.notifications;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends an outbox e-mail by SMTP (Spring Mail): plain text with a simple HTML alternative. */
@Component
class EmailSender {

    private final ObjectProvider<JavaMailSender> mailSender;

    EmailSender(ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
    }

    void send(OutboxMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new DeliveryFailure("Aucun serveur de messagerie n’est configuré pour la plateforme.", false, null);
        }
        MimeMessage mime;
        try {
            mime = mime(sender, message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailure("Le message n’a pas pu être préparé : l’adresse du destinataire ou de "
                    + "l’expéditeur est invalide.", true, e);
        }
        try {
            sender.send(mime);
        } catch (MailException e) {
            throw classify(e);
        }
    }

    private static MimeMessage mime(JavaMailSender sender, OutboxMessage message)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = sender.createMimeMessage();
        boolean html = message.html() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, html, "UTF-8");
        helper.setFrom(new InternetAddress(String.valueOf(message.senderAddress()), message.senderName(), "UTF-8"));
        helper.setTo(new InternetAddress(message.recipient(), true));
        helper.setSubject(String.valueOf(message.subject()));
        if (html) {
            helper.setText(message.text(), message.html());
        } else {
            helper.setText(message.text());
        }
        mime.setHeader("Auto-Submitted", "auto-generated");
        return mime;
    }

    /** What went wrong, in words an administrator can act on. */
    private static DeliveryFailure classify(MailException failure) {
        List<Throwable> causes = causes(failure);
        if (causes.stream().anyMatch(AuthenticationFailedException.class::isInstance)) {
            return new DeliveryFailure("Le serveur de messagerie a refusé l’identification de la plateforme.", false,
                    failure);
        }
        if (causes.stream().anyMatch(c -> c instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0)) {
            return new DeliveryFailure("L’adresse du destinataire a été refusée par le serveur de messagerie.", true,
                    failure);
        }
        if (causes.stream().anyMatch(c -> c instanceof ConnectException || c instanceof UnknownHostException
                || c instanceof SocketTimeoutException)) {
            return new DeliveryFailure("Le serveur de messagerie est injoignable.", false, failure);
        }
        return new DeliveryFailure("Le serveur de messagerie n’a pas accepté le message.", false, failure);
    }

    private static List<Throwable> causes(MailException failure) {
        List<Throwable> roots = new ArrayList<>(List.of(failure));
        if (failure instanceof MailSendException send) {
            roots.addAll(List.of(send.getMessageExceptions()));
        }
        List<Throwable> all = new ArrayList<>();
        for (Throwable root : roots) {
            // Jakarta Mail chains its "next" exceptions as causes.
            for (Throwable t = root; t != null && !all.contains(t); t = t.getCause()) {
                all.add(t);
            }
        }
        return all;
    }
}
