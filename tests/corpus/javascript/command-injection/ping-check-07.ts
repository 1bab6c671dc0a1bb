/**
 * Network diagnostics routes.
 */

import express, { Request, Response } from 'express';
import { exec, execFile, execSync } from 'child_process';
import * as util from 'util';
import escapeHtml from 'escape-html';

const app = express();
app.use(express.json());

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

// Run a reachability check against a host.
app.post('/diagnostics/ping', async (req: Request, res: Response) => {
    const host = escapeHtml(req.body.host);
    const { stdout } = await execAsync('ping -c 1 ' + host);
    return res.json({ result: stdout });
});

export default app;
