// The field test: off by default and silent then; switched on by staff with a study code and the
// ethics confirmation; asked per consultation ("No" records nothing); its anonymous records
// survive End session and the idle timeout, leave the device only as a file saved by hand, and
// are deleted only after a second confirmation. Nothing is sent anywhere at any point. The mode
// is in the study edition (dist/study/); study-edition.spec.js tests the public edition's side.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  NOTES, RATINGS, SURE_END, choose, expectNoAxeViolations, fillSession, goToStep, open, pdfText, setView,
} from './helpers.js';
import { recordRequests } from './offline-helpers.js';
import { STUDY_URL } from '../playwright.config.js';

test.use({ baseURL: STUDY_URL });

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The export's columns, as the native test of the allow-list holds them. */
const COLUMNS = fs.readFileSync(path.join(HERE, '../../tests/fixtures/field-test-columns.txt'), 'utf8')
  .trim().split('\n');
const STUDY = 'LTA-PILOT-1';
const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

/** Everything this origin keeps in localStorage, by key. */
const localKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

/** Switches the mode on from the settings screen. */
async function switchOn(page) {
  await page.goto('./#/settings');
  await expect(heading(page, 'Clinic settings')).toBeVisible();
  await page.getByRole('textbox', { name: 'Study code' }).fill(STUDY);
  await page.getByRole('checkbox', { name: /Ethics approval/ }).check();
  await page.getByRole('button', { name: 'Switch field-test mode on' }).click();
  await expect(page.getByText(`Field-test mode is on for study ${STUDY}.`)).toBeVisible();
}

/** She agrees on the start screen; returns her participant number as the screen shows it. */
async function agree(page) {
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 2, name: 'A study of this aid' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, I agree to take part' }).click();
  const thanks = page.getByRole('status').filter({ hasText: 'Your study number is' });
  await expect(thanks).toBeVisible();
  const number = (await thanks.textContent()).match(/[2-9A-Z]{4}-[2-9A-Z]{4}/)[0];
  await expect(page.getByText(`Taking part as ${number}.`)).toBeVisible();
  return number;
}

/** Ends the session with the button and its confirmation. */
async function endSession(page) {
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('button', { name: 'End session and clear answers' }).click();
  await expect(heading(page, 'Start')).toBeVisible();
}

/** Saves an export with its button; returns the file's text and name. */
async function saveExport(page, button) {
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await saved;
  const text = fs.readFileSync(await download.path(), 'utf8');
  await expect(page.getByText(`Saved as ${download.suggestedFilename()}.`)).toBeVisible();
  return { text, name: download.suggestedFilename() };
}

test('off by default: a whole consultation keeps no field-test record and asks nothing', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const requests = recordRequests(context);
  const errors = await open(page);
  await expect(page.getByText('A study of this aid')).toHaveCount(0);
  await fillSession(page);
  await endSession(page);
  expect((await localKeys(page)).filter((key) => key.startsWith('lta.field-test'))).toEqual([]);
  await page.goto('./#/settings');
  await expect(page.getByRole('button', { name: 'Switch field-test mode on' })).toBeVisible();
  expect(requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin)).toEqual([]);
  expect(errors).toEqual([]);
});

