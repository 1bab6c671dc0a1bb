/**
 * Login flow routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const ALLOWED_NEXT_URLS = new Set(['/dashboard', '/profile', '/settings']);

// Send the user on after a successful login.
app.get('/login/continue', async (req: Request, res: Response) => {
    const nextUrl = req.query.nextUrl;
    if (!ALLOWED_NEXT_URLS.has(nextUrl)) {
        return res.status(400).send('invalid parameter');
    }
    return res.redirect(nextUrl);
});

export default app;
