package fr.guichet.branding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing hardened against XXE and entity expansion: DOCTYPE declarations are refused, no
 * external entity, DTD or schema is ever fetched, XInclude is off and errors are fatal.
 */
final class SecureXml {

  /** Fails on any error instead of printing it to stderr. */
  private static final ErrorHandler STRICT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private SecureXml() {}

  /**
   * @throws SAXException if the content is not well-formed XML or declares a DOCTYPE
   */
  static Document parse(byte[] content) throws SAXException, IOException {
    DocumentBuilder builder;
    try {
      builder = factory().newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("Secure XML parser unavailable", e);
    }
    builder.setErrorHandler(STRICT);
    builder.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("External entities are refused");
        });
    return builder.parse(new ByteArrayInputStream(content));
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    // The JDK's own parser, whatever XML library happens to be on the classpath.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }
}
