// The journey as the app declares it (content/src/schema/step.rs, titles from steps.toml), read
// from the app itself (`cargo run -p xtask -- steps`), so that no browser test keeps its own copy of the step
// list or of "of 14": a new step is walked by every test with no edit here.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readJourney(language) {
  // A language edition's journey comes from the app built with that language, in its own target
  // folder (as scripts/build-language.sh builds it).
  const env = language ? { ...process.env, LTA_LANGUAGE: language, CARGO_TARGET_DIR: `target/lang-${language}` } : process.env;
  try {
    const json = execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'xtask', '--', 'steps'], {
      cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env,
    });
    return JSON.parse(json);
  } catch (e) {
    throw new Error(`could not read the step list from the app (cargo run -p xtask -- steps): ${e.message}`);
  }
}

const journey = readJourney();

/** Every step of the full consultation, in order: `{ id, hash, title }` (the title is its h1). */
export const JOURNEY = journey.steps;

/** The short consultation's steps, in order, as in JOURNEY. */
export const SHORT_JOURNEY = journey.short.map((id) => journey.steps.find((s) => s.id === id));

/** A language edition's journey (`es`), read from the app built with that language: its steps and short way. */
export function journeyIn(language) {
  const found = readJourney(language);
  return { steps: found.steps, short: found.short.map((id) => found.steps.find((s) => s.id === id)) };
}
