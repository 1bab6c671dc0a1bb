package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;

public class InvoiceParser {

    private static final DocumentBuilderFactory SHARED = DocumentBuilderFactory.newInstance();
    // ruleid: java.xml.xxe.documentbuilderfactory
    private static final DocumentBuilderFactory LENIENT = DocumentBuilderFactory.newInstance();

    static {
        try {
            SHARED.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public Document parse(InputStream body) throws Exception {
        // reported at the parse call below, the line that reads the untrusted document
        // ok: java.xml.xxe.documentbuilderfactory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        DocumentBuilder builder = dbf.newDocumentBuilder();
        // ruleid: java.xml.xxe.documentbuilderfactory
        return builder.parse(body);
    }

    public Document parseInline(InputStream body) throws Exception {
        // ruleid: java.xml.xxe.documentbuilderfactory
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(body);
    }

    public static DocumentBuilderFactory factory() {
        // ruleid: java.xml.xxe.documentbuilderfactory
        return DocumentBuilderFactory.newDefaultInstance();
    }

    public Document parseSafe(InputStream body) throws Exception {
        // ok: java.xml.xxe.documentbuilderfactory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        try {
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dbf.setXIncludeAware(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return dbf.newDocumentBuilder().parse(body);
    }

    public Document parseWithDtd(InputStream body) throws Exception {
        // ok: java.xml.xxe.documentbuilderfactory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(body);
    }

    public Document parseJaxp15(InputStream body) throws Exception {
        // ok: java.xml.xxe.documentbuilderfactory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return dbf.newDocumentBuilder().parse(body);
    }

    public Document parseShared(InputStream body) throws Exception {
        return SHARED.newDocumentBuilder().parse(body);
    }

    private static final boolean LEGACY_PARSER = false;

    public Document parseExpandOnly(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        // not a defence on its own: DTDs and external entities are still processed
        dbf.setExpandEntityReferences(false);
        // ruleid: java.xml.xxe.documentbuilderfactory
        Document doc = dbf.newDocumentBuilder().parse(body);
        return doc;
    }

    public DocumentBuilder builderFor() throws Exception {
        // no parse here: the unconfigured factory is reported where it is created
        // ruleid: java.xml.xxe.documentbuilderfactory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder();
    }

    public Document parseLegacy(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        Document doc;
        if (LEGACY_PARSER) {
            // ok: java.xml.xxe.documentbuilderfactory
            doc = dbf.newDocumentBuilder().parse(body);
        } else {
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // ok: java.xml.xxe.documentbuilderfactory
            doc = dbf.newDocumentBuilder().parse(body);
        }
        return doc;
    }
}
