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
