package fr.guichet.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The parser itself refuses DOCTYPEs, independently of the textual pre-check in SvgInspector. */
class SecureXmlTest {

  @Test
  void parsesWellFormedXmlWithNamespaces() throws Exception {
    var document = SecureXml.parse(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>"));

    assertThat(document.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2000/svg");
  }

  @Test
  void refusesAnyDoctype() {
    assertThatThrownBy(() -> SecureXml.parse(bytes("<!DOCTYPE svg><svg/>")))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void refusesExternalEntityDeclarations() {
    assertThatThrownBy(
            () ->
                SecureXml.parse(
                    bytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void refusesUndeclaredEntities() {
    assertThatThrownBy(() -> SecureXml.parse(bytes("<x>&e;</x>"))).isInstanceOf(SAXException.class);
  }

  @Test
  void doesNotProcessXInclude() throws Exception {
    var document =
        SecureXml.parse(
            bytes(
                "<x xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                    + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></x>"));

    assertThat(document.getDocumentElement().getTextContent()).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
