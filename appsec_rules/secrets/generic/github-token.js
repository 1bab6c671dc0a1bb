// Release tooling (fixture: every token below is fake).
const { Octokit } = require("@octokit/rest");

// ruleid: secrets.generic.hardcoded-secret.github-token
const octokit = new Octokit({ auth: "ghp_FAKEfixture0nly0Token0For0Tests0Q7xZ" });

const config = {
  owner: "acme",
  repo: "platform",
  // ruleid: secrets.generic.hardcoded-secret.github-token
  token: "github_pat_FAKEfinegrained0fixtur_FAKEfixture0nly0Q7xZ3mN8pL2vW4kR6tY1hJ5gF3dS9aZ0xC7vB2nM4qW",
};

function cloneUrl(repo) {
  // ruleid: secrets.generic.hardcoded-secret.github-token
  return `https://x-access-token:ghs_FAKEapp0installation0fixture0Q7xZ3mN@github.com/acme/${repo}.git`;
}

// Safe: token injected by the CI runner.
// ok: secrets.generic.hardcoded-secret.github-token
const ciOctokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

// Safe: format check only.
// ok: secrets.generic.hardcoded-secret.github-token
const TOKEN_RE = /^gh[pousr]_[A-Za-z0-9]{36}$/;

// Safe: obviously redacted value in docs.
// ok: secrets.generic.hardcoded-secret.github-token
const DOC_SAMPLE = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

module.exports = { octokit, config, cloneUrl, ciOctokit, TOKEN_RE, DOC_SAMPLE };
