import express, { Request, Response } from 'express';
import { execFile, spawn } from 'node:child_process';
import * as cp from 'child_process';
import path from 'path';

const app = express();
const TOOLS: Record<string, string> = { resize: '/usr/bin/convert', probe: '/usr/bin/ffprobe' };

app.post('/tools/run', (req: Request, res: Response) => {
  const tool = req.body.tool as string;
  // ruleid: javascript.injection.command.tainted-program
  execFile(tool, ['--version'], (err, stdout) => res.send(stdout));
});

app.get('/plugins/:name', (req: Request, res: Response) => {
  const script = path.join(__dirname, 'plugins', req.params.name);
  // ruleid: javascript.injection.command.tainted-program
  const child = cp.fork(script, [], { silent: true });
  child.on('exit', (code) => res.json({ code }));
});

function binaryFor(kind: string): string {
  return `/opt/converters/${kind}`;
}

app.post('/convert', (req: Request, res: Response) => {
  const bin = binaryFor(req.body.kind);
  // ruleid: javascript.injection.command.tainted-program
  const proc = spawn(bin, ['input.dat'], { cwd: '/srv/data' });
  proc.on('close', (code) => res.json({ code }));
});

app.post('/safe/tools/run', (req: Request, res: Response) => {
  const tool = TOOLS[String(req.body.tool)] ?? TOOLS.resize;
  // ok: javascript.injection.command.tainted-program
  execFile('/usr/bin/convert', [String(req.body.file), 'out.png'], (err) => res.sendStatus(err ? 500 : 204));
  res.locals.tool = tool;
});

app.get('/safe/plugins/:name', (req: Request, res: Response) => {
  const allowed = new Set(['stats', 'cleanup']);
  const name = req.params.name;
  if (!allowed.has(name)) return res.status(404).end();
  // ok: javascript.injection.command.tainted-program
  const child = cp.fork(name);
  child.on('exit', (code) => res.json({ code }));
});

app.get('/safe/version', (_req: Request, res: Response) => {
  // ok: javascript.injection.command.tainted-program
  const proc = spawn('git', ['rev-parse', 'HEAD']);
  proc.stdout.pipe(res);
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
  // ruleid: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.command.tainted-program
    execFile(value, ['--version']);
  } else {
    // ruleid: javascript.injection.command.tainted-program
    execFile(value, ['--version']);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.command.tainted-program
  execFile(value, ['--version']);
});