test('staff switch it on with a valid study code and the ethics confirmation; a bad code is refused and kept in the field', async ({ page }) => {
  await open(page, '#/settings');
  const code = page.getByRole('textbox', { name: 'Study code' });
  await code.fill('my study');
  await page.getByRole('button', { name: 'Switch field-test mode on' }).click();
  await expect(page.getByRole('alert')).toHaveText('Use only capital letters A to Z, digits and hyphens, and do not start with a hyphen.');
  await expect(code).toHaveValue('my study');
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await code.fill('AB');
  await page.getByRole('button', { name: 'Switch field-test mode on' }).click();
  await expect(page.getByRole('alert')).toHaveText('A study code has 3 to 20 characters.');
  await code.fill(STUDY);
  await page.getByRole('button', { name: 'Switch field-test mode on' }).click();
  await expect(page.getByRole('alert')).toHaveText('Tick the box to confirm that ethics approval and consent are in place.');
  expect(await localKeys(page)).not.toContain('lta.field-test');
  await page.getByRole('checkbox', { name: /Ethics approval/ }).check();
  await page.getByRole('button', { name: 'Switch field-test mode on' }).click();
  await expect(page.getByText(`Field-test mode is on for study ${STUDY}.`)).toBeVisible();
  await expectNoAxeViolations(page, 'settings with the field test on');
  // Every screen says so, and a reload keeps it on.
  for (const hash of ['#/', '#/harms', '#/privacy']) {
    await page.goto(`./${hash}`);
    await expect(page.getByText(`Study of this aid: ${STUDY}.`)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByText(`Study of this aid: ${STUDY}.`)).toBeVisible();
  await expect(page.getByText('Not asked yet: the question is on the start screen.')).toBeVisible();
  // Switched off, the banner goes and the records would stay.
  await page.goto('./#/settings');
  await page.getByRole('button', { name: 'Switch field-test mode off' }).click();
  await expect(page.getByText('Field-test mode is off. The records stay until you delete them.')).toBeVisible();
  await expect(page.getByText(`Study of this aid: ${STUDY}.`)).toHaveCount(0);
});

test('a consultation that agrees is recorded, survives End session, prints its number, exports as CSV and JSON, and is deleted only after a second confirmation; nothing leaves the origin', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL).origin;
  const requests = recordRequests(context);
  const errors = await open(page);
  await switchOn(page);
  const number = await agree(page);
  await expectNoAxeViolations(page, 'the start screen with her answer to the study');
  await fillSession(page);
  // The care team's print carries the number, to link the record to the study's own forms.
  await expect(page.getByText(`Study participant number: ${number}`)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(pdfText(await page.pdf({ format: 'A4' }))).toContain(number);
  await page.emulateMedia({ media: 'screen' });
  await setView(page, 'Clinician view');
  await expect(page.getByText(`Study participant number: ${number}`)).toBeVisible();
  await setView(page, 'Patient view');
  await endSession(page);
  // The session is gone; the record is not.
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  await expect(page.getByText('Not asked yet: the question is on the start screen.')).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByText('Records on this device: 1 (at most 500).')).toBeVisible();

  const csv = await saveExport(page, 'Save as CSV (spreadsheet)');
  expect(csv.name).toMatch(new RegExp(`^field-test-${STUDY}-\\d{4}-W\\d{2}\\.csv$`));
  expect(csv.text.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheets read UTF-8').toBe(true);
  const [header, row, end] = csv.text.slice(1).split('\r\n');
  expect(header.split(','), 'exactly the allow-listed columns').toEqual(COLUMNS);
  expect(end).toBe('');
  // Text in quotes, numbers bare: the row says which cell is which kind.
  const cells = Object.fromEntries(COLUMNS.map((name, i) => [name, row.split(',')[i].replace(/^"(.*)"$/, '$1')]));
  expect(row.split(',')[1]).toBe(`"${STUDY}"`);
  expect(cells).toMatchObject({
    study_code: STUDY, participant: number, way: 'full', sure_start: '4',
    sure_end: String(SURE_END.filter((a) => a === 'Yes').length), mismatch_note_shown: 'no', printed_take_home: 'no',
  });
  expect(cells['rating_avoid-operation']).toBe('3');
  expect(Number(cells.minutes_total)).toBeGreaterThanOrEqual(0);
  // Nothing she typed, and no words of her answers: only the allow-list's codes and numbers.
  expect(NOTES).toContain('daughter');
  for (const typed of ['onerror', 'daughter', 'Bring my', RATINGS[0][0], 'Very important']) {
    expect(csv.text, typed).not.toContain(typed);
  }

  const json = JSON.parse((await saveExport(page, 'Save as JSON')).text);
  expect(json.schema_version).toBe(1);
  expect(json.columns).toEqual(COLUMNS);
  expect(json.records).toHaveLength(1);
  expect(Object.keys(json.records[0]).sort()).toEqual([...COLUMNS].sort());
  expect(json.records[0].participant).toBe(number);
  expect(json.records[0].sure_end).toBe(Number(cells.sure_end));

  // The printable table, for where a file cannot be saved.
  await page.getByRole('link', { name: 'Show the records as a printable table' }).click();
  await expect(heading(page, 'Study records')).toBeVisible();
  const record = page.getByRole('table', { name: number });
  await expect(record.getByRole('row', { name: `participant ${number}` })).toBeVisible();
  await expectNoAxeViolations(page, 'the records table');
  await page.getByRole('link', { name: 'Back to Clinic settings' }).click();

  // Deleting needs a second confirmation; "Cancel" keeps them.
  await page.getByRole('button', { name: 'Delete all records' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all 1 study records on this device?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Records on this device: 1 (at most 500).')).toBeVisible();
  await page.getByRole('button', { name: 'Delete all records' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete the records' }).click();
  await expect(page.getByText('The study records were deleted.')).toBeVisible();
  await expect(page.getByText('Records on this device: 0 (at most 500).')).toBeVisible();
  expect(await localKeys(page)).not.toContain('lta.field-test.records');

  expect(requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin)).toEqual([]);
  expect(errors).toEqual([]);
});

test('"No" records nothing, and the next consultation is asked again', async ({ page }) => {
  await open(page);
  await switchOn(page);
  await page.goto('./#/');
  await page.getByRole('button', { name: 'No, do not record anything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing about this visit will be recorded.' })).toBeVisible();
  await expect(page.getByText('Not taking part: nothing is recorded.')).toBeVisible();
  await goToStep(page, 'What matters to you');
  await choose(page, RATINGS[0][0], RATINGS[0][1]);
  await endSession(page);
  expect(await localKeys(page)).toEqual(['lta.field-test']);
  await expect(page.getByRole('button', { name: 'Yes, I agree to take part' })).toBeVisible();
});

test('the record survives the idle timeout; the session does not', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await open(page);
  await switchOn(page);
  const number = await agree(page);
  await goToStep(page, 'What matters to you');
  await choose(page, RATINGS[0][0], RATINGS[0][1]);
  await page.clock.fastForward('19:10');
  await expect(page.getByRole('alert')).toContainText('this session will end in one minute');
  await page.clock.fastForward('01:00');
  await expect(heading(page, 'Start')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
  await page.goto('./#/records');
  await expect(page.getByRole('table', { name: number })).toBeVisible();
  await expect(page.getByRole('table', { name: number }).getByRole('row', { name: 'rating_avoid-operation 3' })).toBeVisible();
  await expect(page.getByRole('table', { name: number }).getByRole('row', { name: 'week 2026-W49' })).toBeVisible();
});

test('a record store that cannot be read is set aside with a notice, never read in part', async ({ page }) => {
  await open(page);
  await switchOn(page);
  await page.evaluate(() => localStorage.setItem('lta.field-test.records', 'lta-records-1:zz'));
  await page.reload();
  await expect(page.getByText('The study records on this device could not be read. They were set aside, not changed, and new records start again.').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('lta.field-test.records.unreadable'))).toBe('lta-records-1:zz');
  await page.goto('./#/privacy');
  await expect(page.getByRole('cell', { name: /Field-test records that could not be read/ })).toBeVisible();
});

test('storage that refuses the record keeps the consultation working and says the record was not kept', async ({ page }) => {
  await open(page);
  await switchOn(page);
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'lta.field-test.records') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await agree(page);
  await expect(page.getByText("This device's storage is full, so the study record is not kept. The aid works as usual.")).toBeVisible();
  await goToStep(page, 'What matters to you');
  await choose(page, RATINGS[0][0], RATINGS[0][1]);
  await expect(page.getByRole('group', { name: new RegExp(RATINGS[0][0]) }).getByLabel(RATINGS[0][1])).toBeChecked();
});

test('switching the mode off stops the recording of a consultation that had agreed', async ({ page }) => {
  await open(page);
  await switchOn(page);
  await agree(page);
  await page.goto('./#/settings');
  await page.getByRole('button', { name: 'Switch field-test mode off' }).click();
  await expect(page.getByText('Field-test mode is off. The records stay until you delete them.')).toBeVisible();
  await goToStep(page, 'What matters to you');
  await choose(page, RATINGS[0][0], RATINGS[0][1]);
  const stored = await page.evaluate(() => localStorage.getItem('lta.field-test.records'));
  const [header, row] = stored.replace(/^lta-records-1:/, '').split('\n');
  const column = header.split(',').indexOf('rating_avoid-operation');
  expect(column).toBeGreaterThan(0);
  expect(row.split(',')[column], 'the rating after the mode went off is not recorded').toBe('');
});
