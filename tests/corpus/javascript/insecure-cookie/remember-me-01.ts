/**
 * Remember-me routes.
 */

import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const app = express();
app.use(express.json());

const REMEMBER_COOKIE = { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 };

// Set the long-lived remember-me cookie.
app.post('/remember', async (req: Request, res: Response) => {
    const token = crypto.randomBytes(32).toString('hex');
    res.cookie('remember_token', token, REMEMBER_COOKIE);
    return res.json({ ok: true });
});

export default app;
