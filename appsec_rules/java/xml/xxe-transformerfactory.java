package com.example.xml;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.stream.StreamResult;

public class ReportRenderer {

    public String render(Source xml, Source xslt) throws Exception {
        // ruleid: java.xml.xxe.transformerfactory
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer transformer = tf.newTransformer(xslt);
        StringWriter out = new StringWriter();
        transformer.transform(xml, new StreamResult(out));
        return out.toString();
    }

    public String pretty(Source xml) throws Exception {
        StringWriter out = new StringWriter();
        // ruleid: java.xml.xxe.transformerfactory
        TransformerFactory.newInstance().newTransformer().transform(xml, new StreamResult(out));
        return out.toString();
    }

    public SAXTransformerFactory saxFactory() {
        // ruleid: java.xml.xxe.transformerfactory
        SAXTransformerFactory stf = (SAXTransformerFactory) TransformerFactory.newInstance();
        stf.setURIResolver(null);
        return stf;
    }

    public String renderSafe(Source xml, Source xslt) throws Exception {
        // ok: java.xml.xxe.transformerfactory
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        StringWriter out = new StringWriter();
        tf.newTransformer(xslt).transform(xml, new StreamResult(out));
        return out.toString();
    }

    public String renderSecure(Source xml) throws Exception {
        // ok: java.xml.xxe.transformerfactory
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        StringWriter out = new StringWriter();
        tf.newTransformer().transform(xml, new StreamResult(out));
        return out.toString();
    }

    public String renderLiteral(Source xml) throws Exception {
        // ok: java.xml.xxe.transformerfactory
        TransformerFactory tf = TransformerFactory.newDefaultInstance();
        tf.setAttribute("http://javax.xml.XMLConstants/property/accessExternalDTD", "");
        StringWriter out = new StringWriter();
        tf.newTransformer().transform(xml, new StreamResult(out));
        return out.toString();
    }
}
