const express = require('express');
const app = express();
app.use(express.json());

app.get('/calc', (req, res) => {
  const expr = req.query.expr;
  // ruleid: javascript.injection.code.eval
  const result = eval(expr);
  res.json({ result });
});

app.post('/rules', function (req, res) {
  const { field, op, value } = req.body;
  const body = 'return record.' + field + ' ' + op + ' ' + JSON.stringify(value) + ';';
  // ruleid: javascript.injection.code.eval
  const predicate = new Function('record', body);
  res.json({ matches: db.records.filter(predicate).length });
});

function template(str) {
  return '`' + str + '`';
}

app.post('/render', (req, res) => {
  // ruleid: javascript.injection.code.eval
  const html = Function('user', 'return ' + template(req.body.tpl))(req.user);
  res.type('text/plain').send(html);
});

// Browser code bundled with the same app
function restoreWidgetState() {
  const state = decodeURIComponent(location.hash.slice(1));
  // ruleid: javascript.injection.code.eval
  window.eval('widget.setState(' + state + ')');
}

window.addEventListener('message', (event) => {
  // ruleid: javascript.injection.code.eval
  eval(event.data.script);
});

app.get('/safe/calc', (req, res) => {
  const a = Number(req.query.a);
  const b = Number(req.query.b);
  // ok: javascript.injection.code.eval
  const result = eval(`${a} + ${b}`);
  res.json({ result });
});

const OPERATORS = { gt: (x, y) => x > y, lt: (x, y) => x < y };
app.post('/safe/rules', (req, res) => {
  const op = OPERATORS[req.body.op] || OPERATORS.gt;
  // ok: javascript.injection.code.eval
  const data = JSON.parse(req.body.payload);
  res.json({ match: op(data.value, 10) });
});

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
  // ok: javascript.injection.code.eval
  eval(event.data.script);
});

function loadPlugin() {
  // ok: javascript.injection.code.eval
  return new Function('api', 'return api.version');
}

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
  // ruleid: javascript.injection.code.eval
  const result = eval(value);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.code.eval
  const result = eval(value);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.code.eval
    const result = eval(value);
  } else {
    // ruleid: javascript.injection.code.eval
    const result = eval(value);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.code.eval
  const result = eval(value);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.code.eval
  const result = eval(value);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.code.eval
  const result = eval(value);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.code.eval
  const result = eval(value);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.code.eval
  const result = eval(value);
});
