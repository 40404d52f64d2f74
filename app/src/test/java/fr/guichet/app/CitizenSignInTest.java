package fr.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CitizenSignInTest {

    @Test
    void aCitizenIsSentBackToAPageOfThePortalOnly() {
        assertThat(returnTo("demarches/inscription-scolaire/formulaire")).isEqualTo(
                "demarches/inscription-scolaire/formulaire");
        assertThat(returnTo("mon-compte")).isEqualTo("mon-compte");
        assertThat(returnTo(null)).isEmpty();
        assertThat(returnTo("//ailleurs.example/piege")).isEmpty();
        assertThat(returnTo("https://ailleurs.example")).isEmpty();
        assertThat(returnTo("/\\ailleurs.example")).isEmpty();
        assertThat(returnTo("mon-compte\r\nSet-Cookie: x=y")).isEmpty();
        assertThat(returnTo("demarches//ailleurs.example")).isEmpty();
    }

    private static String returnTo(String target) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", CitizenSignIn.PATH);
        if (target != null) {
            request.setParameter(CitizenSignIn.RETURN_TO, target);
        }
        return CitizenSignIn.returnTo(request);
    }
}
