package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class StreamingImporter {

    private static final XMLInputFactory SAFE_FACTORY = XMLInputFactory.newFactory();
    // ruleid: java.xml.xxe.xmlinputfactory
    private static final XMLInputFactory RAW_FACTORY = XMLInputFactory.newFactory();

    static {
        SAFE_FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    }

    public XMLStreamReader open(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.xmlinputfactory
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    public XMLStreamReader openInline(InputStream in) throws Exception {
        // ruleid: java.xml.xxe.xmlinputfactory
        return XMLInputFactory.newInstance().createXMLStreamReader(in);
    }

    public XMLStreamReader openSafe(InputStream in) throws Exception {
        // ok: java.xml.xxe.xmlinputfactory
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return factory.createXMLStreamReader(in);
    }

    public XMLStreamReader openNoExternal(InputStream in) throws Exception {
        // ok: java.xml.xxe.xmlinputfactory
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory.createXMLStreamReader(in);
    }

    public XMLStreamReader openJaxp15(InputStream in) throws Exception {
        // ok: java.xml.xxe.xmlinputfactory
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(in);
    }

    public XMLStreamReader openShared(InputStream in) throws Exception {
        return SAFE_FACTORY.createXMLStreamReader(in);
    }
}
