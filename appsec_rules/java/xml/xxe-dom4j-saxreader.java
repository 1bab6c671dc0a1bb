package com.example.xml;

import java.io.InputStream;
import org.dom4j.Document;
import org.dom4j.io.SAXReader;

public class ConfigImporter {

    private final SAXReader sharedReader;

    public ConfigImporter() throws Exception {
        // ok: java.xml.xxe.dom4j-saxreader
        this.sharedReader = new SAXReader();
        this.sharedReader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    }

    public Document load(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.dom4j-saxreader
        SAXReader reader = new SAXReader();
        reader.setEncoding("UTF-8");
        return reader.read(in);
    }

    public Document loadInline(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.dom4j-saxreader
        return new SAXReader().read(in);
    }

    public Document loadValidating(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.dom4j-saxreader
        SAXReader reader = new SAXReader(true);
        return reader.read(in);
    }

    public Document loadSafe(InputStream in) throws Exception {
        // ok: java.xml.xxe.dom4j-saxreader
        SAXReader reader = new SAXReader();
        reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return reader.read(in);
    }

    public Document loadNoExternal(InputStream in) throws Exception {
        // ok: java.xml.xxe.dom4j-saxreader
        SAXReader reader = new SAXReader();
        reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
        reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return reader.read(in);
    }

    public Document loadDefault(InputStream in) throws Exception {
        // ok: java.xml.xxe.dom4j-saxreader
        SAXReader reader = SAXReader.createDefault();
        return reader.read(in);
    }
}
