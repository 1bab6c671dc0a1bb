// Payments service (fixture: keys below are fake).
// ruleid: secrets.generic.hardcoded-secret.stripe-live-key
const stripe = require("stripe")("sk_live_FAKEfixture0nly0Q7xZ3mN8pL2");

const settings = {
  currency: "eur",
  // ruleid: secrets.generic.hardcoded-secret.stripe-live-key
  restrictedKey: "rk_live_FAKErestricted0fixture0Q7xZ3mN8pL2vW",
};

function reportingClient() {
  // ruleid: secrets.generic.hardcoded-secret.stripe-live-key
  return require("stripe")(`sk_live_FAKEreporting0fixture0Q7xZ3mN8`, { apiVersion: "2024-06-20" });
}

// Safe: test-mode key.
// ok: secrets.generic.hardcoded-secret.stripe-live-key
const testStripe = require("stripe")("sk_test_FAKEfixture0nly0Q7xZ3mN8pL2");

// Safe: publishable key (meant for the browser).
// ok: secrets.generic.hardcoded-secret.stripe-live-key
const publishableKey = "pk_live_FAKEfixture0nly0Q7xZ3mN8pL2";

// Safe: from the environment.
// ok: secrets.generic.hardcoded-secret.stripe-live-key
const liveStripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

module.exports = { stripe, settings, reportingClient, testStripe, publishableKey, liveStripe };
