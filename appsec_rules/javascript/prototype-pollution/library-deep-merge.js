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
