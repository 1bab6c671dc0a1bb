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

// --- helper parameters, dead code and allow-list guards ---
const fixtureApp = express();
const fixtureStore = { display: {}, privacy: {} };
const FIXTURE_DEBUG = false;
const FIXTURE_VALUE_RE = /^[a-z0-9-]{1,32}$/;
const FIXTURE_LOOSE_RE = /[a-z0-9-]+/;
const FIXTURE_ALLOWED = new Set(['alpha', 'beta']);
const FIXTURE_BY_KEY = new Map([['a', 'alpha'], ['b', 'beta']]);

// Vulnerable: the sink is in a helper; the route passes request data to it.
async function fixtureHelper(value, res) {
  // ruleid: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.xss.reflected.express-raw-response
    res.send('<p>' + value + '</p>');
  } else {
    // ruleid: javascript.xss.reflected.express-raw-response
    res.send('<p>' + value + '</p>');
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.xss.reflected.express-raw-response
  res.send('<p>' + value + '</p>');
});
