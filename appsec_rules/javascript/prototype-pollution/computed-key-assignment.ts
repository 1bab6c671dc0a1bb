import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

type Settings = Record<string, Record<string, unknown>>;
const settings: Settings = { ui: { theme: 'light' }, mail: { digest: 'weekly' } };
const translations: Record<string, Record<string, string>> = {};

app.put('/settings', (req: Request, res: Response) => {
  const { section, key, value } = req.body;
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  settings[section][key] = value;
  res.json(settings);
});

app.post('/i18n/:locale', (req: Request, res: Response) => {
  const locale = req.params.locale;
  translations[locale] = translations[locale] || {};
  for (const [msgId, text] of Object.entries(req.body as Record<string, string>)) {
    // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
    translations[locale][msgId] = text;
  }
  res.sendStatus(204);
});

function splitPath(path: string): [string, string] {
  const [head, tail] = path.split('.');
  return [head, tail];
}

app.patch('/profile/prefs', (req: Request, res: Response) => {
  const [group, name] = splitPath(String(req.query.path));
  const prefs: Settings = loadPrefs(req);
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  prefs[group].updatedBy = req.query.user;
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  prefs[group][name] = req.body.value;
  res.json(prefs);
});

const SECTIONS = ['ui', 'mail'];
app.put('/safe/settings', (req: Request, res: Response) => {
  const { section, key, value } = req.body;
  if (!SECTIONS.includes(section)) {
    return res.status(400).end();
  }
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  settings[section][key] = value;
  res.json(settings);
});

app.post('/safe/i18n/:locale', (req: Request, res: Response) => {
  const locale = req.params.locale;
  if (locale === '__proto__' || locale === 'constructor') return res.status(400).end();
  translations[locale] = translations[locale] || {};
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  translations[locale][String(req.body.id)] = String(req.body.text);
  res.sendStatus(204);
});

app.post('/safe/counters', (req: Request, res: Response) => {
  const counters = Object.create(null);
  counters[req.body.bucket] = Object.create(null);
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  counters[req.body.bucket][req.body.name] = 1;
  res.json(counters);
});

app.post('/safe/flags', (req: Request, res: Response) => {
  const flags = new Map<string, Map<string, boolean>>();
  flags.set(String(req.body.group), new Map([[String(req.body.flag), true]]));
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  settings.ui.theme = req.body.theme;
  res.json(Object.fromEntries(flags));
});

function loadPrefs(_req: Request): Settings {
  return { general: {} };
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
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.prototype-pollution.assignment.tainted-computed-key
    fixtureStore[value].enabled = true;
  } else {
    // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
    fixtureStore[value].enabled = true;
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  fixtureStore[value].enabled = true;
});

app.post('/settings/:section/assign', (req: Request, res: Response) => {
  // Object.assign(settings['__proto__'], values) copies the values onto Object.prototype
  // ruleid: javascript.prototype-pollution.assignment.tainted-computed-key
  Object.assign((settings as any)[req.params.section], req.body.values);
  res.json({ ok: true });
});

app.post('/settings/:section/assign-checked', (req: Request, res: Response) => {
  const section = req.params.section;
  if (!Object.hasOwn(settings, section)) {
    return res.status(404).send('unknown section');
  }
  // ok: javascript.prototype-pollution.assignment.tainted-computed-key
  Object.assign((settings as any)[section], req.body.values);
  res.json({ ok: true });
});
