/**
 * @img-groningen/statutory-terms — the statutory terms of IMG decisions in one place: dates,
 * Dutch public holidays (Algemene termijnenwet), objection terms (TERM-1, TERM-2, TERM-4) and
 * the penalty for late decisions (TERM-5). Pure functions on ISO dates.
 */
export * from './dates.js';
export * from './holidays.js';
export * from './terms.js';
export * from './penalty.js';
