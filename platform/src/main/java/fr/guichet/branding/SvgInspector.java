package fr.guichet.branding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Whitelist check of an uploaded SVG logo. The SVG is parsed with {@link SecureXml} (no DOCTYPE,
 * no entities, nothing external) and refused if it contains anything active or external: scripts,
 * event attributes, {@code javascript:}, embedded documents, links and style sheets that point
 * outside the file. An SVG that passes is stored unchanged.
 */
final class SvgInspector {

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of("foreignobject", "iframe", "embed", "object", "frame", "frameset", "applet",
          "handler", "listener", "audio", "video");
  private static final Set<String> ANIMATIONS =
      Set.of("set", "animate", "animatemotion", "animatetransform");
  private static final List<String> ALLOWED_DATA_URIS =
      List.of("data:image/png;base64,", "data:image/jpeg;base64,");

  static final String DOCTYPE =
      "Le logo SVG contient une déclaration DOCTYPE ou des entités XML, ce qui n’est pas autorisé."
          + " Exportez-le à nouveau sans DOCTYPE (par exemple en « SVG simple » ou"
          + " « SVG optimisé »).";
  static final String SCRIPT =
      "Le logo SVG contient un script (élément <script>), ce qui n’est pas autorisé.";
  static final String JAVASCRIPT =
      "Le logo SVG contient du code « javascript: », ce qui n’est pas autorisé.";
  static final String STYLE =
      "Le logo SVG contient une feuille de style qui charge une ressource externe (@import ou"
          + " url(…)), ce qui n’est pas autorisé.";
  static final String PROCESSING_INSTRUCTION =
      "Le logo SVG contient une instruction de traitement (<?…?>), ce qui n’est pas autorisé.";
  static final String ANIMATED_LINK =
      "Le logo SVG contient une animation qui modifie un lien, ce qui n’est pas autorisé.";
  static final String MALFORMED =
      "Le fichier SVG est illisible : ce n’est pas un document XML valide.";

  private static final int MAX_PROBLEMS = 10;

  private final Set<String> problems = new LinkedHashSet<>();

  private SvgInspector() {}

  /** @throws InvalidBranding listing every reason to refuse the SVG */
  static void check(byte[] content) {
    String raw = new String(content, isUtf16(content)
        ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (raw.contains("<!doctype") || raw.contains("<!entity")) {
      throw new InvalidBranding(DOCTYPE); // refused before any parsing
    }
    Document document;
    try {
      document = SecureXml.parse(content);
    } catch (SAXException | IOException e) {
      throw new InvalidBranding(raw.contains("<svg") ? MALFORMED : LogoPolicy.NOT_AN_IMAGE);
    }
    Element root = document.getDocumentElement();
    if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
      throw new InvalidBranding(LogoPolicy.NOT_AN_IMAGE);
    }
    SvgInspector inspector = new SvgInspector();
    if (containsJavascript(raw) || containsJavascript(root.getTextContent())) {
      inspector.problems.add(JAVASCRIPT);
    }
    inspector.inspectTree(document);
    if (!inspector.problems.isEmpty()) {
      throw new InvalidBranding(inspector.problems.stream().limit(MAX_PROBLEMS).toList());
    }
  }

  private void inspectTree(Document document) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(document);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      switch (node.getNodeType()) {
        case Node.ELEMENT_NODE -> inspectElement((Element) node);
        case Node.PROCESSING_INSTRUCTION_NODE -> problems.add(PROCESSING_INSTRUCTION);
        case Node.ENTITY_REFERENCE_NODE, Node.DOCUMENT_TYPE_NODE -> problems.add(DOCTYPE);
        default -> { }
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPreviousSibling()) {
        pending.push(child);
      }
    }
  }

  private void inspectElement(Element element) {
    String name = lower(element.getLocalName());
    if (name.equals("script")) {
      problems.add(SCRIPT);
    } else if (FORBIDDEN_ELEMENTS.contains(name)) {
      problems.add("Le logo SVG contient un élément <" + element.getLocalName()
          + ">, qui n’est pas autorisé dans un logo.");
    } else if (name.equals("style")) {
      inspectCss(element.getTextContent());
    } else if (ANIMATIONS.contains(name)
        && lower(element.getAttribute("attributeName")).contains("href")) {
      problems.add(ANIMATED_LINK);
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      inspectAttribute((Attr) attributes.item(i));
    }
  }

  private void inspectAttribute(Attr attribute) {
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
      return; // namespace declaration, not rendered
    }
    String name = lower(attribute.getLocalName()); // parsed namespace-aware: never null
    String value = attribute.getValue();
    if (name.startsWith("on")) {
      problems.add("Le logo SVG contient un attribut d’événement « " + attribute.getName()
          + " », ce qui n’est pas autorisé.");
    }
    if (containsJavascript(value)) {
      problems.add(JAVASCRIPT);
    } else if (name.equals("href")) {
      if (!isInternalReference(value)) {
        problems.add(externalLink(value));
      }
    } else if (name.equals("style")) {
      inspectCss(value);
    } else if (!allUrlsInternal(value)) {
      problems.add(externalLink(value));
    }
  }

  private void inspectCss(String css) {
    String compact = compact(css);
    // Backslash escapes could hide "url(" or "@import" from the checks below.
    if (compact.contains("@import") || compact.contains("image-set(") || css.contains("\\")
        || !allUrlsInternal(css)) {
      problems.add(STYLE);
    }
  }

  /** Every {@code url(...)} in the text targets a local fragment or an embedded PNG/JPEG. */
  private static boolean allUrlsInternal(String text) {
    for (int at = 0; at + 4 <= text.length(); at++) {
      if (!text.regionMatches(true, at, "url(", 0, 4)) {
        continue;
      }
      int end = text.indexOf(')', at + 4);
      if (end < 0) {
        return false;
      }
      String target = text.substring(at + 4, end).strip();
      if (target.length() >= 2 && (target.charAt(0) == '"' || target.charAt(0) == '\'')
          && target.charAt(target.length() - 1) == target.charAt(0)) {
        target = target.substring(1, target.length() - 1);
      }
      if (!isInternalReference(target)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInternalReference(String reference) {
    String target = reference.strip();
    if (target.length() > 1 && target.charAt(0) == '#') {
      return true;
    }
    String compact = compact(target);
    return ALLOWED_DATA_URIS.stream().anyMatch(compact::startsWith);
  }

  private static String externalLink(String value) {
    String target = value.strip();
    String shown = target.length() > 40 ? target.substring(0, 40) + "…" : target;
    return "Le logo SVG contient un lien vers une ressource externe (« " + shown + " »), ce qui"
        + " n’est pas autorisé : seuls les liens internes (#…) et les images PNG ou JPEG intégrées"
        + " sont acceptés.";
  }

  private static boolean containsJavascript(String text) {
    String compact = compact(text);
    return compact.contains("javascript:") || compact.contains("vbscript:");
  }

  /** Lower case without blanks or control characters, as browsers ignore them in URLs. */
  private static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> c > ' ' && !Character.isISOControl(c))
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static boolean isUtf16(byte[] content) {
    return content.length >= 2 && ((content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff
        || (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe);
  }
}
