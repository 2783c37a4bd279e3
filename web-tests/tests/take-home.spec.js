// Take it home: the large-print summary with its pictures, the clinic's contact and a
// QR code; the clinic settings that fill them; read-aloud with on-device voices only; and the
// note when her leaning and her values point different ways.
import { test, expect } from '@playwright/test';
import {
  open, mainHeading, goToStep, choose, setView, fillSession, pdfPageCount, pdfText, pdfPageTexts, expectKeptTogether, expectNoAxeViolations,
  stubSpeech, spoken, cancels, decodeQr, showDisplaySwitches, CLOUD_VOICE, DEVICE_VOICE, NOTES, TICKED_QUESTIONS, RATINGS, LEANING,
} from './helpers.js';

const READ = 'Read this page aloud';
const STOP = 'Stop reading aloud';
const NO_VOICE = "This device has no voice of its own, so nothing is read aloud. A voice from the internet would send the page's words off this device.";
const TAKE_HOME = 'For her to take home (large print)';
const ASK_TEAM = 'Ask your care team who to call with questions, and write their name and number here:';
const readStatus = (page) => page.getByRole('main').locator('.read-aloud__status');

/** The smallest computed font size, in points, of any text in the take-home view. */
async function smallestTextPt(page) {
  return page.locator('.page--take-home').evaluate((root) => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !el.getClientRects().length) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * 0.75);
    }
    return smallest;
  });
}

async function setTextSize(page, size) {
  await showDisplaySwitches(page);
  await page.getByRole('group', { name: 'Size of the text' }).getByRole('button', { name: new RegExp(`^(✓ )?${size}$`) }).click();
}

