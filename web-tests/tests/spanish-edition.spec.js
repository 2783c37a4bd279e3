// The Spanish edition (dist/es/, built from content/data/languages/es.toml laid over the English):
// walked by role and visible Spanish text, the full and the short way, both views, the prints, the
// take-home page and its QR code, at four widths; its language links; read-aloud picking the
// Spanish voice; and what it says about its own translation on every screen and print.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath as fileURLToPathOf, pathToFileURL } from 'node:url';
import {
  expectNoAxeViolations, decodeQr, pdfText, pdfPageCount, stubSpeech, spoken,
} from './helpers.js';
import { workerStatus, waitForController } from './offline-helpers.js';
import { SPANISH_URL } from '../playwright.config.js';
import { journeyIn } from '../journey.mjs';

const JOURNEY = journeyIn('es');
const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
const STATUS = /^Traducción al español: hecha con inteligencia artificial en dos versiones independientes, unidas y traducidas de vuelta al inglés para compararlas; aún no la revisa un profesional de salud bilingüe\. Se revisó con la versión \d{4}\.\d+ de la evidencia\.$/;
const READ = 'Leer esta página en voz alta';
const VIEWPORTS = [
  { width: 390, height: 844, label: 'a phone' },
  { width: 768, height: 1024, label: 'a small tablet, upright' },
  { width: 1024, height: 1366, label: 'a tablet, upright' },
  { width: 1366, height: 1024, label: 'a laptop or a tablet on its side' },
];

/** Opens a screen of the Spanish edition and waits for the app; returns the errors it logs. */
async function openEs(page, hash = '#/') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${SPANISH_URL}${hash}`);
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return errors;
}

/** Nothing wider than the window: the page, and any element in it. */
async function expectNothingSideways(page, where) {
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const shown = (el) => el.checkVisibility() && el.getBoundingClientRect().width > 1;
    const outside = [...document.querySelectorAll('body *')].filter(shown)
      .filter((el) => { const r = el.getBoundingClientRect(); return r.right > width + 1 || r.left < -1; })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')}`);
    return { page: document.documentElement.scrollWidth - width, outside: outside.slice(0, 5) };
  });
  expect.soft(found.page, `the page scrolls sideways on ${where} (${found.outside.join(', ')})`).toBeLessThanOrEqual(0);
  expect.soft(found.outside, `elements past the edge on ${where}`).toEqual([]);
}

