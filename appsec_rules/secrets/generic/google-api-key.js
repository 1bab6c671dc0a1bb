// Maps and Firebase setup (fixture: keys below are fake).
import { initializeApp } from "firebase/app";

// ruleid: secrets.generic.hardcoded-secret.google-api-key
const MAPS_KEY = "AIzaFAKEmaps0fixture_Q7xZ3mN8pL2vW4kR6t";

const firebaseConfig = {
  // ruleid: secrets.generic.hardcoded-secret.google-api-key
  apiKey: "AIzaFAKEfirebase0fixture0Q7xZ3mN8pL2vW4",
  authDomain: "acme-prod.firebaseapp.com",
  projectId: "acme-prod",
};

export async function geocode(address) {
  // ruleid: secrets.generic.hardcoded-secret.google-api-key
  const url = `https://maps.googleapis.com/maps/api/geocode/json?key=AIzaFAKEfixture0nly-Q7xZ3mN8pL2vW4kR6tY&address=${encodeURIComponent(address)}`;
  return (await fetch(url)).json();
}

// Safe: injected at build time.
// ok: secrets.generic.hardcoded-secret.google-api-key
const ENV_KEY = import.meta.env.VITE_GOOGLE_MAPS_KEY;

// Safe: placeholder in docs.
// ok: secrets.generic.hardcoded-secret.google-api-key
const PLACEHOLDER_KEY = "AIzaSy_REPLACE_WITH_YOUR_KEY";

// Safe: too short to be a key.
// ok: secrets.generic.hardcoded-secret.google-api-key
const PREFIX = "AIza";

export const app = initializeApp(firebaseConfig);
export { MAPS_KEY, ENV_KEY, PLACEHOLDER_KEY, PREFIX };