test.describe('read-aloud', () => {
  test('with only a cloud voice (a desktop browser) nothing is spoken, and the control says why', async ({ page }) => {
    await stubSpeech(page, { voices: [CLOUD_VOICE] });
    const errors = await open(page, '#/survival');
    await page.getByRole('button', { name: READ }).click();
    await expect(readStatus(page)).toHaveText(NO_VOICE);
    expect(await spoken(page)).toEqual([]);
    await expect(page.getByRole('button', { name: READ })).toHaveAttribute('aria-pressed', 'false');
    expect(errors).toEqual([]);
  });

  test('with an on-device voice it reads the visible layer in order with that voice, skipping controls', async ({ page }) => {
    await stubSpeech(page, { voices: [CLOUD_VOICE, DEVICE_VOICE] });
    await open(page, '#/survival');
    const main = page.getByRole('main');
    const keyPoints = await main.getByRole('list', { name: 'Key points' }).getByRole('listitem').allInnerTexts();
    const hidden = (await main.locator('details.more:not([open]) .more__body p').first().textContent()).trim();
    expect(hidden.length).toBeGreaterThan(40);
    await page.getByRole('button', { name: READ }).click();
    await expect(readStatus(page)).toHaveText('Reading aloud with a voice on this device.');
    await expect(page.getByRole('button', { name: STOP })).toHaveAttribute('aria-pressed', 'true');
    const said = await spoken(page);
    expect(said.length).toBeGreaterThan(3);
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set([DEVICE_VOICE.name]));
    const texts = said.map((s) => s.text);
    expect(texts[0]).toBe('Survival');
    // Reading order: the key points come next, in the order shown.
    expect(texts.slice(1, 1 + keyPoints.length)).toEqual(keyPoints.map((k) => k.replace(/\s+/g, ' ').trim()));
    const all = texts.join(' | ');
    for (const control of [READ, 'Next:', 'Back:', 'End session', 'Show numbers as', 'Skip to the page content']) {
      expect(all, `"${control}" is a control, not read`).not.toContain(control);
    }
    expect(all, 'a closed disclosure is not read').not.toContain(hidden.slice(0, 40));
    // A picture's words are read once, from the sentence printed under it.
    const picture = await main.locator('svg.icon-array').first().getAttribute('aria-label');
    expect(texts.filter((t) => t.includes(picture))).toHaveLength(1);
  });

  // The voice goes by the page's language, whatever the browser calls its default. The lists are
  // the ones browsers give: Safari marks every voice the default; Chrome on Android lists
  // languages that are not installed, with its default in another; a device may have voices of
  // other languages only. (A desktop with cloud voices only: the first test above.)
  const voice = (name, lang, { local = true, isDefault = false } = {}) => ({ name, lang, localService: local, default: isDefault, voiceURI: name });
  const VOICE_LISTS = [
    {
      browser: "Safari (every voice says it is the default, English not first)",
      voices: [voice('Maged', 'ar-001', { isDefault: true }), voice('Thomas', 'fr-FR', { isDefault: true }), voice('Karen', 'en-AU', { isDefault: true }), voice('Daniel', 'en-GB', { isDefault: true })],
      reads: 'Karen',
    },
    {
      browser: 'Chrome on Android (uninstalled languages listed, the default in Hindi)',
      voices: [voice('hi-in-x-hia-local', 'hi_IN', { isDefault: true }), voice('de-de-x-nfh-local', 'de_DE'), voice('en-us-x-sfg-local', 'en_US')],
      reads: 'en-us-x-sfg-local',
    },
    {
      browser: 'a device with voices of other languages only',
      voices: [voice('Amélie', 'fr-CA', { isDefault: true }), voice('Monica', 'es-ES')],
      says: 'This device has no voice of its own in the language of this page, so nothing is read aloud.',
    },
  ];
  for (const { browser, voices, reads, says } of VOICE_LISTS) {
    test(`chooses by the page's language: ${browser}`, async ({ page }) => {
      await stubSpeech(page, { voices });
      const errors = await open(page, '#/options');
      await page.getByRole('button', { name: READ }).click();
      if (reads) {
        await expect(readStatus(page)).toHaveText('Reading aloud with a voice on this device.');
        const said = await spoken(page);
        expect(said.length).toBeGreaterThan(1);
        expect(new Set(said.map((s) => s.voice))).toEqual(new Set([reads]));
      } else {
        await expect(readStatus(page)).toHaveText(says);
        expect(await spoken(page)).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }

  test('stops on Stop, on leaving the page and on End session; an error says "Reading aloud stopped"', async ({ page }) => {
    await stubSpeech(page, { voices: [DEVICE_VOICE] });
    const errors = await open(page, '#/options');
    await page.getByRole('button', { name: READ }).click();
    await page.getByRole('button', { name: STOP }).click();
    await expect(page.getByRole('button', { name: READ })).toBeVisible();
    let stops = await cancels(page);

    await page.getByRole('button', { name: READ }).click();
    await page.getByRole('link', { name: /^Next:/ }).click();
    await expect(mainHeading(page, 'What the studies show')).toBeVisible();
    expect(await cancels(page), 'leaving the page stops the reading').toBeGreaterThan(stops);
    await expect(page.getByRole('button', { name: READ })).toHaveAttribute('aria-pressed', 'false');
    stops = await cancels(page);

    await page.getByRole('button', { name: READ }).click();
    await page.getByRole('button', { name: 'End session', exact: true }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session and clear answers' }).click();
    await expect(mainHeading(page, 'Start')).toBeVisible();
    expect(await cancels(page), 'End session stops the reading').toBeGreaterThan(stops);
    expect(errors).toEqual([]);
  });

  test('stops on the idle timeout, even with no answers to clear', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
    await stubSpeech(page, { voices: [DEVICE_VOICE] });
    await open(page, '#/life');
    await page.getByRole('button', { name: READ }).click();
    const stops = await cancels(page);
    await page.clock.fastForward('20:10');
    await expect.poll(() => cancels(page), { message: 'the idle timeout stops the reading' }).toBeGreaterThan(stops);
    await expect(page.getByRole('button', { name: READ })).toHaveAttribute('aria-pressed', 'false');
  });

  test('a speech error is shown as "Reading aloud stopped.", never a crash', async ({ page }) => {
    await stubSpeech(page, { voices: [DEVICE_VOICE], fail: true });
    const errors = await open(page, '#/harms');
    await page.getByRole('button', { name: READ }).click();
    await expect(readStatus(page)).toHaveText('Reading aloud stopped.');
    await expect(page.getByRole('button', { name: READ })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('the clinic contact and the address for the QR code', () => {
  test('are kept with the clinic settings, refused when too long or not a web address, and printed as text', async ({ page }) => {
    const errors = await open(page, '#/settings');
    const contact = page.getByRole('group', { name: "The clinic's contact, printed on the take-home summary" });
    await contact.getByRole('textbox', { name: 'Clinic', exact: true }).fill('Breast Unit <b>West</b>');
    await contact.getByRole('textbox', { name: 'Phone' }).fill('0123 456 7890');
    await contact.getByRole('textbox', { name: 'Who to ask' }).fill('The breast care nurses');
    await contact.getByRole('textbox', { name: 'When to call' }).fill('Monday to Friday, 9 to 5');
    // Too long: refused with the limit; what was typed stays in the field, the saved line does not change.
    const phone = contact.getByRole('textbox', { name: 'Phone' });
    await phone.fill('9'.repeat(41));
    await expect(contact.getByRole('alert')).toHaveText('Too long: 41 characters. At most 40; this line is not saved until it is shorter.');
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveValue('9'.repeat(41));
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('0123 456 7890');
    await page.getByRole('textbox', { name: 'Phone' }).fill('0123 456 7890');
    await expect(contact.getByRole('alert')).toHaveCount(0);

    const address = page.getByRole('textbox', { name: 'Web address' });
    await address.fill('javascript:alert(1)');
    await expect(page.getByRole('alert')).toHaveText('Not used for the QR code: The address must start with https:// or http://.');
    await address.fill('https://clinic.example.org/aid/');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'QR code that opens this aid' })).toBeVisible();
    await expect(page.locator('.qr__address')).toHaveText('https://clinic.example.org/aid/');
    expect(await decodeQr(page.getByRole('main'))).toBe('https://clinic.example.org/aid/');
    await expectNoAxeViolations(page, 'clinic settings with the contact block');

    // Kept on this device with the clinic settings (not with patient data), and survive End session.
    // (The settings are stored as hexadecimal bytes.)
    const hex = Buffer.from('Breast Unit').toString('hex');
    const stored = await page.evaluate(() => ({ local: localStorage.getItem('lta.settings'), session: JSON.stringify(sessionStorage) }));
    expect(stored.local).toContain(hex);
    expect(stored.session).not.toContain(hex);
    expect(stored.session).not.toContain('Breast Unit');
    await page.getByRole('button', { name: 'End session', exact: true }).click();
    await page.getByRole('dialog', { name: 'End this session?' }).getByRole('button', { name: 'End session and clear answers' }).click();
    await expect(mainHeading(page, 'Start')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('lta.settings'))).toBe(stored.local);
    await page.goto('./#/settings');
    await expect(page.getByRole('textbox', { name: 'Clinic', exact: true })).toHaveValue('Breast Unit <b>West</b>');

    await open(page, '#/take-home');
    const block = page.getByRole('region', { name: 'Who to contact' });
    await expect(block.locator('dt')).toHaveText(['Clinic', 'Phone', 'Who to ask', 'When to call']);
    await expect(block.locator('dd')).toHaveText(['Breast Unit <b>West</b>', '0123 456 7890', 'The breast care nurses', 'Monday to Friday, 9 to 5']);
    await expect(block.locator('b')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Read this aid again' }).locator('.qr__address')).toHaveText('https://clinic.example.org/aid/');
    await open(page, '#/about');
    await expect(page.getByRole('region', { name: 'Open this aid on your own phone' }).locator('.qr__address')).toHaveText('https://clinic.example.org/aid/');
    expect(errors).toEqual([]);
  });

  test('with none set, the print says to ask the care team and the code opens the address the aid is served from', async ({ page, baseURL }) => {
    await open(page, '#/take-home');
    await expect(page.getByRole('region', { name: 'Who to contact' })).toContainText(ASK_TEAM);
    await expect(page.locator('.qr__address')).toHaveText(new URL(baseURL).origin + '/');
  });
});

test.describe('the take-home print', () => {
  for (const view of ['Patient view', 'Clinician view']) {
    test(`holds her answers in large print with the key pictures, on A4 and Letter (${view})`, async ({ page }) => {
      test.setTimeout(180_000);
      await stubSpeech(page, { voices: [DEVICE_VOICE] });
      const errors = await open(page);
      await setView(page, view);
      await fillSession(page);
      await page.getByRole('link', { name: TAKE_HOME }).click();
      await expect(mainHeading(page, 'To take home')).toBeVisible();
      const main = page.getByRole('main');
      // Plain words in either view: it is hers.
      await expect(main.getByRole('region', { name: 'Your options' })).toContainText('Keep to your medicines. Treat the breast later only if it causes problems.');
      const numbers = main.getByRole('region', { name: 'Key numbers' });
      await expect(numbers.locator('.take-home__picture > h3')).toHaveText(['Survival', 'Control of the breast tumour']);
      await expect(numbers.getByRole('img', { name: /out of 100/i })).not.toHaveCount(0);
      await expect(numbers).toContainText('3 years after joining the study');
      await expect(numbers).toContainText('Worked out, not counted:');
      // Each picture comes with its step's key points, so the print says what the picture alone does not.
      await expect(numbers.locator('.take-home__key-points').first()).toContainText('Another saw the cancer elsewhere grow sooner after treating the breast.');
      const values = main.getByRole('region', { name: 'What matters to you' });
      for (const [item] of RATINGS) await expect(values).toContainText(item);
      await expect(values).toContainText(`Which way you are leaning: ${LEANING}`);
      const questions = main.getByRole('region', { name: 'Your questions and notes' });
      for (const q of TICKED_QUESTIONS) await expect(questions).toContainText(q);
      await expect(questions.locator('.take-home__notes')).toHaveText(NOTES);
      await expect(questions.locator('img, script')).toHaveCount(0);
      await expect(main.getByRole('region', { name: 'About this summary' })).toContainText('This aid is not medical advice.');
      await expect(main.getByRole('region', { name: 'About this summary' })).toContainText('Evidence version');
      await expectNoAxeViolations(page, `the take-home view (${view})`);
      // The QR code carries the address the aid is served from, and nothing she entered.
      const again = main.getByRole('region', { name: 'Read this aid again' });
      const served = new URL('./', page.url()).href;
      await expect(again.locator('.qr__address')).toHaveText(served);
      expect(await decodeQr(again)).toBe(served);

      // Read aloud here too: her answers are read, with the on-device voice only.
      await page.getByRole('button', { name: READ }).click();
      const said = (await spoken(page)).map((s) => s.text).join(' | ');
      expect(said).toContain(TICKED_QUESTIONS[0]);
      await page.getByRole('button', { name: STOP }).click();

      await page.emulateMedia({ media: 'print' });
      for (const size of ['Standard', 'Large', 'Larger']) {
        await page.emulateMedia({ media: 'screen' });
        await setTextSize(page, size);
        await page.emulateMedia({ media: 'print' });
        const smallest = await smallestTextPt(page);
        console.log(`take-home print, ${view}, text size ${size}: smallest text ${smallest} pt`);
        expect(smallest, 'every text on the take-home print is 14 pt or more').toBeGreaterThanOrEqual(14);
        for (const format of ['A4', 'Letter']) {
          const pdf = await page.pdf({ format });
          const pages = pdfPageCount(pdf);
          console.log(`take-home print, ${view}, ${size}, ${format}: ${pages} page(s)`);
          // Measured with the harms printed beside the gains and every picture kept with its
          // heading (evidence 2026.3): 5 pages at Standard, 6-7 at Large, 7-8 at Larger.
          expect(pages, `${format} pages at ${size}`).toBeLessThanOrEqual({ Standard: 5, Large: 7, Larger: 8 }[size]);
          const text = pdfText(pdf);
          // Each option's harms are printed beside its gains, with the same kind of number, and
          // no picture or list of harms is cut from its heading.
          for (const shown of ['Key harms, in numbers', 'Could it cause arm swelling?', 'What other problems can it cause?', 'Main downside:', 'Worked out, not counted:', 'Whose numbers:']) {
            expect(text, `take-home print shows "${shown}"`).toContain(shown);
          }
          expectKeptTogether(pdfPageTexts(pdf), [
            ['the number who were alive 3 years after joining the study', 'Women who kept to medicines alone'],
            ['the number who had the cancer in the breast area grow again within 3 years', 'Women who kept to medicines alone'],
            ['Could it cause arm swelling?', 'Join a clinical trial, if one is open'],
            ['What other problems can it cause?', 'Join a clinical trial, if one is open'],
          ], `take-home print, ${view}, ${size}, ${format}`);
          for (const q of TICKED_QUESTIONS) expect(text).toContain(q);
          // (Lines wrap differently in large print: the note is looked for in pieces.)
          for (const piece of ['Ask about <img src=x onerror=alert(1)> and', 'Bring my daughter & my list.']) expect(text).toContain(piece);
          expect(text).toContain(ASK_TEAM);
          expect(text).toContain('The code holds only this address, none of your answers.');
          for (const chrome of [READ, 'Print in large print', 'Back to the summary', 'End session', 'Clinic settings']) {
            expect(text, `"${chrome}" is not printed`).not.toContain(chrome);
          }
        }
      }
      await page.emulateMedia({ media: 'screen' });
      await setTextSize(page, 'Standard');
      expect(errors).toEqual([]);
    });
  }

  test("the clinician's summary follows the text size and stays on two pages", async ({ page }) => {
    test.setTimeout(120_000);
    await open(page);
    await fillSession(page);
    let previous = 0;
    for (const size of ['Standard', 'Large', 'Larger']) {
      await setTextSize(page, size);
      await page.emulateMedia({ media: 'print' });
      const body = await page.locator('.page--summary').evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * 0.75);
      expect(body, `${size} prints larger than the size before`).toBeGreaterThan(previous);
      previous = body;
      for (const format of ['A4', 'Letter']) {
        const pages = pdfPageCount(await page.pdf({ format }));
        console.log(`clinician's summary, text size ${size} (${body.toFixed(1)} pt), ${format}: ${pages} page(s)`);
        expect(pages).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

test('when her leaning and what matters most point different ways, the values step and the summaries say so, and never advise', async ({ page }) => {
  const errors = await open(page);
  await goToStep(page, 'What matters to you');
  const note = page.getByRole('note').filter({ hasText: 'seem to point different ways' });
  await choose(page, 'Avoiding an operation', 'Very important');
  await choose(page, 'Which way are you leaning now?', 'Treat the breast now');
  await expect(note).toContainText('The way you are leaning and what you said matters most to you seem to point different ways.');
  await expect(note).toContainText('Most important to you: Avoiding an operation.');
  await expect(note).toContainText('talk it through');
  await expect(note).not.toContainText(/should|recommend/i);
  // The same rule the other way round.
  await choose(page, 'Which way are you leaning now?', 'Medicines now, breast later if needed');
  await expect(note).toHaveCount(0);
  await choose(page, 'Avoiding an operation', 'Not important');
  await choose(page, 'Keeping the cancer in my breast under control', 'Very important');
  await expect(note).toContainText('Most important to you: Keeping the cancer in my breast under control.');
  await goToStep(page, 'Summary');
  await expect(page.getByRole('note').filter({ hasText: 'seem to point different ways' })).toBeVisible();
  await page.getByRole('link', { name: TAKE_HOME }).click();
  await expect(page.getByRole('region', { name: 'What matters to you' }).getByRole('note')).toContainText('seem to point different ways');
  // Not sure yet: no way to disagree.
  await goToStep(page, 'What matters to you');
  await choose(page, 'Which way are you leaning now?', 'Not sure yet');
  await expect(note).toHaveCount(0);
  expect(errors).toEqual([]);
});
