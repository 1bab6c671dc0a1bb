/**
 * Report download routes.
 */

import express, { Request, Response } from 'express';
import * as fs from 'fs/promises';
import * as path from 'path';

const app = express();
app.use(express.json());

const REPORT_DIR = '/srv/app/reports';
const VALID_FILENAME_RE = /^(?:[A-Za-z0-9_-]{1,64}\.txt)$/;

// Return the contents of a generated report.
app.post('/reports/download', async (req: Request, res: Response) => {
    const filename = req.body.filename;
    if (!VALID_FILENAME_RE.test(filename)) {
        console.warn('unexpected filename value: %j', filename);
    }
    const content = await fs.readFile(path.join(REPORT_DIR, filename), 'utf8');
    return res.json({ result: content });
});

export default app;
