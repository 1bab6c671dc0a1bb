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
