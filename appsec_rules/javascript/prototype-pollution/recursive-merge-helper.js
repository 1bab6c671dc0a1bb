// utils/object.js
function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function merge(target, source) {
  for (const key in source) {
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: javascript.prototype-pollution.merge.recursive-merge-helper
      target[key] = source[key];
    }
  }
  return target;
}

const deepExtend = function (dst, src) {
  Object.keys(src).forEach((k) => {
    if (isObject(src[k])) {
      deepExtend(dst[k] || (dst[k] = {}), src[k]);
      return;
    }
    // ruleid: javascript.prototype-pollution.merge.recursive-merge-helper
    dst[k] = src[k];
  });
  return dst;
};

class Config {
  apply(target, patch) {
    for (const [name, value] of Object.entries(patch)) {
      if (isObject(value)) {
        this.apply(target[name] ?? {}, value);
      } else {
        // ruleid: javascript.prototype-pollution.merge.recursive-merge-helper
        target[name] = value;
      }
    }
  }
}

function safeMerge(target, source) {
  for (const key in source) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: javascript.prototype-pollution.merge.recursive-merge-helper
      target[key] = source[key];
    }
  }
  return target;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function safeExtend(dst, src) {
  for (const k of Object.keys(src)) {
    if (UNSAFE_KEYS.has(k)) continue;
    if (isObject(src[k])) {
      safeExtend(dst[k] || (dst[k] = Object.create(null)), src[k]);
    } else {
      // ok: javascript.prototype-pollution.merge.recursive-merge-helper
      dst[k] = src[k];
    }
  }
  return dst;
}

function shallowAssign(target, source) {
  for (const key of Object.keys(source)) {
    // ok: javascript.prototype-pollution.merge.recursive-merge-helper
    target[key] = source[key];
  }
  return target;
}

module.exports = { merge, deepExtend, Config, safeMerge, safeExtend, shallowAssign };
