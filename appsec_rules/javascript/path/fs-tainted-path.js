const express = require('express');
const fs = require('fs');
const path = require('path');
const { unlink } = require('node:fs/promises');

const app = express();
const UPLOAD_DIR = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  const file = path.join(UPLOAD_DIR, req.params.name);
  // ruleid: javascript.path.traversal.fs-tainted-path
  fs.readFile(file, 'utf8', (err, data) => {
    if (err) return res.status(404).end();
    res.type('text/plain').send(data);
  });
});

app.get('/logs', (req, res) => {
  // ruleid: javascript.path.traversal.fs-tainted-path
  fs.createReadStream(`/var/log/app/${req.query.file}.log`).pipe(res);
});

function reportPath(user, name) {
  return path.resolve('/srv/reports', user, name);
}

app.post('/reports', async (req, res) => {
  const target = reportPath(req.user.id, req.body.filename);
  // ruleid: javascript.path.traversal.fs-tainted-path
  await fs.promises.writeFile(target, req.body.content);
  res.sendStatus(201);
});

app.delete('/avatars', async function (req, res) {
  const avatar = UPLOAD_DIR + '/' + req.get('X-Avatar-Name');
  // ruleid: javascript.path.traversal.fs-tainted-path
  await unlink(avatar);
  res.sendStatus(204);
});

app.get('/safe/files/:name', (req, res) => {
  const file = path.join(UPLOAD_DIR, path.basename(req.params.name));
  // ok: javascript.path.traversal.fs-tainted-path
  fs.readFile(file, 'utf8', (err, data) => (err ? res.status(404).end() : res.type('text/plain').send(data)));
});

app.get('/safe/logs', (req, res) => {
  const resolved = path.resolve('/var/log/app', String(req.query.file));
  if (!resolved.startsWith('/var/log/app' + path.sep)) {
    return res.status(400).end();
  }
  // ok: javascript.path.traversal.fs-tainted-path
  fs.createReadStream(resolved).pipe(res);
});

const THEMES = new Set(['light.css', 'dark.css']);
app.get('/safe/theme', (req, res) => {
  const theme = req.query.theme;
  if (!THEMES.has(theme)) return res.status(404).end();
  // ok: javascript.path.traversal.fs-tainted-path
  res.type('text/css').send(fs.readFileSync(path.join(__dirname, 'themes', theme)));
});

app.get('/safe/health', (req, res) => {
  // ok: javascript.path.traversal.fs-tainted-path
  const version = fs.readFileSync(path.join(__dirname, 'VERSION'), 'utf8');
  res.json({ version, requestedBy: req.query.user });
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
  // ruleid: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.path.traversal.fs-tainted-path
    fs.readFile(path.join('/srv/data', value), () => {});
  } else {
    // ruleid: javascript.path.traversal.fs-tainted-path
    fs.readFile(path.join('/srv/data', value), () => {});
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.path.traversal.fs-tainted-path
  fs.readFile(path.join('/srv/data', value), () => {});
});
