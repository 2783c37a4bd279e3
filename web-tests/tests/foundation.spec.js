// The first slice, end to end: reach the arm-swelling section by role and visible text, read the
// icon array's label, switch views, and check accessibility with axe.
import { test, expect } from '@playwright/test';
import { open, expectNoAxeViolations } from './helpers.js';

test('the loading shell shows the title and privacy line before the app starts', async ({ request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('<h1>Local Therapy Decision Aid</h1>');
  expect(html).toContain('Nothing you enter leaves this device.');
});

test('the start screen is drawn before the app has arrived, and only then is the wasm asked for', async ({ page }) => {
  // Hold the wasm back: what shows then is index.html alone.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let shownWhenAsked = null;
  await page.route(/_bg\.wasm$/, async (route) => {
    shownWhenAsked = await page.evaluate(() => document.querySelector('.prerendered')?.hidden === false);
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByText('Should you have the breast treated now').first()).toBeVisible();
  await expect(page.locator('#loading-shell')).toHaveCount(1);
  // No preload links: the loader asks for the wasm after the start screen is shown.
  expect(await page.locator('link[rel=preload], link[rel=modulepreload]').count()).toBe(0);
  await expect.poll(() => shownWhenAsked).toBe(true);
  release();
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
});

test('a deep link shows "Loading…", never the start screen, until the app has arrived', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('./#/harms');
  await expect(page.getByText('Loading…')).toBeVisible();
  await expect(page.locator('.prerendered')).toBeHidden();
  release();
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Harms' })).toBeVisible();
});

test('reach arm swelling from the start and read the pictures', async ({ page }) => {
  const errors = await open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Harms/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harms' })).toBeFocused();
  // First each option's harms in numbers; the arm-swelling panel is one tap away.
  await expect(page.getByRole('main').getByRole('table', { name: 'Key numbers for each choice' })).toContainText('Could it cause arm swelling?');
  await page.getByRole('main').getByText('More about: Arm swelling (lymphoedema)').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Arm swelling (lymphoedema)' })).toBeVisible();
  await expect(page.getByRole('img', {
    name: 'Out of 100 women who had an armpit clearance, 16 had arm swelling about 5 years after surgery. The other 84 did not.',
  })).toBeVisible();
  await expect(page.getByRole('img', {
    name: 'Out of 100 women who had a sentinel-node biopsy, 5 had arm swelling about 5 years after surgery. The other 95 did not.',
  })).toBeVisible();
  await expect(page).toHaveTitle('Harms · Local Therapy Decision Aid');
  expect(errors).toEqual([]);
});

test('the clinician view adds ratios, intervals and citations, and the patient view comes back', async ({ page }) => {
  await open(page, '#/harms');
  await page.getByRole('main').getByText('More about: Arm swelling (lymphoedema)').click();
  const section = page.getByRole('region', { name: 'Arm swelling (lymphoedema)' });
  await expect(section.getByText('RR 1.92')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clinician view' }).click();
  await expect(section.getByText(/RR 1\.92 \(95% CI 1\.61–2\.28\)/)).toBeVisible();
  await expect(section.getByText(/McLaughlin SA/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Patient view' }).click();
  await expect(section.getByText(/RR 1\.92/)).toHaveCount(0);
});

test('the harms page has no axe violations in either view', async ({ page }) => {
  await open(page, '#/harms');
  await expectNoAxeViolations(page, 'harms (patient view)');
  await page.getByRole('button', { name: 'Clinician view' }).click();
  await expectNoAxeViolations(page, 'harms (clinician view)');
});
