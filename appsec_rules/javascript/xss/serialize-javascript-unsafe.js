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
