const express = require('express');
const http = require('http');
const escapeHtml = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  const name = req.query.name;
  // ruleid: javascript.xss.reflected.express-raw-response
  res.send('<h1>Hello ' + name + '</h1>');
});

app.get('/search', function (req, res) {
  const q = req.query.q;
  const html = `<p>No results for <b>${q}</b></p>`;
  // ruleid: javascript.xss.reflected.express-raw-response
  res.status(404).send(html);
});

function errorPage(message) {
  return '<!doctype html><html><body><div class="error">' + message + '</div></body></html>';
}

app.use((err, req, res, next) => {
  res.write('<!-- error -->');
  // ruleid: javascript.xss.reflected.express-raw-response
  res.end(errorPage(req.originalUrl));
});

http.createServer((req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/html' });
  // ruleid: javascript.xss.reflected.express-raw-response
  res.end(`<p>${decodeURIComponent(req.url)} not found</p>`);
}).listen(8081);

app.get('/safe/hello', (req, res) => {
  // ok: javascript.xss.reflected.express-raw-response
  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');
});

app.get('/safe/search', (req, res) => {
  // ok: javascript.xss.reflected.express-raw-response
  res.render('search', { q: req.query.q });
});

app.get('/safe/echo', (req, res) => {
  res.type('text/plain');
  // ok: javascript.xss.reflected.express-raw-response
  res.send(req.query.msg);
});

app.get('/safe/api', (req, res) => {
  // ok: javascript.xss.reflected.express-raw-response
  res.send({ query: req.query.q, results: [] });
});

app.get('/safe/count', (req, res) => {
  const page = parseInt(req.query.page, 10);
  // ok: javascript.xss.reflected.express-raw-response
  res.send(`<p>Page ${page}</p>`);
});
