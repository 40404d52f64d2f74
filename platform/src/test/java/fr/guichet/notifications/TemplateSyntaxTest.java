package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateSyntaxTest {

    @Test
    void valuesAreEscapedInHtmlButNotInPlainText() {
        Map<String, String> values = Map.of("name", "<script>alert('x')</script> & Cie", "link",
                "https://annecy.example/demandes/1?a=1&b=2");
        String template = "Bonjour {{name}},\nà bientôt.\n\nSuivez-la : {{link}}";

        assertThat(TemplateSyntax.render(template, values)).isEqualTo(
                "Bonjour <script>alert('x')</script> & Cie,\nà bientôt.\n\nSuivez-la : https://annecy.example/demandes/1?a=1&b=2");
        assertThat(TemplateSyntax.renderHtml(template, values))
                .contains("<p>Bonjour &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie,<br>à bientôt.</p>")
                .contains("<p>Suivez-la : <a href=\"https://annecy.example/demandes/1?a=1&amp;b=2\">"
                        + "https://annecy.example/demandes/1?a=1&amp;b=2</a></p>")
                .doesNotContain("<script>");
    }

    @Test
    void aLinkThatIsNotAWebAddressStaysText() {
        assertThat(TemplateSyntax.renderHtml("{{link}}", Map.of("link", "javascript:alert(1)")))
                .contains("<p>javascript:alert(1)</p>").doesNotContain("href");
    }

    @Test
    void subjectsStayOnOneLineWhateverTheValues() {
        assertThat(TemplateSyntax.renderLine("Demande {{reference}}", Map.of("reference", "A\r\nBcc: x@y.z")))
                .isEqualTo("Demande A Bcc: x@y.z");
    }

    @Test
    void recipientsAreMaskedForAgentsAndLogs() {
        assertThat(RecipientMask.mask(Channel.EMAIL, "jeanne.martin@example.fr")).isEqualTo("j•••@example.fr");
        assertThat(RecipientMask.mask(Channel.SMS, "+33612345678")).isEqualTo("+336•••78");
        assertThat(RecipientMask.mask(Channel.SMS, "+262692123456")).isEqualTo("+26•••56");
    }
}
