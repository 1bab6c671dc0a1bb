const axios = require('axios');

function configureDevProxy() {
  if (process.env.USE_CORP_PROXY) {
    // ruleid: javascript.tls.verification.node-tls-reject-unauthorized-env
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
  }
}

// ruleid: javascript.tls.verification.node-tls-reject-unauthorized-env
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = '1';

function bootstrap(config) {
  // ruleid: javascript.tls.verification.node-tls-reject-unauthorized-env
  Object.assign(process.env, { NODE_ENV: config.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' });
  return axios.create({ baseURL: config.apiUrl });
}

function safeBootstrap(config) {
  // ok: javascript.tls.verification.node-tls-reject-unauthorized-env
  process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/corp-root.pem';
  return axios.create({ baseURL: config.apiUrl });
}

function strictTls() {
  // ok: javascript.tls.verification.node-tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

function readSetting() {
  // ok: javascript.tls.verification.node-tls-reject-unauthorized-env
  return process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0' ? 'insecure' : 'secure';
}

module.exports = { configureDevProxy, bootstrap, safeBootstrap, strictTls, readSetting };
