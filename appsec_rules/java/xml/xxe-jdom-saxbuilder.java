package com.example.xml;

import java.io.InputStream;
import org.jdom2.Document;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

public class CatalogLoader {

    public Document load(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.jdom-saxbuilder
        SAXBuilder builder = new SAXBuilder();
        builder.setExpandEntities(true);
        return builder.build(in);
    }

    public Document loadInline(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.jdom-saxbuilder
        return new SAXBuilder().build(in);
    }

    public Document loadValidating(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.jdom-saxbuilder
        SAXBuilder builder = new SAXBuilder(XMLReaders.DTDVALIDATING);
        return builder.build(in);
    }

    public Document loadSafe(InputStream in) throws Exception {
        // ok: java.xml.xxe.jdom-saxbuilder
        SAXBuilder builder = new SAXBuilder();
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return builder.build(in);
    }

    public Document loadNoExternal(InputStream in) throws Exception {
        // ok: java.xml.xxe.jdom-saxbuilder
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        return builder.build(in);
    }

    public Document loadString(String xml) throws Exception {
        String feature = "http://apache.org/xml/features/disallow-doctype-decl";
        // ok: java.xml.xxe.jdom-saxbuilder
        SAXBuilder builder = new SAXBuilder();
        builder.setFeature(feature, true);
        return builder.build(new java.io.StringReader(xml));
    }
}
