// The counselling walk-through, as a patient and as a clinician would use it: every
// step by role and visible text, tailoring by her situation, the figures in three formats, her
// values, SURE, questions and notes, the summary, and the printed summary (1–2 pages, no chrome).
import { test, expect } from '@playwright/test';
import {
  open, STEPS, stepOf, mainHeading, goToStep, next, choose, setView, fillSituation, fillSession, openMore, openAll,
  SITUATION, RATINGS, LEANING, SURE_QUESTIONS, SURE_END, TICKED_QUESTIONS, NOTES, pdfPageCount, pdfText, questionName,
} from './helpers.js';

const OPTIONS = [
  'Medicines now, breast later if needed',
  'Add an operation on the breast',
  'Add radiotherapy to the breast',
  'Join a clinical trial, if one is open',
];
const TRIALS = ['Tata Memorial', 'MF07-01', 'ECOG-ACRIN E2108', 'JCOG1017', 'ABCSG-28 POSYTIVE', 'Thai trial', 'SUBMIT'];
const CARD_BOTH_CONTROLLED = 'If the breast and the cancer elsewhere are both under control';
const CARD_FEW_SPOTS = 'If there are only a few spots elsewhere that could all be treated';
const CARD_IF_TREATED = 'If you choose to have the breast treated';
const CARD_GROWING = 'If the cancer elsewhere is growing';
const CARD_TRIAL = 'If a clinical trial is open to you';

/** Watches for any alert/confirm/prompt: typed notes must never run as code. */
function watchDialogs(page) {
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
  return dialogs;
}

