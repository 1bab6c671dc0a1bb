const express = require('express');
const _ = require('lodash');
const deepExtend = require('deep-extend');
const setValue = require('set-value');
const $ = require('jquery');

const app = express();
app.use(express.json());

const defaults = { theme: 'light', notifications: { email: true } };

app.post('/preferences', (req, res) => {
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  const prefs = _.merge({}, defaults, req.body);
  res.json(prefs);
});

app.put('/config', function (req, res) {
  const patch = JSON.parse(req.body.patch);
  const current = loadConfig();
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  deepExtend(current, patch);
  res.json(current);
});

app.post('/form/field', (req, res) => {
  const form = {};
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  setValue(form, req.body.path, req.body.value);
  res.json(form);
});

app.post('/widgets', (req, res) => {
  const options = req.body.options;
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  const merged = $.extend(true, {}, defaults, options);
  res.json(merged);
});

app.post('/profile', (req, res) => {
  const profile = {};
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  _.set(profile, `settings.${req.query.key}`, req.query.value);
  res.json(profile);
});

app.post('/safe/preferences', (req, res) => {
  const input = _.pick(req.body, ['theme', 'notifications']);
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  const prefs = _.merge({}, defaults, input);
  res.json(prefs);
});

const FIELDS = new Set(['name', 'email', 'address.city']);
app.post('/safe/form/field', (req, res) => {
  const path = req.body.path;
  if (!FIELDS.has(path)) return res.status(400).end();
  const form = {};
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  setValue(form, path, req.body.value);
  res.json(form);
});

app.post('/safe/profile', (req, res) => {
  const profile = {};
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  _.set(profile, 'settings.theme', req.body.theme);
  res.json(profile);
});

function loadConfig() {
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  return _.merge({}, defaults, { source: 'file' });
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
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.prototype-pollution.merge.library-deep-merge
    _.merge(fixtureStore, value);
  } else {
    // ruleid: javascript.prototype-pollution.merge.library-deep-merge
    _.merge(fixtureStore, value);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.prototype-pollution.merge.library-deep-merge
  _.merge(fixtureStore, value);
});
