import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'en',
  title: 'Plan of Action',
  sections: {
    acknowledgement: {
      heading: 'Acknowledgement of the issue',
      hint: 'In one or two sentences: which issue Amazon raised, and that you take responsibility for it.',
    },
    'root-cause': {
      heading: 'Root cause',
      hint: 'What in your own processes let this happen. Name the ASINs, orders or metric concerned.',
    },
    'immediate-actions': {
      heading: 'Immediate actions taken',
      hint: 'What you have already done to resolve this issue, with dates.',
    },
    'preventive-measures': {
      heading: 'Long-term preventive measures',
      hint: 'Lasting changes: who does what, how often, with which tool, and since when.',
    },
    evidence: {
      heading: 'Evidence that the changes are in place',
      hint: 'The documents you attach that show the changes already work.',
    },
  },
  rules: {
    'missing-section': {
      message: 'The section "{section}" is empty.',
      fix: 'Write two or three factual sentences here; Amazon looks for every part.',
    },
    'short-section': {
      message: 'This section has only {words} words.',
      fix: 'Say who did what, when, and what changed.',
    },
    'too-long': {
      message: 'The plan has {words} words; about {limit} fit on one page. That is {over} words too many.',
      fix: 'Cut background and repetition; keep facts, numbers and dates.',
    },
    'vague-promise': {
      message: '"{phrase}" promises something without saying how.',
      fix:
        'In the same sentence add a number, date, role, tool or frequency, e.g. "every parcel is weighed before ' +
        'dispatch".',
    },
    blaming: {
      message: '"{phrase}" puts the blame on someone else.',
      fix: 'Describe what failed in your own processes; Amazon expects you to own the cause.',
    },
    emotional: {
      message: '"{phrase}" sounds emotional.',
      fix: 'Keep a neutral, factual tone; reviewers respond to evidence, not feelings.',
    },
    'future-only': {
      message: 'This section only describes plans for the future.',
      fix: 'Say what is already done and since when, e.g. "Since 3 March we have checked…", and attach proof.',
    },
    'duplicate-text': {
      message: 'The same text also appears under "{section}".',
      fix: 'Each section answers its own question; write text that fits this part.',
    },
    'repeated-sentence': {
      message: 'This sentence appears {count} times in this section.',
      fix: 'Say it once; a reviewer who meets the same sentence again stops reading closely.',
    },
    'generic-root-cause': {
      message: 'The root cause names no specific issue, ASIN, order or metric.',
      fix: 'Name exactly what Amazon raised: the ASINs, order IDs, or the metric and its value.',
    },
    'evidence-unnamed': {
      message: 'This section does not say which documents you attach.',
      fix: 'Name each proof: the invoices, the new checklist, a screenshot of the setting, the report with its dates.',
    },
  },
  lengthWithin: '{words} of {limit} words, {remaining} left',
  lengthOver: '{words} of {limit} words, {over} too many',
};
