package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

public class FeedImporter {

    public void importFeed(InputStream in, DefaultHandler handler) throws Exception {
        // ruleid: java.xml.xxe.saxparserfactory
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        SAXParser parser = factory.newSAXParser();
        parser.parse(in, handler);
    }

    public void importInline(InputStream in, DefaultHandler handler) throws Exception {
        // ruleid: java.xml.xxe.saxparserfactory
        SAXParserFactory.newInstance().newSAXParser().parse(in, handler);
    }

    public void importValidating(InputStream in, DefaultHandler handler) throws Exception {
        // ruleid: java.xml.xxe.saxparserfactory
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.newSAXParser().parse(in, handler);
    }

    public void importSafe(InputStream in, DefaultHandler handler) throws Exception {
        // ok: java.xml.xxe.saxparserfactory
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newSAXParser().parse(in, handler);
    }

    public void importNoExternal(InputStream in, DefaultHandler handler) throws Exception {
        // ok: java.xml.xxe.saxparserfactory
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.newSAXParser().parse(in, handler);
    }

    public void importJaxp15(InputStream in, DefaultHandler handler) throws Exception {
        // ok: java.xml.xxe.saxparserfactory
        SAXParserFactory factory = SAXParserFactory.newInstance();
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser.parse(in, handler);
    }
}