const progress = (page, n) => page.getByRole('navigation', { name: 'Steps' }).getByText(`Step ${n} of ${STEPS.length}`, { exact: true });
const main = (page) => page.getByRole('main');
const card = (page, heading) => main(page).locator('.card', { has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });
/** Expects the option columns of a table in this order (waits for the table to update). */
const expectOptionOrder = (table, order) => expect(table.getByRole('columnheader'))
  .toHaveText(order.map((o) => new RegExp(`^${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));

/** Checks the figures of an outcome step in the chosen format. */
async function expectFormat(page, format) {
  const group = page.getByRole('group', { name: 'Show numbers as' });
  await group.getByRole('button', { name: format }).click();
  await expect(group.getByRole('button', { name: format })).toHaveAttribute('aria-pressed', 'true');
  await expect(group.getByRole('button', { pressed: true })).toHaveCount(1);
  const pictures = main(page).getByRole('img', { name: /^Out of 100 / });
  const tables = main(page).getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Range' }) });
  if (format === 'Pictures') {
    await expect(pictures.first()).toBeVisible();
    await expect(tables).toHaveCount(0);
  } else if (format === 'Table') {
    await expect(tables.first()).toBeVisible();
    await expect(tables.first().getByRole('columnheader', { name: 'Group' })).toBeVisible();
    await expect(pictures).toHaveCount(0);
  } else {
    await expect(main(page).getByRole('listitem').filter({ hasText: /^Out of 100 women / }).first()).toBeVisible();
    await expect(pictures).toHaveCount(0);
    await expect(tables).toHaveCount(0);
  }
}

test.describe('the walk-through in the patient view', () => {
  test('a patient walks every step with Next, and the summary shows everything she entered', async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs = watchDialogs(page);
    const errors = await open(page);

    // 1. Start
    await expect(mainHeading(page, 'Start')).toBeVisible();
    await expect(progress(page, 1)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Who the screen is written for' }).getByRole('button', { name: 'Patient view' }))
      .toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: 'The decision' })).toContainText('Should you have the breast treated now');
    await expect(main(page).getByRole('list', { name: 'Key points' })).toContainText('It does not tell you what to choose.');
    await expect(main(page).getByText('Nothing you enter leaves this device.')).toBeVisible();
    // Who the numbers are about, the evidence version and the SURE test are one tap away.
    const audience = await openMore(main(page), 'Who the numbers are about');
    await openMore(main(page), 'About this aid and its evidence');
    await expect(main(page).getByText(/^Evidence version \S+, reviewed on \d{4}-\d{2}-\d{2}\. Next review due \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
    // Glossary terms are explained where they appear.
    const term = audience.getByRole('button', { name: 'arm swelling' });
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('note').filter({ hasText: /^lymphoedema: Swelling of the arm or hand/ })).toBeVisible();
    await term.click();
    await expect(page.getByRole('note').filter({ hasText: /^lymphoedema: / })).toBeHidden();
    const startSure = await openMore(main(page), 'How sure do you feel now');
    for (const q of SURE_QUESTIONS.slice(0, 3)) await choose(startSure, q, 'Yes');
    await expect(startSure.getByText(/You answered yes to/)).toHaveCount(0);
    await choose(startSure, SURE_QUESTIONS[3], 'Yes');
    await expect(startSure.getByText('You answered yes to 4 of 4 questions.')).toBeVisible();
    await expect(startSure.getByText(/You seem ready to talk about a choice/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Back and next' }).getByRole('link', { name: /^Back/ })).toHaveCount(0);
    await next(page, 'Your situation');

    // 2. Your situation
    await expect(progress(page, 2)).toBeVisible();
    const guidance = page.getByRole('region', { name: 'What the 2015 review concluded for situations like this' });
    await expect(guidance).toContainText('Answer the questions above');
    await expect(page.getByRole('heading', { name: 'Evidence that applies to you' })).toHaveCount(0);
    for (const [question, answer] of SITUATION) await choose(page, question, answer);
    for (const heading of [CARD_BOTH_CONTROLLED, CARD_FEW_SPOTS, CARD_IF_TREATED]) {
      await expect(guidance.getByRole('heading', { level: 3, name: heading })).toBeVisible();
    }
    await expect(guidance.getByRole('heading', { name: CARD_GROWING })).toHaveCount(0);
    await expect(guidance.getByRole('heading', { name: CARD_TRIAL })).toHaveCount(0);
    await expect(guidance).toContainText('not a recommendation from this aid');
    const evidence = page.getByRole('region', { name: 'Evidence that applies to you' });
    for (const heading of ['Spread to bone only', 'Spread to one or a few spots', 'Hormone receptor positive', 'HER2 negative']) {
      await expect(evidence.getByRole('heading', { level: 3, name: heading })).toBeVisible();
    }
    await expect(evidence.getByRole('heading', { name: 'Triple negative' })).toHaveCount(0);
    await expect(card(page, 'Spread to bone only').getByText(/^Hypothesis only/)).toBeVisible();
    await expect(card(page, 'Spread to bone only')).toContainText('it is an idea to test, not an answer');
    // The patient view shows no hazard ratios.
    await expect(evidence.getByText(/HR 0\.47/)).toHaveCount(0);
    // Tailoring follows the answers: growing elsewhere shows that card instead.
    await choose(page, 'How is the cancer elsewhere in your body doing on medicines?', 'It is growing');
    await expect(guidance.getByRole('heading', { level: 3, name: CARD_GROWING })).toBeVisible();
    await expect(guidance.getByRole('heading', { name: CARD_BOTH_CONTROLLED })).toHaveCount(0);
    await choose(page, 'How is the cancer elsewhere in your body doing on medicines?', 'It is shrinking or staying the same');
    await expect(guidance.getByRole('heading', { level: 3, name: CARD_BOTH_CONTROLLED })).toBeVisible();
    await next(page, 'The options');

    // 3. The options
    await expect(progress(page, 3)).toBeVisible();
    const grid = page.getByRole('table', { name: 'The options at a glance, one column each' });
    await expectOptionOrder(grid, OPTIONS);
    await expect(grid.getByRole('rowheader', { name: 'Will it help me live longer?' })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: 'Could it cause arm swelling?' })).toBeVisible();
    await expect(grid.getByRole('cell').filter({ hasText: /^About 68 out of 100 alive after 3 years \(no range reported\)\./ })).toBeVisible();
    // Harms are at the same layer as gains: every option answers in numbers, or says none was found.
    await expect(grid.getByRole('rowheader', { name: 'What other problems can it cause?' })).toBeVisible();
    await expect(grid.getByRole('cell').filter({ hasText: /no number was found/ })).not.toHaveCount(0);
    // The other questions and the full answers are one tap away.
    await expect(page.getByRole('rowheader', { name: 'How much time will it take?' })).toHaveCount(0);
    await openMore(main(page), 'Every question, with the full answers');
    const full = page.getByRole('table', { name: 'Every question about the options, answered in full, one column each' });
    await expect(full.getByRole('rowheader', { name: 'How much time will it take?' })).toBeVisible();
    await page.getByRole('button', { name: 'Reverse the order of the options' }).click();
    await expectOptionOrder(grid, [...OPTIONS].reverse());
    await expectOptionOrder(full, [...OPTIONS].reverse());
    await openMore(main(page), 'Each option in more detail');
    const details = main(page).getByRole('heading', { level: 2 });
    await expect(details).toHaveText([...OPTIONS].reverse());
    await next(page, 'What the studies show');

    // 4. What the studies show
    await expect(progress(page, 4)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Why older studies and newer trials disagree' })).toBeVisible();
    await openMore(main(page), 'More about how the groups differed');
    await expect(main(page).getByText('Women chosen for an operation were more often')).toBeVisible();
    await openMore(main(page), 'Show each randomised trial');
    const trials = page.getByRole('region', { name: 'The randomised trials' }).getByRole('table');
    for (const trial of TRIALS) await expect(trials.getByRole('rowheader', { name: trial })).toBeVisible();
    for (const column of ['Trial and status', 'Country and years', 'Size', 'Design', 'When chance decided', 'What it found']) {
      // Column headings (shown as a table where it fits, named on each cell where it stacks).
      await expect(trials.getByRole('columnheader', { name: column, exact: true })).toHaveCount(1);
    }
    // Every trial's row says what it compared (the design column is filled from the study records).
    const designColumn = await trials.getByRole('columnheader').allInnerTexts().then((names) => names.indexOf('Design'));
    for (const trial of TRIALS) {
      const design = trials.getByRole('row').filter({ has: page.getByRole('rowheader', { name: trial }) }).getByRole('cell').nth(designColumn - 1);
      await expect(design).toHaveText(/fair trial/i);
    }
    // The selection-bias picture: who was in each group, in older studies and in fair trials.
    const bias = page.getByRole('region', { name: 'Why older studies and newer trials disagree' });
    await expect(bias.getByRole('heading', { level: 3, name: 'Older studies: doctors and women chose' })).toBeVisible();
    await expect(bias.getByRole('heading', { level: 3, name: 'Fair trials: chance chose' })).toBeVisible();
    await expect(bias.getByRole('img', { name: 'Older studies, had an operation: most were doing well to begin with.' })).toBeVisible();
    await expect(bias.getByRole('img', { name: 'Older studies, no operation: most were less well to begin with.' })).toBeVisible();
    await expect(bias.getByRole('img', { name: /^Fair trials, .*: a mix, the same as the other group\.$/ })).toHaveCount(2);
    await expect(bias.getByText('This picture shows the idea. It does not show real numbers.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What changed since the 2015 review' })).toHaveCount(0);
    await next(page, 'Survival');

    // 5. Survival: pictures (default), table, words
    await expect(progress(page, 5)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Pictures' })).toHaveAttribute('aria-pressed', 'true');
    // First the key points and the one picture comparing the options.
    await expect(main(page).getByRole('list', { name: 'Key points' })).toContainText('found no clear gain in how long women lived');
    await expect(main(page).getByRole('list', { name: 'Key points' })).toContainText('the cancer elsewhere grow sooner');
    const keyNumbers = page.getByRole('region', { name: 'Key numbers' });
    await expect(keyNumbers.getByRole('img', { name: /^Out of 100 women who kept to medicines alone, about 68 were alive 3 years after joining the study/ })).toBeVisible();
    await expect(keyNumbers.getByRole('img', { name: /^Out of 100 women who were offered an operation on the breast \(worked out\), about 70 were alive 3 years/ })).toBeVisible();
    // A number no study counted says so, names what it rests on, and whose baseline it is.
    await expect(keyNumbers.getByText(/^Worked out, not counted: the aid's authors applied all 5 trials' result/)).toBeVisible();
    await expect(keyNumbers.getByText(/^Over time: a rough guide: in one trial the groups drew apart only after 3 years/)).toBeVisible();
    await expect(keyNumbers.getByText(/^Whose numbers: women on medicines alone in one trial in the USA and Canada, 2011 to 2015/)).toBeVisible();
    // Each trial's numbers one tap away.
    await openAll(page);
    const alive = main(page).getByRole('img', { name: /^Out of 100 women who were offered an operation before medicines, 19 were alive 10 years/ });
    await expect(alive).toBeVisible();
    await expect(main(page).getByText('Dashed box: the range the true number could be in').first()).toBeVisible();
    // Medians say their range (or that none was reported) and, where the trial found no real
    // difference, that it could be chance (POSYTIVE: 34.6 vs 54.8 months, P = 0.267).
    const posytive = main(page).locator('[data-figure="posytive-os-median"]');
    await expect(posytive.getByText('The difference between the groups could be due to chance.')).toBeVisible();
    // Neither number has a range: said once for the figure.
    await expect(posytive.getByText('No range was reported for these numbers.')).toHaveCount(1);
    await expectFormat(page, 'Table');
    await expect(posytive.getByRole('columnheader', { name: 'Range' })).toHaveCount(0);
    await expect(posytive.getByText('No range was reported for these numbers.')).toHaveCount(1);
    await expect(posytive.getByText('The difference between the groups could be due to chance.')).toBeVisible();
    await expectFormat(page, 'Words');
    await expect(main(page).getByRole('listitem').filter({ hasText: /^Out of 100 women who were offered an operation before medicines, 19 were alive 10 years after joining the study\. .*as low as 13/ })).toBeVisible();
    await expectFormat(page, 'Pictures');
    await expectFormat(page, 'Table');
    await next(page, 'Control of the breast tumour');

    // 6. Control of the breast tumour: the chosen format is kept from step to step
    await expect(progress(page, 6)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Show numbers as' }).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    await expect(main(page).getByRole('table').first()).toContainText('Women who kept to medicines alone');
    await expectFormat(page, 'Pictures');
    await openAll(page);
    await expect(main(page).getByRole('img', { name: /^Out of 100 women who kept to medicines alone, about 40 had the cancer in the breast area grow again within 3 years/ }).first()).toBeVisible();
    await next(page, 'Harms');

    // 7. Harms: first each option's harms in numbers (or that none was found)
    await expect(progress(page, 7)).toBeVisible();
    const harms = page.getByRole('table', { name: 'Key numbers for each choice' });
    await expect(harms.getByRole('rowheader', { name: 'Could it cause arm swelling?' })).toBeVisible();
    await expect(harms.getByRole('rowheader', { name: 'What other problems can it cause?' })).toBeVisible();
    await expect(harms.getByRole('cell').filter({ hasText: /about 20 out of 100 in the years after armpit clearance/ })).toBeVisible();
    await expect(harms.getByRole('cell').filter({ hasText: /^The tumour may grow, with pain, bleeding or a wound: no number was found\./ })).toBeVisible();
    await openAll(page);
    const swelling = page.getByRole('region', { name: 'Arm swelling (lymphoedema)' });
    await expect(swelling.getByRole('img', { name: /^Out of 100 women who had an armpit clearance, 16 had arm swelling/ })).toBeVisible();
    for (const heading of ['Wound problems', 'Other problems after the operation', 'A pause in medicines']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expectFormat(page, 'Words');
    await expect(swelling.getByRole('listitem').filter({ hasText: 'Out of 100 women who had an armpit clearance, 16 had arm swelling about 5 years after surgery.' })).toBeVisible();
    await expectFormat(page, 'Pictures');
    await next(page, 'Quality of life, time and cost');

    // 8. Quality of life, time and cost
    await expect(progress(page, 8)).toBeVisible();
    await openAll(page);
    await expect(page.getByRole('heading', { level: 2, name: 'How women felt in the trials' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Time, travel and cost' })).toBeVisible();
    // No figure on this step changes with the format, so there is no format switch.
    await expect(page.getByRole('group', { name: 'Show numbers as' })).toHaveCount(0);
    await next(page, 'What matters to you');

    // 9. What matters to you
    await expect(progress(page, 9)).toBeVisible();
    const said = page.getByRole('region', { name: 'What you said' });
    // Her answers are read back once there are any.
    await expect(said).toHaveCount(0);
    for (const [item, rating] of RATINGS) await choose(page, item, rating);
    await expect(said.getByRole('term')).toHaveText(['Very important', 'Important', 'A little important', 'Not important']);
    await expect(said.getByRole('definition').first()).toHaveText('Avoiding an operation');
    await expect(page.getByRole('button', { name: 'Clear my leaning' })).toHaveCount(0);
    await choose(page, 'Which way are you leaning now?', 'Treat the breast now');
    await choose(page, 'Which way are you leaning now?', LEANING);
    await expect(said.getByText(`You are leaning: ${LEANING}.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Clear my leaning' })).toBeVisible();
    // A switch of view mid-way keeps the step and every answer on it.
    await setView(page, 'Clinician view');
    await expect(mainHeading(page, 'What matters to you')).toBeVisible();
    for (const [item, rating] of RATINGS) {
      await expect(page.getByRole('group', { name: new RegExp(`^${item}`) }).getByRole('radio', { name: rating, exact: true })).toBeChecked();
    }
    await expect(said.getByText(`You are leaning: ${LEANING}.`)).toBeVisible();
    await setView(page, 'Patient view');
    await expect(said.getByText(`You are leaning: ${LEANING}.`)).toBeVisible();
    await next(page, 'Check how you feel');

    // 10. Check how you feel: a score of 2 offers help, with links to the steps that help
    await expect(progress(page, 10)).toBeVisible();
    await openMore(main(page), 'Where these questions come from');
    await expect(main(page).getByText(/^The SURE test\. Légaré F/)).toBeVisible();
    for (const [i, q] of SURE_QUESTIONS.entries()) await choose(page, q, SURE_END[i]);
    await expect(main(page).getByText('You answered yes to 2 of 4 questions.')).toBeVisible();
    await expect(main(page).getByText(/^It is normal to feel unsure/)).toBeVisible();
    const help = main(page).getByRole('list').filter({ hasText: 'Go back over the options' }).getByRole('listitem');
    await expect(help).toHaveCount(2);
    await expect(help.nth(0)).toContainText('Go back over the options side by side');
    await expect(help.nth(0).getByRole('link', { name: 'Go to this step' })).toHaveAttribute('href', '#/options');
    await expect(help.nth(1)).toContainText('Talk with family, friends or your care team');
    await expect(help.nth(1).getByRole('link', { name: 'Go to this step' })).toHaveAttribute('href', '#/questions');
    await help.nth(0).getByRole('link', { name: 'Go to this step' }).click();
    await expect(mainHeading(page, 'The options')).toBeFocused();
    await goToStep(page, 'Check how you feel');
    await expect(main(page).getByText('You answered yes to 2 of 4 questions.')).toBeVisible();
    await next(page, 'Your questions');

    // 11. Your questions: markup in the notes stays text
    await expect(progress(page, 11)).toBeVisible();
    for (const q of TICKED_QUESTIONS) await page.getByRole('checkbox', { name: q }).check();
    const notes = page.getByRole('textbox', { name: /^My notes/ });
    await notes.fill(NOTES);
    await expect(notes).toHaveValue(NOTES);
    await next(page, 'Check your understanding');

    // 12. Check your understanding (before the summary, which says what she got right)
    await expect(progress(page, 12)).toBeVisible();
    await choose(page, 'In most trials, did women who had the breast treated live longer?', 'No clear gain on average');
    const first = main(page).locator('.card', { has: page.getByRole('group', { name: /^In most trials/ }) });
    await expect(first.getByText("✓ That's right.")).toBeVisible();
    await choose(page, 'What does treating the breast do best?', 'It stops the cancer elsewhere in the body');
    const second = main(page).locator('.card', { has: page.getByRole('group', { name: /^What does treating the breast/ }) });
    await expect(second.getByText('✗ Not quite.')).toBeVisible();
    await expect(main(page).getByText('1 of 2 answers right so far.')).toBeVisible();
    await next(page, 'Summary');

    // 13. Summary
    await expect(progress(page, 13)).toBeVisible();
    await expectFilledSummary(page);
    await expect(page.getByRole('region', { name: 'Check your understanding' }).getByText('1 of 2 answers right.')).toBeVisible();
    await expect(main(page).getByText(/You took the full consultation\./)).toBeVisible();
    // The options are compared in the order she chose on the options step.
    await openMore(main(page), 'The options compared');
    await expectOptionOrder(page.getByRole('region', { name: 'The options compared' }).getByRole('table'), [...OPTIONS].reverse());
    expect(dialogs).toEqual([]);
    await next(page, 'Sources and about');

    // 14. Sources and about
    await expect(progress(page, 14)).toBeVisible();
    for (const heading of ['About this aid', 'How the evidence was chosen', 'Dates and updates', 'Limits of this aid', 'Privacy', 'Accessibility', 'Glossary', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(main(page).getByRole('paragraph').filter({ hasText: /^Funding:/ })).toContainText('No funding');
    await expect(main(page).getByText(/Flesch–Kincaid grade of [\d.]+/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Glossary' }).getByRole('term').filter({ hasText: /^lymphoedema$/ })).toBeVisible();
    expect(await page.getByRole('region', { name: 'Sources' }).getByRole('listitem').count()).toBeGreaterThan(10);
    const backNext = page.getByRole('navigation', { name: 'Back and next' });
    await expect(backNext.getByRole('link', { name: 'Back: Summary' })).toBeVisible();
    await expect(backNext.getByRole('link', { name: /^Next/ })).toHaveCount(0);

    // The knowledge check shows on the summary too, and a refresh of the tab loses nothing.
    await goToStep(page, 'Summary');
    await expect(page.getByRole('region', { name: 'Check your understanding' }).getByText('1 of 2 answers right.')).toBeVisible();
    await page.reload();
    await expect(mainHeading(page, 'Summary')).toBeVisible();
    await expectFilledSummary(page);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('Back goes through every step in reverse order', async ({ page }) => {
    await open(page, '#/about');
    for (let i = STEPS.length - 1; i > 0; i -= 1) {
      const back = page.getByRole('navigation', { name: 'Back and next' }).getByRole('link', { name: `Back: ${STEPS[i - 1].title}`, exact: true });
      await back.click();
      await expect(mainHeading(page, STEPS[i - 1].title)).toBeFocused();
      await expect(progress(page, i)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${STEPS[i - 1].hash.replace('/', '\\/')}$`));
    }
  });

  test('the step navigation reaches every step, marks the current one, and an unknown address is handled', async ({ page }) => {
    await open(page);
    const nav = page.getByRole('navigation', { name: 'Steps' });
    for (const [i, step] of [...STEPS.entries()].reverse()) {
      await goToStep(page, step.title);
      await expect(nav.locator('[aria-current="step"]')).toHaveText(`${i + 1}. ${step.title}`);
      await expect(nav.getByRole('link', { name: `${i + 1}. ${step.title}`, exact: true })).toHaveCount(0);
      await expect(page).toHaveTitle(`${step.title} · Local Therapy Decision Aid`);
    }
    await page.goto('./#/nope');
    await expect(mainHeading(page, 'Page not found')).toBeVisible();
    await expect(main(page)).toContainText('Nothing you entered has been lost.');
    await page.getByRole('link', { name: 'Go to the start' }).click();
    await expect(mainHeading(page, 'Start')).toBeVisible();
  });
});

test.describe('the walk-through in the clinician view', () => {
  test('a clinician walks every step and sees ratios, intervals, sources and what changed', async ({ page }) => {
    test.setTimeout(120_000);
    const dialogs = watchDialogs(page);
    const errors = await open(page);
    await setView(page, 'Clinician view');
    await expect(page.getByText('Clinician view: adds the statistics, design, certainty and sources of each study.')).toBeAttached();

    // Start
    await expect(page.getByRole('region', { name: 'The decision' })).toBeVisible();
    await openMore(main(page), 'How sure do you feel now');
    for (const q of SURE_QUESTIONS) await choose(page, q, 'No');
    await expect(main(page).getByText('You answered yes to 0 of 4 questions.')).toBeVisible();
    await next(page, 'Your situation');

    // Situation: the same cards, with the review's words, figures and sources
    await expect(progress(page, 2)).toBeVisible();
    for (const [question, answer] of SITUATION) await choose(page, question, answer);
    const both = card(page, CARD_BOTH_CONTROLLED);
    await expect(both).toBeVisible();
    await expect(both.getByText('Sources', { exact: true })).toBeVisible();
    const bone = card(page, 'Spread to bone only');
    await expect(bone.getByText(/^Hypothesis only/).first()).toBeVisible();
    await expect(bone).toContainText('HR 0.47 (95% CI 0.23–0.98)');
    await expect(bone.getByText(/Soran A/).first()).toBeVisible();
    await next(page, 'The options');

    // Options: the full grid names the evidence behind each cell
    await openMore(main(page), 'Every question, with the full answers');
    const grid = page.getByRole('table', { name: 'Every question about the options, answered in full, one column each' });
    await expectOptionOrder(grid, OPTIONS);
    await expect(grid.getByText(/^Evidence: /).first()).toBeVisible();
    await page.getByRole('button', { name: 'Reverse the order of the options' }).click();
    await expectOptionOrder(grid, [...OPTIONS].reverse());
    await page.getByRole('button', { name: 'Reverse the order of the options' }).click();
    await expectOptionOrder(grid, OPTIONS);
    await next(page, 'What the studies show');

    // Studies: the trials table adds local therapy and end points; what changed since 2015
    await openAll(page);
    const trials = page.getByRole('region', { name: 'The randomised trials' }).getByRole('table');
    for (const trial of TRIALS) await expect(trials.getByRole('rowheader', { name: trial })).toBeVisible();
    await expect(trials.getByRole('columnheader', { name: 'Local therapy' })).toHaveCount(1);
    await expect(trials.getByText(/^Primary end point:/).first()).toBeVisible();
    const changes = page.getByRole('region', { name: 'What changed since the 2015 review' });
    await expect(changes.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await changes.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(3);
    await expect(changes.getByText('The 2015 review said:').first()).toBeVisible();
    await expect(changes.getByText('Published since:').first()).toBeVisible();
    await next(page, 'Survival');

    // Survival: hazard ratios in words, design, certainty, verification, citation
    await openAll(page);
    await expect(main(page).getByText(/\bHR \d\.\d+ \(95% CI /).first()).toBeVisible();
    // A median with its interval: said in words and drawn as a dashed box on the bar.
    const tata = main(page).locator('[data-figure="tata-os-median"]');
    await expect(tata.getByText(/The true time could be as short as about 16 months or as long as about 22 months\./)).toBeVisible();
    await expect(tata.locator('.bars__track .bars__band')).toHaveCount(2);
    await expect(tata.getByText('The difference between the groups could be due to chance.')).toBeVisible();
    for (const term of ['Design', 'Certainty', 'Checked', 'Source']) {
      await expect(main(page).getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).first()).toBeVisible();
    }
    await expectFormat(page, 'Table');
    await expectFormat(page, 'Words');
    await expectFormat(page, 'Pictures');
    await next(page, 'Control of the breast tumour');
    await expect(main(page).getByRole('img', { name: /^Out of 100 women/ }).first()).toBeVisible();
    await next(page, 'Harms');
    await openAll(page);
    await expect(page.getByRole('region', { name: 'Arm swelling (lymphoedema)' }).getByText(/RR 1\.92 \(95% CI 1\.61–2\.28\)/).first()).toBeVisible();
    await next(page, 'Quality of life, time and cost');
    // Quality of life: the trials' findings with their sources and the one count behind them; the
    // format switch is hidden (a count looks the same in every format).
    await openAll(page);
    const feelings = page.getByRole('region', { name: 'How women felt in the trials' });
    await expect(feelings).toContainText('QLQ-C30');
    await expect(feelings.getByText('79 women whose quality-of-life questionnaires were analysed')).toBeVisible();
    await expect(feelings.getByText(/^Bjelic-Radisic V/).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Time, travel and cost' }).getByText('Sources', { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Show numbers as' })).toHaveCount(0);
    await next(page, 'What matters to you');

    for (const [item, rating] of RATINGS) await choose(page, item, rating);
    await choose(page, 'Which way are you leaning now?', LEANING);
    await next(page, 'Check how you feel');
    for (const [i, q] of SURE_QUESTIONS.entries()) await choose(page, q, SURE_END[i]);
    await expect(main(page).getByText('You answered yes to 2 of 4 questions.')).toBeVisible();
    await next(page, 'Your questions');
    for (const q of TICKED_QUESTIONS) await page.getByRole('checkbox', { name: q }).check();
    await page.getByRole('textbox', { name: /^My notes/ }).fill(NOTES);
    await next(page, 'Check your understanding');

    // The clinician view asks the 2015 review's CME questions.
    await choose(page, /^True or False: Systemic therapy is the primary treatment/, 'True');
    await expect(main(page).getByText("✓ That's right.")).toBeVisible();
    await expect(page.getByRole('group', { name: /^In most trials, did women/ })).toHaveCount(0);
    await next(page, 'Summary');
    await expectFilledSummary(page);
    await next(page, 'Sources and about');
    await expect(page.getByRole('heading', { level: 2, name: 'Sources', exact: true })).toBeVisible();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('switching views mid-way keeps everything entered', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await fillSession(page);
  const answersKept = async () => {
    await goToStep(page, 'Your situation');
    for (const [question, answer] of SITUATION) {
      await expect(page.getByRole('group', { name: questionName(question) })
        .getByRole('radio', { name: answer, exact: true })).toBeChecked();
    }
    await goToStep(page, 'What matters to you');
    for (const [item, rating] of RATINGS) {
      await expect(page.getByRole('group', { name: new RegExp(`^${item}`) }).getByRole('radio', { name: rating, exact: true })).toBeChecked();
    }
    await expect(page.getByRole('group', { name: 'Which way are you leaning now?' }).getByRole('radio', { name: LEANING })).toBeChecked();
    await goToStep(page, 'Your questions');
    for (const q of TICKED_QUESTIONS) await expect(page.getByRole('checkbox', { name: q })).toBeChecked();
    await expect(page.getByRole('textbox', { name: /^My notes/ })).toHaveValue(NOTES);
  };
  // Switch on a step with answers on screen, then check every step.
  await goToStep(page, 'What matters to you');
  await setView(page, 'Clinician view');
  await expect(mainHeading(page, 'What matters to you')).toBeVisible();
  await answersKept();
  await goToStep(page, 'Summary');
  await expectFilledSummary(page);
  await setView(page, 'Patient view');
  await expectFilledSummary(page);
  await answersKept();
});

/** The summary shows the situation, options, values, leaning, SURE scores, questions and notes. */
async function expectFilledSummary(page) {
  // Everything printed is on screen too, one tap away.
  await openAll(page);
  // The decision, in her words, in either view.
  await expect(page.getByRole('region', { name: 'The decision' })).toContainText(
    'Should you have the breast treated now, or keep to your medicines and treat it later if needed?');
  const situation = page.getByRole('region', { name: 'Your situation' });
  const terms = situation.getByRole('term');
  await expect(terms).toHaveCount(SITUATION.length);
  for (const [i, [question, answer]] of SITUATION.entries()) {
    await expect(terms.nth(i)).toContainText(question);
    await expect(situation.getByRole('definition').nth(i)).toHaveText(answer);
  }
  await expect(situation.getByText(`${CARD_BOTH_CONTROLLED}.`)).toBeVisible();
  const compared = page.getByRole('region', { name: 'The options compared', exact: true }).getByRole('table');
  await expect(compared.getByRole('columnheader')).toHaveCount(4);
  const values = page.getByRole('region', { name: 'What matters to you' });
  for (const [item, rating] of RATINGS) {
    await expect(values.getByRole('term').filter({ hasText: new RegExp(`^${rating}$`) })).toBeVisible();
    await expect(values.getByRole('definition').filter({ hasText: item })).toBeVisible();
  }
  await expect(values.getByText(`Leaning: ${LEANING}`)).toBeVisible();
  const sure = page.getByRole('region', { name: 'How sure you feel (SURE test)' });
  await expect(sure.getByRole('listitem').filter({ hasText: /^At the start: (4|0) of 4$/ })).toBeVisible();
  await expect(sure.getByText('At the end: 2 of 4', { exact: true })).toBeVisible();
  await expect(sure.getByText(/Go back over the options side by side/)).toBeVisible();
  const questions = page.getByRole('region', { name: 'Your questions and notes' });
  for (const q of TICKED_QUESTIONS) await expect(questions.getByRole('listitem').filter({ hasText: q })).toBeVisible();
  // The notes are shown as typed: markup is text, nothing is turned into an element.
  const notes = questions.locator('.summary__notes');
  await expect(notes).toHaveText(NOTES);
  expect(await notes.evaluate((el) => el.innerText)).toBe(NOTES);
  await expect(notes.locator('img, script')).toHaveCount(0);
  const about = page.getByRole('region', { name: 'About this summary' });
  await expect(about).toContainText('This aid is not medical advice.');
  await expect(about.getByRole('paragraph').filter({ hasText: /^Funding and conflicts of interest: / })).toContainText('No funding.');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
}

test.describe('the printed summary', () => {
  for (const view of ['Patient view', 'Clinician view']) {
    test(`prints on 1 or 2 pages of A4 and of Letter (${view})`, async ({ page }) => {
      test.setTimeout(180_000);
      await open(page);
      await setView(page, view);
      await fillSession(page);
      // A fuller consultation than most: every question ticked, every value rated, a long note.
      await goToStep(page, 'What matters to you');
      const items = page.getByRole('region', { name: 'How much does each of these matter to you?' }).getByRole('group')
        .filter({ has: page.getByRole('radio') });
      for (let i = 0; i < await items.count(); i += 1) {
        await items.nth(i).getByRole('radio', { name: 'Important', exact: true }).check();
      }
      await goToStep(page, 'Your questions');
      const boxes = page.getByRole('checkbox');
      for (let i = 0; i < await boxes.count(); i += 1) await boxes.nth(i).check();
      await page.getByRole('textbox', { name: /^My notes/ }).fill(`${NOTES}\n${'My sister had the same operation and I want to ask about how she felt afterwards. '.repeat(4)}`);
      await goToStep(page, 'Check your understanding');
      await choose(page, view === 'Patient view' ? /^In most trials/ : /^True or False/, view === 'Patient view' ? 'No clear gain on average' : 'True');
      await goToStep(page, 'Summary');
      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format, printBackground: true });
        const pages = pdfPageCount(pdf);
        console.log(`printed summary, ${view}, ${format}: ${pages} page(s), ${pdf.length} bytes`);
        expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
        // Nothing is cut off: every ticked question, the whole note and the last line are printed.
        const text = pdfText(pdf);
        for (const q of await page.getByRole('region', { name: 'Your questions and notes' }).getByRole('listitem').allInnerTexts()) {
          expect(text).toContain(q);
        }
        expect(text).toContain('how she felt afterwards. My sister had the same operation');
        expect(text).toContain('Check your understanding 1 of 1 answers right.');
        expect(text).toMatch(/Nothing you enter leaves this device\.$/);
      }
    });
  }

  test('the printed PDF shows her answers, and no navigation or buttons', async ({ page }) => {
    await open(page);
    await fillSession(page);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      const pages = pdfPageCount(pdf);
      console.log(`printed summary, usual consultation, ${format}: ${pages} page(s)`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      const text = pdfText(pdf);
      for (const shown of [
        'Summary', 'Your situation', ...SITUATION.map(([, answer]) => answer), 'It is shrinking or staying the same',
        CARD_BOTH_CONTROLLED, 'The options compared', ...OPTIONS, 'Will it help me live longer?', 'How sure are the studies?',
        'Could it cause arm swelling?', 'What other problems can it cause?',
        ...RATINGS.map(([item]) => item), `Leaning: ${LEANING}`, 'At the start: 4 of 4', 'At the end: 2 of 4',
        ...TICKED_QUESTIONS, NOTES.replace('\n', ' '), 'This aid is not medical advice.', 'Evidence version',
        'The decision', 'Should you have the breast treated now', 'Funding and conflicts of interest: No funding.',
      ]) {
        expect(text, `printed ${format} shows "${shown}"`).toContain(shown);
      }
      for (const chrome of ['Skip to the page content', stepOf('knowledge'), 'Next: Check your understanding', 'Back: Your questions',
        'End session', 'Print or save as PDF', 'Patient view', 'Clinic settings', 'Privacy check']) {
        expect(text, `printed ${format} leaves out "${chrome}"`).not.toContain(chrome);
      }
    }
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('link', { name: 'Skip to the page content' }),
      page.getByRole('banner'),
      page.getByRole('navigation', { name: 'Steps' }),
      page.getByRole('navigation', { name: 'Back and next' }),
      page.getByRole('button', { name: 'Print or save as PDF' }),
      page.getByRole('button', { name: 'End session' }),
      page.getByRole('group', { name: 'Who the screen is written for' }),
      page.getByRole('link', { name: 'Clinic settings' }),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(mainHeading(page, 'Summary')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your situation' }).getByText('Bone only')).toBeVisible();
    await expect(page.getByRole('region', { name: 'What matters to you' }).getByText(`Leaning: ${LEANING}`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your questions and notes' }).getByText(/<img src=x onerror=alert\(1\)>/)).toBeVisible();
    await expect(page.getByText('This aid is not medical advice.').first()).toBeVisible();
    // Black text on white paper.
    const ink = await mainHeading(page, 'Summary').evaluate((el) => getComputedStyle(el).color);
    expect(ink).toBe('rgb(0, 0, 0)');
  });

  test('printing a step keeps glossary words in their sentences and hides the controls', async ({ page }) => {
    await open(page, '#/options');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Reverse the order of the options' })).toBeHidden();
    // "Have [radiotherapy] to the breast": the glossary word is part of the sentence on paper too.
    const sentence = page.getByRole('region', { name: 'Add radiotherapy to the breast' }).getByRole('paragraph').first();
    await expect(sentence.getByRole('button', { name: 'radiotherapy' })).toBeVisible();
    await expect(sentence).toHaveText(/^Have radiotherapy to the breast/, { useInnerText: true });
  });
});
