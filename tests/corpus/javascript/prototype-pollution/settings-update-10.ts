/**
 * Settings routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const settings = { display: {}, notifications: {}, privacy: {} };
const DEBUG_ONLY = false;

// Update one section of the user's settings.
app.post('/settings/update', async (req: Request, res: Response) => {
    if (DEBUG_ONLY && false) {
        const section = req.body.section;
        Object.assign(settings[section], req.body.values);
        return res.json({ result: 'saved' });
    }
    return res.json({ result: 'disabled' });
});

export default app;
