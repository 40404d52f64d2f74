package fr.guichet.notifications;

import static fr.guichet.notifications.NotificationOutboxTest.unique;
import static fr.guichet.notifications.NotificationOutboxTest.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import fr.guichet.testsupport.TestSecurity;
import fr.guichet.testsupport.TestSmtpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;

/** Each commune words its notifications its own way, with the variables of each template only. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationTemplatesTest {

    @Autowired
    NotificationTemplates templates;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    JavaMailSenderImpl mailSender;

    private Tenant a;
    private Tenant b;
    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.start();

    @BeforeAll
    void twoCommunes() throws Exception {
        a = FreshTerritories.provisionCommune(provisioning, "modeles-a");
        b = FreshTerritories.provisionCommune(provisioning, "modeles-b");
    }

    @BeforeEach
    void signInAsAdministrator() {
        TestSecurity.signInAs("admin@mairie.example.fr", "ROLE_ADMIN");
    }

    @AfterEach
    void signOut() {
        TestSecurity.signOut();
    }

    @Test
    void aCommunesOwnTemplateIsUsedForItsMailsOnlyAndCanBeRestored() throws Exception {
        smtp.serve(mailSender);
        TenantContext.runAs(a.asCurrent(), () -> templates.rewrite(TemplateKey.REQUEST_RECEIVED, new TemplateText(
                "  Demande {{ reference }} enregistrée ", "Madame, Monsieur {{name}},\n\nNous avons reçu votre "
                + "demande {{reference}}.\n\nLa mairie de {{commune}}", "Demande {{reference}} reçue")));
        String toA = unique("a");
        String toB = unique("b");
        TenantContext.runAs(a.asCurrent(), () -> notifications.enqueue(
                Notification.email(toA, TemplateKey.REQUEST_RECEIVED, variables())));
        TenantContext.runAs(b.asCurrent(), () -> notifications.enqueue(
                Notification.email(toB, TemplateKey.REQUEST_RECEIVED, variables())));

        outbox.deliverDue();

        MimeMessage mailOfA = smtp.receivedBy(toA).getFirst();
        assertThat(mailOfA.getSubject()).isEqualTo("Demande 2026-000042 enregistrée");
        assertThat(TestSmtpServer.text(mailOfA)).startsWith("Madame, Monsieur Jeanne Martin,")
                .contains("La mairie de " + a.officialName());
        assertThat(smtp.receivedBy(toB).getFirst().getSubject()).isEqualTo("Votre demande 2026-000042 a bien été reçue");
        assertThat(TenantContext.supplyAs(b.asCurrent(), () -> templates.read(TemplateKey.REQUEST_RECEIVED))
                .customised()).isFalse();

        EditableTemplate restored = TenantContext.supplyAs(a.asCurrent(),
                () -> templates.restoreDefault(TemplateKey.REQUEST_RECEIVED));
        assertThat(restored.customised()).isFalse();
        assertThat(TenantContext.supplyAs(a.asCurrent(), () -> templates.read(TemplateKey.REQUEST_RECEIVED)))
                .isEqualTo(restored);
    }

    @Test
    void unknownVariablesAndStrayBracesAreRefusedInFrenchWhenSaving() {
        TemplateText text = new TemplateText("Décision {{reference}}", "Bonjour {{prénom}},\n\nMotif : {{reason}}.",
                "Réponse {{ lien }} {{reference");

        assertThatThrownBy(() -> TenantContext.runAs(a.asCurrent(),
                () -> templates.rewrite(TemplateKey.DECISION_ACCEPTED, text)))
                .isInstanceOfSatisfying(InvalidTemplate.class, refused -> assertThat(refused.problems()).containsExactly(
                        "Message : la variable {{prénom}} n’existe pas pour ce modèle. Variables possibles : {{name}}, "
                                + "{{reference}}, {{procedure}}, {{commune}}, {{link}}.",
                        "Message : la variable {{reason}} n’existe pas pour ce modèle. Variables possibles : {{name}}, "
                                + "{{reference}}, {{procedure}}, {{commune}}, {{link}}.",
                        "SMS : la variable {{lien}} n’existe pas pour ce modèle. Variables possibles : {{name}}, "
                                + "{{reference}}, {{procedure}}, {{commune}}, {{link}}.",
                        "SMS : des accolades {{ }} ne forment pas une variable ; écrivez par exemple {{name}}."));
        assertThat(TenantContext.supplyAs(a.asCurrent(), () -> templates.read(TemplateKey.DECISION_ACCEPTED))
                .customised()).isFalse();
    }

    @Test
    void emptyOrOverlongPartsAreRefused() {
        TemplateText text = new TemplateText("Objet\nsur deux lignes", " ", "x".repeat(TemplateText.MAX_SMS + 1));

        assertThatThrownBy(() -> TenantContext.runAs(a.asCurrent(),
                () -> templates.rewrite(TemplateKey.TRACKING_LINK, text)))
                .isInstanceOfSatisfying(InvalidTemplate.class, refused -> assertThat(refused.problems()).containsExactly(
                        "Message : le texte ne peut pas être vide.",
                        "SMS : 401 caractères pour 400 au plus ; raccourcissez-le.",
                        "Objet : il tient sur une seule ligne."));
    }

    @Test
    void everyDefaultTemplateUsesOnlyItsOwnVariables() {
        for (TemplateKey key : TemplateKey.values()) {
            TemplateText text = DefaultTemplates.of(key);
            assertThat(TemplateSyntax.problems("Objet", text.subject(), TemplateText.MAX_SUBJECT, key.variables()))
                    .as(key + " subject").isEmpty();
            assertThat(TemplateSyntax.problems("Message", text.body(), TemplateText.MAX_BODY, key.variables()))
                    .as(key + " body").isEmpty();
            assertThat(TemplateSyntax.problems("SMS", text.sms(), TemplateText.MAX_SMS, key.variables()))
                    .as(key + " sms").isEmpty();
        }
        assertThat(TenantContext.supplyAs(b.asCurrent(), () -> templates.list())).hasSize(TemplateKey.values().length)
                .noneMatch(EditableTemplate::customised);
    }

    @Test
    void onlyAdministratorsReadAndRewriteTemplates() {
        TestSecurity.signInAs("agent@mairie.example.fr", "ROLE_AGENT");

        assertThatThrownBy(() -> TenantContext.runAs(a.asCurrent(), () -> templates.list()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.runAs(a.asCurrent(), () -> templates.rewrite(
                TemplateKey.TRACKING_LINK, DefaultTemplates.of(TemplateKey.TRACKING_LINK))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
