const express = require('express');
const { exec, execSync, spawn, execFile } = require('child_process');
const util = require('util');

const app = express();
const execAsync = util.promisify(exec);

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // ruleid: javascript.injection.command.shell-injection
  exec('ping -c 3 ' + host, (err, stdout) => {
    res.type('text/plain').send(stdout);
  });
});

app.post('/convert', async function (req, res) {
  const { input, format } = req.body;
  const cmd = `convert uploads/${input} -format ${format} out/result.${format}`;
  // ruleid: javascript.injection.command.shell-injection
  const out = execSync(cmd);
  res.send({ bytes: out.length });
});

function archiveCommand(dir) {
  return 'tar czf /tmp/backup.tgz ' + dir;
}

app.post('/backup', (req, res) => {
  // ruleid: javascript.injection.command.shell-injection
  const child = spawn(archiveCommand(req.body.dir), { shell: true });
  child.on('close', (code) => res.json({ code }));
});

app.get('/grep', (req, res) => {
  // ruleid: javascript.injection.command.shell-injection
  execFile('/bin/sh', ['-c', 'grep -r ' + req.query.pattern + ' /var/log/app'], (err, stdout) => res.send(stdout));
});

app.get('/lookup', (req, res) => {
  // ruleid: javascript.injection.command.shell-injection
  const proc = spawn('nslookup', [req.query.domain], { shell: true });
  proc.stdout.pipe(res);
});

app.get('/safe/ping', (req, res) => {
  // ok: javascript.injection.command.shell-injection
  execFile('ping', ['-c', '3', '--', req.query.host], (err, stdout) => res.type('text/plain').send(stdout));
});

app.get('/safe/lookup', (req, res) => {
  // ok: javascript.injection.command.shell-injection
  const proc = spawn('nslookup', [req.query.domain]);
  proc.stdout.pipe(res);
});

app.get('/safe/uptime', async (req, res) => {
  // ok: javascript.injection.command.shell-injection
  const { stdout } = await execAsync('uptime');
  res.send(stdout);
});

const FORMATS = ['png', 'jpg', 'webp'];
app.post('/safe/convert', (req, res) => {
  const format = req.body.format;
  if (!FORMATS.includes(format)) return res.status(400).end();
  // ok: javascript.injection.command.shell-injection
  exec(`convert uploads/current.png out/result.${format}`, (err) => res.sendStatus(err ? 500 : 204));
});

app.get('/safe/regex', (req, res) => {
  const m = /^(\w+)@/.exec(req.query.email);
  res.json({ user: m && m[1] });
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
  // ruleid: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
}

// Safe: the same kind of helper, only ever called with a constant.
async function fixtureConstHelper(value, res) {
  // ok: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
}

fixtureApp.post('/fixture/helper', async (req, res) => {
  await fixtureHelper(req.body.value, res);
  await fixtureConstHelper('alpha', res);
  res.end();
});

fixtureApp.post('/fixture/dead-code', async (req, res) => {
  const value = req.body.value;
  if (FIXTURE_DEBUG && false) {
    // ok: javascript.injection.command.shell-injection
    exec('ping -c 1 ' + value);
  } else {
    // ruleid: javascript.injection.command.shell-injection
    exec('ping -c 1 ' + value);
  }
});

fixtureApp.post('/fixture/anchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    return res.status(400).send('invalid parameter');
  }
  // ok: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
});

fixtureApp.post('/fixture/unanchored-regex', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_LOOSE_RE.test(value)) return res.status(400).send('invalid parameter');
  // ruleid: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
});

fixtureApp.post('/fixture/logged-check', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_VALUE_RE.test(value)) {
    console.warn('unexpected value');
  }
  // ruleid: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
});

fixtureApp.post('/fixture/allow-list', async (req, res) => {
  const value = req.body.value;
  if (!FIXTURE_ALLOWED.has(value)) throw new Error('invalid parameter');
  // ok: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
});

fixtureApp.post('/fixture/lookup', async (req, res) => {
  const value = FIXTURE_BY_KEY.get(req.body.key) ?? 'alpha';
  // ok: javascript.injection.command.shell-injection
  exec('ping -c 1 ' + value);
});

app.get('/ping-async', async (req, res) => {
  // util.promisify(exec) still runs its argument through /bin/sh
  // ruleid: javascript.injection.command.shell-injection
  const { stdout } = await execAsync('ping -c 1 ' + req.query.host);
  res.type('text/plain').send(stdout);
});
