package com.example.xxe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Parses the invoice fixtures shipped with the test suite.
 */
class InvoiceFixtureTest {
    @Test
    void fixtureTotalIsParsed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new File("src/test/resources/invoice.xml"));
        assertEquals("42.00", doc.getElementsByTagName("total").item(0).getTextContent());
    }
}
