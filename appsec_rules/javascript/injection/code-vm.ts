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
