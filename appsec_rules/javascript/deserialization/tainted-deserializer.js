const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const Cryo = require('cryo');

const app = express();
app.use(cookieParser());
app.use(express.text());

app.get('/dashboard', (req, res) => {
  if (req.cookies.profile) {
    const raw = Buffer.from(req.cookies.profile, 'base64').toString();
    // ruleid: javascript.deserialization.unsafe.tainted-deserializer
    const profile = serialize.unserialize(raw);
    return res.render('dashboard', { name: profile.name });
  }
  res.redirect('/login');
});

app.post('/state', function (req, res) {
  // ruleid: javascript.deserialization.unsafe.tainted-deserializer
  const state = Cryo.parse(req.body);
  res.json({ keys: Object.keys(state) });
});

function unwrap(payload) {
  return payload.trim();
}

app.post('/import', (req, res) => {
  const serialized = unwrap(req.body);
  // ruleid: javascript.deserialization.unsafe.tainted-deserializer
  const data = eval('(' + serialized + ')');
  res.json({ imported: Array.isArray(data) ? data.length : 1 });
});

app.get('/safe/dashboard', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || '', 'base64').toString();
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const profile = JSON.parse(raw || '{}');
  res.render('dashboard', { name: String(profile.name || '') });
});

app.get('/safe/session', (req, res) => {
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const session = serialize.unserialize(serialize.serialize({ user: 'guest' }));
  res.json(session);
});

app.post('/safe/state', (req, res) => {
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const snapshot = Cryo.parse(loadSnapshotFromDisk());
  res.json({ snapshot: Object.keys(snapshot), size: req.body.length });
});

function loadSnapshotFromDisk() {
  return require('fs').readFileSync('/var/lib/app/state.cryo', 'utf8');
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
  // ruleid: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.deserialization.unsafe.tainted-deserializer
    const obj = serialize.unserialize(value);
  } else {
    // ruleid: javascript.deserialization.unsafe.tainted-deserializer
    const obj = serialize.unserialize(value);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.deserialization.unsafe.tainted-deserializer
  const obj = serialize.unserialize(value);
});
