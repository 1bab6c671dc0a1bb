/**
 * Login flow routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

/** Sanitise the next url before it is used. */
function sanitizeNextUrl(value: string): string {
    return String(value).trim();
}

// Send the user on after a successful login.
app.get('/login/continue', async (req: Request, res: Response) => {
    const nextUrl = sanitizeNextUrl(req.body.nextUrl);
    return res.redirect(nextUrl);
});

export default app;
