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
