// The coach checks of issue 5 and the draft score, in the built extension on the Gmail and
// Outlook fixtures: each check shows up as a finding, the badge and panel gauges show the score,
// the breakdown adds up to it, and fixing a problem raises it live.
import type { Locator, Page } from '@playwright/test';
import { expect, finding, hostIn, openFixture, openPanel, shownRules, test, typeDraft, waitReady } from './fixtures.js';

const GMAIL_BODY = '[contenteditable="true"][g_editable="true"]';
const GMAIL_SUBJECT = 'input[name="subjectbox"]';
const OUTLOOK_BODY = '[role="textbox"][aria-multiline="true"][contenteditable="true"]';
const OUTLOOK_SUBJECT = 'input[maxlength="255"]';

const COACH_RULES = ['subject', 'questions', 'reading-level', 'missing-context', 'no-personalization'];

/**
 * A first email that breaks every coach check: no question or ask, college-level sentences,
 * never says who is writing or what the reader gets ("you"), nothing about the recipient.
 */
function hardDraft(greeting: string): string {
  return [
    greeting,
    '',
    'Organizational transformation initiatives necessitate comprehensive evaluation of interdependent operational capabilities, particularly regarding collaborative infrastructure modernization and administrative standardization across geographically distributed departments. ' +
      'Consequently, implementation methodologies emphasizing incremental institutionalization demonstrate considerably improved sustainability characteristics compared with revolutionary reorganization alternatives. ' +
      'Additionally, quantitative benchmarking substantiates that technological consolidation generates measurable productivity improvements within comparable organizations.',
    '',
    'Regards',
  ].join('\n');
}

const SPANISH = [
  'Hola Chris,',
  '',
  'Te escribo porque nuestra empresa ayuda a equipos de contenido a planificar mejor su trabajo. Nosotros hemos desarrollado una plataforma integral de planificación editorial que, según nuestros clientes, reduce considerablemente el tiempo dedicado a las revisiones y aprobaciones internas. Espero que este correo te encuentre bien. Nuestro equipo estaría encantado de mostrarte cómo funciona nuestra solución.',
  '',
  '¿Tienes quince minutos el martes para una llamada?',
  '',
  'Saludos,',
  'Dana',
].join('\n');

interface ShownScore {
  /** The panel gauge's value (data-score). */
  value: number;
  /** The badge gauge's value (data-badge-score). */
  badge: number;
  badgeLabel: string;
  /** The breakdown rows as the panel writes them: "earned/possible". */
  items: { id: string; met: boolean; earned: number; possible: number }[];
}

/** The score as the UI shows it, read from the DOM in one go (no report can land halfway). */
async function shownScore(host: Locator): Promise<ShownScore> {
  await waitReady(host);
  await expect(host.locator('[role="dialog"] [data-score]')).toHaveCount(1);
  return host.evaluate((el) => {
    const root = el.shadowRoot!;
    const badge = root.querySelector('.pc-badge');
    return {
      value: Number(root.querySelector('[role="dialog"] [data-score]')?.getAttribute('data-score')),
      badge: Number(badge?.querySelector('[data-badge-score]')?.getAttribute('data-badge-score')),
      badgeLabel: badge?.getAttribute('aria-label') ?? '',
      items: [...root.querySelectorAll('[data-score-item]')].map((row) => {
        const [earned, possible] = (row.querySelector('.pc-score-points')?.textContent ?? '').match(/\d+/g) ?? [];
        return { id: row.getAttribute('data-score-item') ?? '', met: row.getAttribute('data-met') === 'true', earned: Number(earned), possible: Number(possible) };
      }),
    };
  });
}

/** The gauges agree, the badge says the score aloud, and the breakdown adds up to it. */
async function expectConsistentScore(host: Locator): Promise<ShownScore> {
  const score = await shownScore(host);
  expect(score.value).toBeGreaterThanOrEqual(0);
  expect(score.value).toBeLessThanOrEqual(100);
  expect(score.badge).toBe(score.value);
  expect(score.badgeLabel).toContain(`Draft score ${score.value} of 100`);
  await expect(host.locator('[role="dialog"] .pc-score-value')).toHaveText(String(score.value));
  await expect(host.locator('[role="dialog"] [role="meter"][data-score]')).toHaveAttribute('aria-valuenow', String(score.value));
  expect(score.items.length).toBeGreaterThan(0);
  for (const item of score.items) expect(item.earned).toBe(item.met ? item.possible : 0);
  expect(score.items.reduce((sum, item) => sum + item.possible, 0)).toBe(100);
  expect(score.items.reduce((sum, item) => sum + item.earned, 0)).toBe(score.value);
  await expect(host.locator('[data-score-note]')).toContainText('not a prediction of replies');
  return score;
}

function item(score: ShownScore, id: string) {
  const found = score.items.find((i) => i.id === id);
  expect(found, `score item ${id}`).toBeDefined();
  return found!;
}

/** Waits for the panel's score to leave `value` (the next report after an edit). */
async function scoreAfter(host: Locator, value: number): Promise<ShownScore> {
  await expect(host.locator('[role="dialog"] [data-score]')).not.toHaveAttribute('data-score', String(value), { timeout: 15_000 });
  return expectConsistentScore(host);
}

async function setSubject(page: Page, subject: Locator, text: string): Promise<void> {
  await subject.click();
  await page.keyboard.press('ControlOrMeta+A');
  if (text) await page.keyboard.insertText(text);
  else await page.keyboard.press('Delete');
}

