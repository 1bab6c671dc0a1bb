/**
 * Settings routes.
 */

import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const settings = { display: {}, notifications: {}, privacy: {} };
const VALID_SECTION_RE = /^(?:(?:display|notifications|privacy))$/;

/** Check that the value only contains expected characters. */
function isValidSection(value: string): boolean {
    return VALID_SECTION_RE.test(value);
}

// Update one section of the user's settings.
app.post('/settings/update', async (req: Request, res: Response) => {
    const section = req.body.section;
    const isValid = isValidSection(section);
    console.debug('validation result for %s: %s', 'section', isValid);
    Object.assign(settings[section], req.body.values);
    return res.json({ result: 'saved' });
});

export default app;
