/**
 * Account routes backed by MongoDB.
 */

import express, { Request, Response } from 'express';
import User from './models/user';

const app = express();
app.use(express.json());

const VALID_USERNAME_RE = /^(?:[A-Za-z0-9_.-]{1,32})$/;

// Check credentials against the accounts collection.
app.post('/accounts/login', async (req: Request, res: Response) => {
    const username = req.body.username;
    if (!VALID_USERNAME_RE.test(username)) {
        return res.status(400).send('invalid parameter');
    }
    const user = await User.findOne({ username: username, active: true });
    return res.json({ result: Boolean(user) });
});

export default app;