test('the page is in Spanish before and after the app starts, and each edition links to the other', async ({ page, request }) => {
  // Before any script runs: the page's language, title and loading words.
  const html = await (await request.get(SPANISH_URL)).text();
  expect(html).toContain('<html lang="es">');
  expect(html).toContain('<title>Herramienta para decidir el tratamiento local</title>');
  expect(html).toContain('<p role="status">Cargando…</p>');
  expect(html).toContain('Nada de lo que usted escribe sale de este dispositivo.');
  // Installed, it is named in Spanish.
  const manifest = await (await request.get(`${SPANISH_URL}manifest.webmanifest`)).json();
  expect([manifest.name, manifest.short_name, manifest.lang]).toEqual(['Herramienta para decidir el tratamiento local', 'Tratamiento', 'es']);

  const errors = await openEs(page);
  await expect(heading(page, 'Inicio')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await expect(page.getByRole('contentinfo').getByText(STATUS)).toBeVisible();
  await expectNoAxeViolations(page, 'Spanish start');
  const english = page.getByRole('main').getByRole('link', { name: 'English', exact: true });
  await expect(english).toHaveAttribute('lang', 'en');
  await english.click();
  await expect(heading(page, 'Start')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  // The English edition says nothing of a translation, and links to the Spanish one.
  await expect(page.getByText(/Traducción al español/)).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Español', exact: true }).click();
  await expect(heading(page, 'Inicio')).toBeVisible();
  // About lists the reviews of the translation, by role and date, and links back.
  await page.goto(`${SPANISH_URL}#/about`);
  const reviews = page.getByRole('region', { name: 'Cómo se tradujo esta versión' });
  await expect(reviews.getByText(/modelos de lenguaje de inteligencia artificial, no personas/).first()).toBeVisible();
  await expect(reviews.getByText('2026-12-06').first()).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'English', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the full way: every step by its Spanish title and first key point, in both views, axe clean', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 1024 });
  const errors = await openEs(page);
  for (const view of ['Paciente', 'Equipo médico']) {
    const button = page.getByRole('group', { name: 'Para quién está escrita la pantalla' }).getByRole('button', { name: `${view} (vista)` });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const note = page.getByRole('note').filter({ hasText: 'La vista para el equipo médico está en inglés por ahora.' });
    await expect(note).toHaveCount(view === 'Equipo médico' ? 1 : 0);
    for (const step of JOURNEY.steps) {
      await page.goto(`${SPANISH_URL}${step.hash}`);
      await expect(heading(page, step.title)).toBeVisible();
      const words = view === 'Paciente' ? step.patient : '';
      if (words) await expect(page.getByRole('main').getByText(words, { exact: false }).first()).toBeVisible();
      await expect(page.getByRole('contentinfo').getByText(STATUS)).toBeVisible();
      await expectNoAxeViolations(page, `${step.title} (${view})`);
    }
  }
  // The SURE questions stay in English, marked as English, with the note in Spanish.
  await page.goto(`${SPANISH_URL}#/check`);
  await expect(page.getByText('Estas cuatro preguntas están en inglés.', { exact: false })).toBeVisible();
  await expect(page.locator('[lang="en"]', { hasText: 'Do you feel SURE about the best choice for you?' })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the short way reaches the summary; the summary and the take-home page print in Spanish with their translation status, and the QR code opens this edition', async ({ page }) => {
  const errors = await openEs(page);
  await page.getByRole('link', { name: 'Consulta corta (unos 6 minutos)' }).click();
  const short = JOURNEY.short.filter((s) => s.id !== 'start');
  await expect(heading(page, short[0].title)).toBeVisible();
  for (const step of short.slice(1)) {
    await page.getByRole('navigation', { name: 'Atrás y siguiente' }).getByRole('link', { name: `Siguiente: ${step.title}`, exact: true }).click();
    await expect(heading(page, step.title)).toBeVisible();
  }
  await expect(heading(page, 'Resumen')).toBeVisible();
  await expect(page.getByRole('main').getByText(STATUS)).toBeVisible();
  await expectNoAxeViolations(page, 'Spanish summary');
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: 'Imprimir o guardar como PDF' }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  const summary = await page.pdf({ format: 'A4' });
  expect(pdfPageCount(summary)).toBeLessThanOrEqual(2);
  expect(pdfText(summary)).toContain('Traducción al español');

  await page.getByRole('link', { name: 'Para que ella lleve a casa (letra grande)' }).click();
  await expect(heading(page, 'Para llevar a casa')).toBeVisible();
  await expect(page.getByRole('main').getByText(STATUS)).toBeVisible();
  const qr = page.getByRole('img', { name: 'Código QR que abre esta herramienta' });
  await expect(qr).toBeVisible();
  expect(await decodeQr(page.getByRole('main'))).toBe(SPANISH_URL);
  await expectNoAxeViolations(page, 'Spanish take-home page');
  const takeHome = await page.pdf({ format: 'A4' });
  expect(pdfText(takeHome)).toContain('Traducción al español');
  expect(pdfText(takeHome)).toContain('Sus opciones');
  expect(errors).toEqual([]);
});

test('offline, the Spanish edition is a site of its own: its worker, scoped to es/, keeps its files in its own cache, and it reloads with the network off', async ({ page, context }) => {
  const errors = await openEs(page);
  await waitForController(page);
  const footer = page.locator('.shell__offline');
  await expect(footer).toHaveText(/^(Lista para usarse sin internet\.|Guardando)/);
  if (!(await footer.textContent()).startsWith('Lista')) {
    await page.reload();
    await expect(heading(page, 'Inicio')).toBeVisible();
  }
  await expect(footer).toHaveText('Lista para usarse sin internet.');
  const status = await workerStatus(page);
  expect(status).toEqual({ version: expect.stringMatching(/^[0-9a-f]{12}$/), total: expect.any(Number), missing: 0 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(SPANISH_URL);
  expect(await page.evaluate(() => caches.keys())).toEqual([`lta-es-${status.version}`]);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(heading(page, 'Inicio')).toBeVisible();
    await page.goto(`${SPANISH_URL}#/survival`);
    await expect(heading(page, 'Supervivencia')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  expect(errors).toEqual([]);
});

for (const viewport of VIEWPORTS) {
  test(`nothing scrolls sideways in the Spanish edition on ${viewport.label} (${viewport.width}×${viewport.height})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openEs(page);
    for (const step of JOURNEY.steps) {
      await page.goto(`${SPANISH_URL}${step.hash}`);
      await expect(heading(page, step.title)).toBeVisible();
      await expectNothingSideways(page, `${step.title} at ${viewport.width} px`);
    }
    await page.goto(`${SPANISH_URL}#/take-home`);
    await expect(heading(page, 'Para llevar a casa')).toBeVisible();
    await expectNothingSideways(page, `the take-home page at ${viewport.width} px`);
  });
}

test('the Spanish single file opens from disk in Spanish, and its language link is the English file beside it', async ({ page }) => {
  const single = path.join(path.dirname(fileURLToPathOf(import.meta.url)), '..', '..', 'dist-single', 'local-therapy-aid-es.html');
  expect(fs.existsSync(single), 'build it first: scripts/build-editions.sh').toBe(true);
  const requests = [];
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
  await page.goto(pathToFileURL(single).href);
  await expect(heading(page, 'Inicio')).toBeVisible();
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await expect(page.getByRole('main').getByRole('link', { name: 'English', exact: true })).toHaveAttribute('href', 'local-therapy-aid.html');
  await page.goto(`${pathToFileURL(single).href}#/take-home`);
  await expect(heading(page, 'Para llevar a casa')).toBeVisible();
  await expect(page.getByRole('main').getByText(STATUS)).toBeVisible();
  expect(requests).toEqual([]);
});

test.describe('read-aloud in Spanish', () => {
  // As Safari lists them: every voice claims to be the default, English first.
  const VOICES = [
    { name: 'Samantha', lang: 'en-US', localService: true, default: true, voiceURI: 'samantha' },
    { name: 'Daniel', lang: 'en-GB', localService: true, default: true, voiceURI: 'daniel' },
    { name: 'Paulina', lang: 'es-MX', localService: true, default: true, voiceURI: 'paulina' },
    { name: 'Google español', lang: 'es-ES', localService: false, default: true, voiceURI: 'cloud-es' },
  ];

  test('it picks the on-device Spanish voice, though every voice claims to be the default', async ({ page }) => {
    await stubSpeech(page, { voices: VOICES });
    const errors = await openEs(page, '#/survival');
    await page.getByRole('button', { name: READ }).click();
    await expect(page.getByRole('main').locator('.read-aloud__status')).toHaveText('Leyendo en voz alta con una voz de este dispositivo.');
    const said = await spoken(page);
    expect(said.length).toBeGreaterThan(2);
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Paulina']));
    expect(said[0].text).toBe('Supervivencia');
    expect(errors).toEqual([]);
  });

  test('with English voices only on the device, it reads nothing and says why, in Spanish', async ({ page }) => {
    await stubSpeech(page, { voices: VOICES.filter((v) => v.lang.startsWith('en') || !v.localService) });
    await openEs(page, '#/survival');
    await page.getByRole('button', { name: READ }).click();
    await expect(page.getByRole('main').locator('.read-aloud__status')).toHaveText('Este dispositivo no tiene voz propia en el idioma de esta página, así que no se lee nada en voz alta.');
    expect(await spoken(page)).toEqual([]);
  });
});
