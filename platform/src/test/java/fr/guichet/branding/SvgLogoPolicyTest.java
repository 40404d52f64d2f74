package fr.guichet.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgLogoPolicyTest {

  private static final String OPEN =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " viewBox=\"0 0 100 100\">";
  private static final String CLOSE = "</svg>";

  @Test
  void acceptsACleanSvgAndKeepsItUnchanged() {
    byte[] svg = bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + OPEN
        + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#1f4e8c\"/></linearGradient>"
        + "<style>.a { fill: url(#g); }</style></defs>"
        + "<rect class=\"a\" width=\"100\" height=\"100\" style=\"stroke: url('#g')\"/>"
        + "<use href=\"#g\"/><use xlink:href=\"#g\"/>"
        + "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>"
        + "<text x=\"10\" y=\"50\">Mairie de Saint-Clair</text>" + CLOSE);

    Logo logo = LogoPolicy.check("logo.svg", svg);

    assertThat(logo.mediaType()).isEqualTo("image/svg+xml");
    assertThat(logo.content()).isEqualTo(svg);
  }

  @Test
  void acceptsAnSvgWithByteOrderMarkAndLeadingBlanks() {
    byte[] body = bytes("\n  " + OPEN + "<circle r=\"4\"/>" + CLOSE);
    byte[] svg = new byte[body.length + 3];
    svg[0] = (byte) 0xef;
    svg[1] = (byte) 0xbb;
    svg[2] = (byte) 0xbf;
    System.arraycopy(body, 0, svg, 3, body.length);

    assertThat(LogoPolicy.check("logo", svg).mediaType()).isEqualTo(Logo.SVG);
  }

  @Test
  void acceptsEditorMetadataInOtherNamespaces() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\""
        + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
        + " inkscape:version=\"1.3\"><!-- made with Inkscape --><g inkscape:label=\"Calque 1\"/>"
        + CLOSE;

    assertThat(LogoPolicy.check("logo.svg", bytes(svg)).mediaType()).isEqualTo(Logo.SVG);
  }

  @Test
  void refusesScriptElement() {
    assertRefused(OPEN + "<script>alert(1)</script>" + CLOSE, SvgInspector.SCRIPT);
  }

  @Test
  void refusesScriptElementInAnotherNamespace() {
    assertRefused(OPEN.replace(">", " xmlns:h=\"http://www.w3.org/1999/xhtml\">")
        + "<h:script>alert(1)</h:script>" + CLOSE, SvgInspector.SCRIPT);
  }

  @Test
  void refusesOnloadAttribute() {
    assertRefused(OPEN.replace("viewBox", "onload=\"alert(1)\" viewBox") + CLOSE,
        "Le logo SVG contient un attribut d’événement « onload », ce qui n’est pas autorisé.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"onclick", "onmouseover", "onbegin", "ONERROR"})
  void refusesAnyEventAttribute(String attribute) {
    assertRefused(OPEN + "<rect " + attribute + "=\"x()\"/>" + CLOSE, "attribut d’événement");
  }

  @Test
  void refusesJavascriptHref() {
    assertRefused(OPEN + "<a href=\"javascript:alert(1)\"><rect/></a>" + CLOSE,
        SvgInspector.JAVASCRIPT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"java&#115;cript:alert(1)", " JavaScript:alert(1)", "java&#x09;script:x"})
  void refusesObfuscatedJavascriptHref(String href) {
    assertRefused(OPEN + "<a xlink:href=\"" + href + "\"><rect/></a>" + CLOSE,
        SvgInspector.JAVASCRIPT);
  }

  @Test
  void refusesJavascriptAnywhereEvenInText() {
    assertRefused(OPEN + "<text>javascript:void(0)</text>" + CLOSE, SvgInspector.JAVASCRIPT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/x.svg#a", "//evil.example/a.png", "other.svg#a",
      "data:image/svg+xml;base64,PHN2Zz4=", "file:///etc/passwd", ""})
  void refusesExternalHref(String href) {
    assertRefused(OPEN + "<use href=\"" + href + "\"/>" + CLOSE, "lien vers une ressource externe");
  }

  @Test
  void refusesExternalXlinkHref() {
    assertRefused(OPEN + "<image xlink:href=\"https://evil.example/tracker.png\"/>" + CLOSE,
        "Le logo SVG contient un lien vers une ressource externe (« https://evil.example/tracker.png »)");
  }

  @Test
  void refusesForeignObject() {
    assertRefused(OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"
        + "</foreignObject>" + CLOSE, "élément <foreignObject>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iframe", "embed", "object"})
  void refusesEmbeddedDocuments(String element) {
    assertRefused(OPEN + "<" + element + "/>" + CLOSE, "élément <" + element + ">");
  }

  @Test
  void refusesDoctype() {
    assertRefused("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
        + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + OPEN + CLOSE,
        SvgInspector.DOCTYPE);
  }

  @Test
  void refusesXxeExternalEntity() {
    assertRefused("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + OPEN + "<text>&xxe;</text>" + CLOSE, SvgInspector.DOCTYPE);
  }

  @Test
  void refusesBillionLaughsEntities() {
    assertRefused("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
        + OPEN + "<text>&b;</text>" + CLOSE, SvgInspector.DOCTYPE);
  }

  @Test
  void refusesDoctypeInUtf16() {
    byte[] svg = ("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>" + OPEN
        + "<text>&x;</text>" + CLOSE).getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(() -> LogoPolicy.check("logo.svg", svg))
        .isInstanceOf(InvalidBranding.class)
        .hasMessage(SvgInspector.DOCTYPE);
  }

  @Test
  void refusesStyleWithImport() {
    assertRefused(OPEN + "<style>@import url(https://evil.example/a.css);</style>" + CLOSE,
        SvgInspector.STYLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"url(https://evil.example/a.png)", "url( 'http://evil.example/f.woff' )",
      "url(\"//evil.example/a\")", "u\\72l(https://evil.example/a)", "İ URL(https://evil.example/a)"})
  void refusesStyleLoadingAnExternalResource(String css) {
    assertRefused(OPEN + "<style>rect { fill: " + css + "; }</style>" + CLOSE, SvgInspector.STYLE);
  }

  @Test
  void refusesStyleAttributeLoadingAnExternalResource() {
    assertRefused(OPEN + "<rect style=\"fill: url(https://evil.example/a.svg#p)\"/>" + CLOSE,
        SvgInspector.STYLE);
  }

  @Test
  void refusesPresentationAttributeLoadingAnExternalResource() {
    assertRefused(OPEN + "<rect fill=\"url(https://evil.example/a.svg#p)\"/>" + CLOSE,
        "lien vers une ressource externe");
  }

  @Test
  void refusesExternalStylesheetProcessingInstruction() {
    assertRefused("<?xml-stylesheet href=\"https://evil.example/a.css\"?>" + OPEN + CLOSE,
        SvgInspector.PROCESSING_INSTRUCTION);
  }

  @Test
  void refusesAnimationThatRewritesALink() {
    assertRefused(OPEN + "<a href=\"#x\"><set attributeName=\"href\" to=\"https://evil.example\"/>"
        + "</a>" + CLOSE, SvgInspector.ANIMATED_LINK);
  }

  @Test
  void refusesMalformedSvg() {
    assertRefused(OPEN + "<rect>", SvgInspector.MALFORMED);
  }

  @Test
  void refusesSvgWithoutTheSvgNamespace() {
    assertRefused("<svg><rect/></svg>", LogoPolicy.NOT_AN_IMAGE);
  }

  @Test
  void listsEveryProblemFound() {
    try {
      LogoPolicy.check("logo.svg", bytes(OPEN.replace("viewBox", "onload=\"x()\" viewBox")
          + "<script>x()</script><foreignObject/>" + CLOSE));
    } catch (InvalidBranding e) {
      assertThat(e.problems()).hasSize(3);
      return;
    }
    throw new AssertionError("SVG should have been refused");
  }

  private static void assertRefused(String svg, String expectedProblem) {
    assertThatThrownBy(() -> LogoPolicy.check("logo.svg", bytes(svg)))
        .isInstanceOfSatisfying(
            InvalidBranding.class,
            e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(expectedProblem)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
