package org.crystallite.xrd.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.crystallite.spectrum.io.DataFormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK DOM parser configured for untrusted files (no DOCTYPE, no external entities or schemas:
 * OWASP XXE prevention), plus lookups by local name so that versioned namespaces (XRDML 1.5, 1.6,
 * 2.x) need no special cases.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(String file, byte[] content) throws DataFormatException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            throw new DataFormatException(file + ", line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": malformed XML: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new DataFormatException(file + ": malformed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser rejects the secure configuration", e);
        } catch (IOException e) {
            throw new DataFormatException(file + ": cannot read XML: " + e.getMessage(), e);
        }
    }

    /** Local name of an element, ignoring any prefix or namespace. */
    static String localName(Node n) {
        String name = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    /** Direct child elements with the given local name. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            Node n = list.item(i);
            if (n.getNodeType() == Node.ELEMENT_NODE && localName(n).equals(name)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** All descendant elements with the given local name, in document order. */
    static List<Element> descendants(Element root, String name) {
        List<Element> out = new ArrayList<>();
        NodeList list = root.getElementsByTagName("*");
        for (int i = 0; i < list.getLength(); i++) {
            Node n = list.item(i);
            if (localName(n).equals(name)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static Optional<Element> firstDescendant(Element root, String name) {
        List<Element> d = descendants(root, name);
        return d.isEmpty() ? Optional.empty() : Optional.of(d.get(0));
    }

    /** Trimmed text of the first child element with that name, if present and not blank. */
    static Optional<String> childText(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty());
    }

    /** An attribute by local name (any namespace), e.g. {@code xsi:type} by "type". */
    static String attribute(Element e, String localName) {
        if (e.hasAttribute(localName)) {
            return e.getAttribute(localName);
        }
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (localName(a).equals(localName)) {
                return a.getNodeValue();
            }
        }
        return "";
    }
}
