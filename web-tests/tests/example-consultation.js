// The example consultation the browser tests enter, as plain data with no test runner attached,
// so that the Playwright tests (helpers.js) and the walks in other engines (engines/walk.mjs)
// enter the same answers.

/** Her situation, as question (the start of its name) → answer. */
export const SITUATION = [
  ['Is the lump in your breast causing problems', 'No'],
  ['How is the cancer elsewhere in your body doing on medicines?', 'It is shrinking or staying the same'],
  ['Where has the cancer spread?', 'Bone only'],
  ['How many spots of cancer are there outside the breast?', 'One or a few'],
  ['Is your cancer hormone receptor positive?', 'Positive'],
  ['Is your cancer HER2 positive?', 'Negative'],
  ['Is a clinical trial about treating the breast open to you?', 'No'],
];

/** Her leaning at the values step. */
export const LEANING = 'Leaning towards medicines now';
