// "Copy a note for the record" on the summary: after a whole consultation, the press (and only
// the press) puts the note on the clipboard, and it is exactly the golden text the native test
// checks (tests/fixtures/record-note.txt, made from the same consultation); where the browser
// refuses or has no clipboard, the note is shown in a read-only box, selected, to copy by hand.
// What a person sees is found by role and visible text; axe runs after each press, in both views.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { open, fillSession, setView, expectNoAxeViolations } from './helpers.js';

const GOLDEN = readFileSync(new URL('../../tests/fixtures/record-note.txt', import.meta.url), 'utf8');
const COPY = 'Copy a note for the record';
const COPIED = 'Copied. Paste it into the record.';
const BY_HAND = 'This browser did not allow copying. The note is below and selected: copy it by hand.';
const BOX = 'Note for the record';
// What the consultation types into the notes box (helpers.js NOTES), which the note never holds.
const TYPED = ['Bring my daughter', '<script>', 'onerror'];

/** The status line that says what the press did. */
const status = (page, text) => page.getByRole('main').getByRole('status').filter({ hasText: text });
const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page, text) => page.evaluate((t) => navigator.clipboard.writeText(t), text);

/** Every value kept in this tab's and this site's storage, as text. */
const stored = (page) => page.evaluate(() => [sessionStorage, localStorage]
  .flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n'));

test.describe('the note for the record, copied', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('on the press only, the note of the consultation goes to the clipboard, in both views', async ({ page }) => {
    const errors = await open(page, '#/');
    await writeClipboard(page, 'left on the clipboard before');
    await fillSession(page);
    const main = page.getByRole('main');
    const button = main.getByRole('button', { name: COPY, exact: true });
    await expect(button).toBeVisible();
    // Nothing is copied, and no note is shown, before the press.
    expect(await readClipboard(page)).toBe('left on the clipboard before');
    await expect(main.getByRole('textbox', { name: BOX })).toHaveCount(0);

    await button.click();
    await expect(status(page, COPIED)).toHaveText(COPIED);
    const copied = await readClipboard(page);
    expect(copied).toBe(GOLDEN);
    for (const typed of TYPED) expect(copied).not.toContain(typed);
    // Copied, not shown and not kept: no box, and nothing of the note in storage.
    await expect(main.getByRole('textbox', { name: BOX })).toHaveCount(0);
    expect(await stored(page)).not.toContain('Options discussed');
    await expectNoAxeViolations(page, 'the summary after copying the note (patient view)');

    await setView(page, 'Clinician');
    await writeClipboard(page, 'left on the clipboard before');
    await main.getByRole('button', { name: COPY, exact: true }).click();
    await expect.poll(() => readClipboard(page)).toBe(GOLDEN);
    await expect(status(page, COPIED)).toHaveText(COPIED);
    await expectNoAxeViolations(page, 'the summary after copying the note (clinician view)');
    expect(errors).toEqual([]);
  });
});

/** Ways a browser refuses: the write is rejected, or there is no clipboard at all. */
const REFUSALS = [
  {
    name: 'the browser rejects the write',
    script: () => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    },
  },
  {
    name: 'the browser has no clipboard',
    script: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    },
  },
];

test.describe('the note for the record, copied by hand', () => {
  for (const refusal of REFUSALS) {
    test(`when ${refusal.name}, the note is shown selected in a read-only box, and the status says to copy it by hand`, async ({ page }) => {
      await page.addInitScript(refusal.script);
      const errors = await open(page, '#/');
      await fillSession(page);
      const main = page.getByRole('main');
      await main.getByRole('button', { name: COPY, exact: true }).click();

      await expect(status(page, BY_HAND)).toHaveText(BY_HAND);
      const box = main.getByRole('textbox', { name: BOX });
      await expect(box).toBeVisible();
      await expect(box).toHaveValue(GOLDEN);
      await expect(box).not.toBeEditable();
      await expect(box).toBeFocused();
      // All of it selected, ready for Ctrl+C or a long press.
      expect(await box.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([0, GOLDEN.length]);
      for (const typed of TYPED) expect(await box.inputValue()).not.toContain(typed);
      await expect(status(page, COPIED)).toHaveCount(0);
      await expectNoAxeViolations(page, `the summary with the note to copy by hand (${refusal.name}, patient view)`);

      // The box stays through a change of view, and is selected again on another press.
      await setView(page, 'Clinician');
      await expect(box).toHaveValue(GOLDEN);
      await main.getByRole('button', { name: COPY, exact: true }).click();
      await expect(box).toBeFocused();
      expect(await box.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([0, GOLDEN.length]);
      await expect(status(page, BY_HAND)).toHaveText(BY_HAND);
      await expectNoAxeViolations(page, `the summary with the note to copy by hand (${refusal.name}, clinician view)`);
      // Neither the button nor the note is printed with the summary.
      await page.emulateMedia({ media: 'print' });
      await expect(main.getByRole('button', { name: COPY, exact: true })).toBeHidden();
      await expect(box).toBeHidden();
      expect(errors).toEqual([]);
    });
  }
});
