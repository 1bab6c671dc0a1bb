import express, { Request, Response } from 'express';
import vm from 'node:vm';
import { VM } from 'vm2';

const app = express();
app.use(express.json());

app.post('/formula', (req: Request, res: Response) => {
  const { formula, vars } = req.body;
  // ruleid: javascript.injection.code.vm-tainted-script
  const value = vm.runInNewContext(formula, { ...vars }, { timeout: 50 });
  res.json({ value });
});

app.post('/transform', (req: Request, res: Response) => {
  const code = `(function (row) { ${req.body.transform} })`;
  // ruleid: javascript.injection.code.vm-tainted-script
  const script = new vm.Script(code);
  const fn = script.runInThisContext();
  res.json(req.body.rows.map(fn));
});

function wrap(expr: string): string {
  return 'result = ' + expr;
}

app.get('/sandbox', (req: Request, res: Response) => {
  const sandbox = new VM({ timeout: 100, sandbox: {} });
  // ruleid: javascript.injection.code.vm-tainted-script
  const out = sandbox.run(wrap(String(req.query.expr)));
  res.json({ out });
});

app.post('/safe/formula', (req: Request, res: Response) => {
  const ctx = vm.createContext({ price: Number(req.body.price), qty: Number(req.body.qty) });
  // ok: javascript.injection.code.vm-tainted-script
  const value = vm.runInContext('price * qty', ctx);
  res.json({ value });
});

app.get('/safe/sandbox', (req: Request, res: Response) => {
  const sandbox = new VM({ sandbox: { n: parseInt(String(req.query.n), 10) } });
  // ok: javascript.injection.code.vm-tainted-script
  const out = sandbox.run('n * 2');
  res.json({ out });
});

app.get('/safe/config', (req: Request, res: Response) => {
  const limit = Number(req.query.limit);
  // ok: javascript.injection.code.vm-tainted-script
  const value = vm.runInNewContext(`Math.min(${limit}, 100)`);
  res.json({ value });
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
  // ruleid: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.code.vm-tainted-script
    const out = vm.runInNewContext(value, {});
  } else {
    // ruleid: javascript.injection.code.vm-tainted-script
    const out = vm.runInNewContext(value, {});
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.code.vm-tainted-script
  const out = vm.runInNewContext(value, {});
});