/** Waits until the panel lists every rule in `rules`. */
async function expectRules(host: Locator, rules: string[]): Promise<void> {
  for (const rule of rules) await expect(finding(host, rule).first()).toBeVisible({ timeout: 15_000 });
}

test.describe('coach checks and the draft score', () => {
  test('Gmail: every coach check shows up; the score adds up and rises live as problems are fixed', async ({ page }) => {
    await openFixture(page, 'gmail/inbox-two-composes');
    const root = page.locator('.M9:has([data-compose-id="14"])'); // to Chris Hawkins at sproutcontent.com
    const host = hostIn(root);
    await openPanel(host);
    const start = await expectConsistentScore(host);

    await setSubject(page, root.locator(GMAIL_SUBJECT), '');
    await typeDraft(page, root.locator(GMAIL_BODY), hardDraft('Hi Chris,'));
    await expectRules(host, COACH_RULES);
    await expect(finding(host, 'subject')).toContainText('No subject');
    const hard = await scoreAfter(host, start.value);
    expect(hard.value).toBeLessThan(start.value);
    for (const id of ['subject', 'ask', 'reading-level', 'context', 'personal']) expect(item(hard, id).met, id).toBe(false);

    // The breakdown opens from the keyboard and shows each practice with its points.
    const summary = host.locator('.pc-score-details > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(host.locator('[data-score-item="ask"]')).toBeVisible();
    await expect(host.locator('[data-score-item="ask"]')).toHaveAttribute('data-met', 'false');

    // Adding a question at the end: the ask is met, the score goes up by its points.
    await root.locator(GMAIL_BODY).click({ position: { x: 12, y: 8 } });
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Would a short call on Tuesday help the team?');
    await expect(finding(host, 'questions')).toHaveCount(0, { timeout: 15_000 });
    const asked = await scoreAfter(host, hard.value);
    expect(item(asked, 'ask').met).toBe(true);
    expect(asked.value).toBeGreaterThan(hard.value);
    await expect(host.locator('[data-score-item="ask"]')).toHaveAttribute('data-met', 'true');

    // An ALL-CAPS subject is still a subject finding; a short, plain one meets the practice.
    await setSubject(page, root.locator(GMAIL_SUBJECT), 'QUICK QUESTION ABOUT WORKFLOWS');
    await expect(finding(host, 'subject')).toContainText('capitals', { timeout: 15_000 });
    await setSubject(page, root.locator(GMAIL_SUBJECT), 'Approval workflows at Sprout');
    await expect(finding(host, 'subject')).toHaveCount(0, { timeout: 15_000 });
    const titled = await scoreAfter(host, asked.value);
    expect(item(titled, 'subject').met).toBe(true);
    expect(titled.value).toBe(asked.value + item(titled, 'subject').possible);
  });

  test('Outlook pop-out compose: every coach check shows up; fixing the subject raises the score live', async ({ page }) => {
    await openFixture(page, 'outlook/popout-compose');
    const root = page.locator('[data-app-section="Form_Content"]'); // to Maria Lopez, cc Sam Patel at northwindtraders.com
    const host = root.locator('[data-pitchcheck]');
    await openPanel(host);
    const start = await expectConsistentScore(host);

    await setSubject(page, root.locator(OUTLOOK_SUBJECT), 'PARTNERSHIP OPPORTUNITY');
    await typeDraft(page, root.locator(OUTLOOK_BODY), hardDraft('Hi Maria,'));
    await expectRules(host, COACH_RULES);
    await expect(finding(host, 'subject')).toContainText('capitals');
    const hard = await scoreAfter(host, start.value);
    for (const id of ['subject', 'ask', 'reading-level', 'context', 'personal']) expect(item(hard, id).met, id).toBe(false);

    await setSubject(page, root.locator(OUTLOOK_SUBJECT), 'Northwind vendor portals');
    await expect(finding(host, 'subject')).toHaveCount(0, { timeout: 15_000 });
    const titled = await scoreAfter(host, hard.value);
    expect(titled.value).toBe(hard.value + item(titled, 'subject').possible);

    // Something only this reader would get (their new role) and a question: both practices are met.
    await root.locator(OUTLOOK_BODY).click({ position: { x: 12, y: 8 } });
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Congrats on your new role. Would a short call on Tuesday help?');
    await expect(finding(host, 'no-personalization')).toHaveCount(0, { timeout: 15_000 });
    await expect(finding(host, 'questions')).toHaveCount(0);
    const personal = await scoreAfter(host, titled.value);
    expect(item(personal, 'personal').met).toBe(true);
    expect(item(personal, 'ask').met).toBe(true);
    expect(personal.value).toBeGreaterThan(titled.value);
  });

  test('a Spanish draft: the any-language note, no English-only findings, a score over the checks that ran', async ({ page }) => {
    await openFixture(page, 'gmail/inbox-two-composes');
    const root = page.locator('.M9:has([data-compose-id="14"])');
    const host = hostIn(root);
    await openPanel(host);
    await typeDraft(page, root.locator(GMAIL_BODY), SPANISH);
    await expect(host.locator('[data-language="other"]')).toContainText('only the checks that work in any language ran', { timeout: 15_000 });
    const rules = await shownRules(host);
    for (const englishOnly of ['reading-level', 'self-focus', 'filler', 'no-personalization']) expect(rules).not.toContain(englishOnly);
    const score = await expectConsistentScore(host);
    const ids = score.items.map((i) => i.id);
    for (const skipped of ['reading-level', 'reader-first', 'no-filler', 'personal']) expect(ids).not.toContain(skipped);
    expect(ids).toEqual(expect.arrayContaining(['subject', 'ask', 'greeting']));
  });
});
