const express = require('express');
const libxmljs = require('libxmljs');
const { parseXml } = require('libxmljs2');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import/products', (req, res) => {
  // ruleid: javascript.xxe.libxmljs.entity-expansion-enabled
  const doc = libxmljs.parseXmlString(req.body, { noent: true, noblanks: true });
  const names = doc.find('//product/name').map((n) => n.text());
  res.json({ imported: names.length });
});

function parseInvoice(xml) {
  // ruleid: javascript.xxe.libxmljs.entity-expansion-enabled
  return parseXml(xml, { noent: true, dtdload: true });
}

app.post('/invoices', (req, res) => {
  const invoice = parseInvoice(req.body);
  res.json({ total: invoice.get('//total').text() });
});

app.post('/feeds', async (req, res) => {
  // ruleid: javascript.xxe.libxmljs.entity-expansion-enabled
  const doc = await libxmljs.parseXmlAsync(req.body, { noent: true });
  res.json({ items: doc.find('//item').length });
});

app.post('/safe/import/products', (req, res) => {
  // ok: javascript.xxe.libxmljs.entity-expansion-enabled
  const doc = libxmljs.parseXmlString(req.body, { noblanks: true });
  res.json({ imported: doc.find('//product/name').length });
});

function safeParseInvoice(xml) {
  // ok: javascript.xxe.libxmljs.entity-expansion-enabled
  return parseXml(xml, { noent: false, nonet: true });
}

app.post('/safe/invoices', (req, res) => {
  // ok: javascript.xxe.libxmljs.entity-expansion-enabled
  const doc = libxmljs.parseXml(req.body);
  res.json({ total: doc.get('//total').text(), other: safeParseInvoice('<a/>') !== null });
});
