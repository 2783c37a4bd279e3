// The field-test mode is built only into the study edition (dist/study/): the public edition
// leaves its code out of the first load. These tests hold the public edition's side: it offers no
// mode and records nothing, its Clinic settings and records screen lead to the study edition, and
// while a device has the mode on, every screen of the public edition says that it records nothing.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, fillSession, open } from './helpers.js';
import { STUDY_URL } from '../playwright.config.js';

const STUDY = 'LTA-PILOT-2';
const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });
const NOTICE = 'The study of this aid is on for this device, but this edition of the aid keeps no study records. Staff can open the study edition.';

test('the public edition has no field-test mode: Clinic settings say where it is and open the study edition there', async ({ page }) => {
  const errors = await open(page, '#/settings');
  const section = page.getByRole('region', { name: 'Field test (research)' });
  await expect(section).toContainText('Field-test mode is part of the study edition of this aid');
  await expect(page.getByRole('textbox', { name: 'Study code' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'public settings');
  await section.getByRole('link', { name: 'Open the study edition' }).click();
  await expect(page).toHaveURL(`${STUDY_URL}#/settings`);
  await expect(heading(page, 'Clinic settings')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Study code' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('with the mode on, every screen of the public edition says it records nothing, and a consultation there keeps no record', async ({ page }) => {
  // Staff switch the mode on in the study edition.
  await page.goto(`${STUDY_URL}#/settings`);
  await page.getByRole('textbox', { name: 'Study code' }).fill(STUDY);
  await page.getByRole('checkbox', { name: /Ethics approval/ }).check();
  await page.getByRole('button', { name: 'Switch field-test mode on' }).click();
  await expect(page.getByText(`Field-test mode is on for study ${STUDY}.`)).toBeVisible();

  // The public edition, on the same device.
  const errors = await open(page, '#/');
  for (const hash of ['#/', '#/harms', '#/summary', '#/privacy']) {
    await page.goto(`./${hash}`);
    const notice = page.getByRole('note').filter({ hasText: NOTICE });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link', { name: 'Open the study edition' })).toHaveAttribute('href', 'study/#/settings');
    await expect(page.getByRole('heading', { name: 'A study of this aid' })).toHaveCount(0);
  }
  await expectNoAxeViolations(page, 'public edition with the mode on');
  await fillSession(page);
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('button', { name: 'End session and clear answers' }).click();
  await expect(heading(page, 'Start')).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys.filter((key) => key.startsWith('lta.field-test'))).toEqual(['lta.field-test']);

  // Its records screen leads to the study edition's.
  await page.goto('./#/records');
  await expect(heading(page, 'Study records')).toBeVisible();
  await expect(page.getByText('The study edition of this aid shows the study records on this device. Staff can save or delete them there.')).toBeVisible();
  await page.getByRole('article').getByRole('link', { name: 'Open the study edition' }).click();
  await expect(page).toHaveURL(`${STUDY_URL}#/records`);
  await expect(heading(page, 'Study records')).toBeVisible();
  await expect(page.getByText('No records yet.')).toBeVisible();
  expect(errors).toEqual([]);
});
