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
