// Shared helpers: start the app, wait for it, collect errors, and run axe.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Opens a route (e.g. '#/harms') and waits until the app has replaced the loading shell. */
export async function open(page, hash = '') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#loading-shell')).toHaveCount(0);
  return errors;
}

/** Runs axe (WCAG 2.0, 2.1 and 2.2 A/AA plus best practice) and expects no violations. */
export async function expectNoAxeViolations(page, where) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  expect(found, `axe violations on ${where}`).toEqual([]);
  return results;
}
