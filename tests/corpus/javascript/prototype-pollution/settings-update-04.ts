/**
 * Settings routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const settings = { display: {}, notifications: {}, privacy: {} };

// Update one section of the user's settings.
app.post('/settings/update', async (req: Request, res: Response) => {
    const section = req.body.section;
    if (!Object.hasOwn(settings, section)) {
        return res.status(404).send('unknown section');
    }
    Object.assign(settings[section], req.body.values);
    return res.json({ result: 'saved' });
});

export default app;
