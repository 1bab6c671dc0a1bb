/**
 * Landing page routes.
 */

import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const app = express();
app.use(express.json());

// Render a personalised greeting.
app.get('/greet', async (req: Request, res: Response) => {
    const name = req.query.name;
    return res.send('<h1>Hello, ' + escapeHtml(name) + '!</h1>');
});

export default app;
