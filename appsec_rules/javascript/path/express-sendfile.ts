import express, { NextFunction, Request, Response } from 'express';
import path from 'path';

const app = express();
const PUBLIC_DIR = path.join(__dirname, 'public');

app.get('/static/:file', (req: Request, res: Response) => {
  // ruleid: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, req.params.file));
});

app.get('/invoices', (req: Request, res: Response, next: NextFunction) => {
  const invoice = `${__dirname}/invoices/${req.query.id}.pdf`;
  // ruleid: javascript.path.traversal.express-sendfile
  res.download(invoice, 'invoice.pdf', (err) => err && next(err));
});

function attachmentPath(name: string): string {
  return path.resolve('/data/attachments', name);
}

export async function getAttachment(req: Request, res: Response) {
  const file = attachmentPath(String(req.query.name));
  // ruleid: javascript.path.traversal.express-sendfile
  res.sendFile(file, { headers: { 'Cache-Control': 'no-store' } });
}
app.get('/attachments', getAttachment);

app.get('/safe/static/:file', (req: Request, res: Response) => {
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(req.params.file, { root: PUBLIC_DIR, dotfiles: 'deny' });
});

app.get('/safe/invoices', (req: Request, res: Response) => {
  const id = Number(req.query.id);
  // ok: javascript.path.traversal.express-sendfile
  res.download(path.join(__dirname, 'invoices', `${id}.pdf`));
});

app.get('/safe/attachments', (req: Request, res: Response) => {
  const file = attachmentPath(path.basename(String(req.query.name)));
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(file);
});

app.get('/safe/index', (_req: Request, res: Response) => {
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, 'index.html'));
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
  // ruleid: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.path.traversal.express-sendfile
    res.sendFile(path.join(PUBLIC_DIR, value));
  } else {
    // ruleid: javascript.path.traversal.express-sendfile
    res.sendFile(path.join(PUBLIC_DIR, value));
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.path.traversal.express-sendfile
  res.sendFile(path.join(PUBLIC_DIR, value));
});
