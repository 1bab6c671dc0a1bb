const express = require('express');
const serialize = require('serialize-javascript');
const { renderToString } = require('react-dom/server');
const App = require('./App');

const app = express();

function page(appHtml, stateScript) {
  return `<!doctype html><div id="root">${appHtml}</div><script>window.__STATE__ = ${stateScript}</script>`;
}

app.get('/search', (req, res) => {
  const state = { query: req.query.q, results: [] };
  // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(state, { unsafe: true });
  res.render('ssr', { appHtml: renderToString(App(state)), script });
});

app.get('/profile', function (req, res) {
  const prefs = JSON.parse(req.cookies.prefs || '{}');
  // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
  res.render('ssr', { script: serialize({ prefs, theme: prefs.theme }, { isJSON: true, unsafe: true, space: 0 }) });
});

function initialState(req) {
  return { path: req.path, referrer: req.get('referer') };
}

app.get('*', (req, res) => {
  const state = initialState(req);
  res.write('<!-- ssr -->');
  // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
  res.render('ssr', { script: serialize({ path: req.path, ref: req.get('referer') }, { unsafe: true }), state });
});

app.get('/safe/search', (req, res) => {
  const state = { query: req.query.q, results: [] };
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(state, { isJSON: true });
  res.render('ssr', { appHtml: renderToString(App(state)), script });
});

app.get('/safe/config', (req, res) => {
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize({ version: '1.4.2', features: ['a', 'b'] }, { unsafe: true });
  res.render('ssr', { script, page });
});

app.get('/safe/page', (req, res) => {
  const pageNo = parseInt(req.query.page, 10);
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  res.render('ssr', { script: serialize({ pageNo }, { unsafe: true }) });
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
  // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.xss.serialization.serialize-javascript-unsafe
    const script = serialize(value, { unsafe: true });
  } else {
    // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
    const script = serialize(value, { unsafe: true });
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.xss.serialization.serialize-javascript-unsafe
  const script = serialize(value, { unsafe: true });
});
