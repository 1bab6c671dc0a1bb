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
