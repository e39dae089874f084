/**
 * Tests of the real content in dictionaries/checklists/: it compiles, every fact has a source, string ids are
 * well-formed and complete, and the numbers users act on match ../shared/FACTS.md.
 */

import { describe, expect, it } from 'vitest';
import { compileChecklists, formatChecklistError } from '../../build/checklist/compile.ts';
import { loadChecklistFiles, realChecklists } from './test-checklists.ts';
import type { Source, Text } from './types.ts';

const checklists = realChecklists();

/** Every `{ id, en }` text object anywhere in the compiled checklists. */
function collectTexts(value: unknown, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) for (const item of value) collectTexts(item, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['id'] === 'string' && typeof record['en'] === 'string') {
      found.set(record['id'], record['en']);
    } else for (const key of keys) if (key !== 'strings') collectTexts(record[key], found);
  }
  return found;
}

/** Every object in the compiled checklists that carries `sources`. */
function withSources(value: unknown, found: Array<{ id: string; sources: Source[] }> = []) {
  if (Array.isArray(value)) for (const item of value) withSources(item, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record['sources'])) found.push(record as { id: string; sources: Source[] });
    for (const [key, child] of Object.entries(record))
      if (key !== 'sources' && key !== 'strings') withSources(child, found);
  }
  return found;
}

describe('the checklist content', () => {
  it('compiles without errors', () => {
    const { errors } = compileChecklists(loadChecklistFiles());
    expect(errors.map(formatChecklistError)).toEqual([]);
  });

  it('gives every text a well-formed, unique id listed in `strings`', () => {
    const texts = collectTexts({ ...checklists, strings: undefined });
    expect(Object.fromEntries(texts)).toEqual(checklists.strings);
    for (const id of Object.keys(checklists.strings)) {
      expect(id).toMatch(/^(source|eligibility|documents|pins|lifecycle|guide)(\.[a-zA-Z0-9-]+)+$/);
    }
    expect(checklists.strings['eligibility.q.status.label']).toBeDefined();
  });

  it('names a source for every fact, item, PIN, reset way and rule', () => {
    const { eligibility, documents, pins, lifecycle } = checklists;
    const mustHave = [
      ...eligibility.rules,
      ...documents.groups.flatMap((g) => [...g.items, ...g.notes]),
      ...pins.pins,
      ...pins.pins.flatMap((p) => p.resets),
      ...pins.facts,
      ...lifecycle.facts,
      ...Object.values(lifecycle.reminders),
    ];
    for (const entry of mustHave) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
  });

  it('uses every source it defines, each with an https link or none', () => {
    const used = new Set(withSources(checklists).flatMap((e) => e.sources.map((s) => s.id)));
    expect(Object.keys(checklists.sources).filter((id) => !used.has(id))).toEqual([]);
    for (const source of Object.values(checklists.sources)) {
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('marks as unverified only the facts FACTS.md or the rule decision leave open', () => {
    const unverified = withSources(checklists)
      .filter((e) => (e as { unverified?: boolean }).unverified)
      .map((e) => e.id);
    // Hedged: the leap-day rule (our decision), the next-generation card's date (reported only), and what only
    // third parties report (FACTS.md [3P]).
    const decisions = ['leap-day-birthdays', 'next-generation'];
    for (const entry of withSources(checklists).filter((e) => (e as { unverified?: boolean }).unverified)) {
      if (decisions.includes(entry.id)) continue;
      expect(
        entry.sources.some((s) => s.official),
        entry.id,
      ).toBe(false);
    }
    expect(unverified).toEqual(expect.arrayContaining(decisions));
  });

  it('shows every guide item and fact that rests on third parties only as reported', () => {
    const { guide } = checklists;
    const entries = [...guide.steps.flatMap((s) => s.items), ...guide.reference.flatMap((r) => r.facts)];
    for (const entry of entries) {
      if (entry.sources.length > 0 && entry.sources.every((s) => !s.official))
        expect(entry.unverified, entry.id).toBe(true);
    }
  });
});

describe('the content agrees with FACTS.md', () => {
  const text = (t: Text | undefined) => t?.en ?? '';
  const pin = (id: string) => checklists.pins.pins.find((p) => p.id === id)!;
  const item = (id: string) => checklists.documents.groups.flatMap((g) => g.items).find((i) => i.id === id)!;
  const fact = (id: string) => checklists.lifecycle.facts.find((f) => f.id === id)!;

  it.each([
    ['signature', '署名用電子証明書の暗証番号', 5, /6–16 half-width characters, only letters A–Z and digits 0–9/],
    ['userAuth', '利用者証明用電子証明書の暗証番号', 3, /^4 digits\.$/],
    ['residentRegistry', '住民基本台帳用の暗証番号', 3, /^4 digits\.$/],
    ['cardInfo', '券面事項入力補助用の暗証番号', 3, /^4 digits\.$/],
  ])('PIN %s: %s, locks after %i wrong tries, format %s', (id, ja, locksAfter, format) => {
    expect(pin(id)).toMatchObject({ ja, locksAfter });
    expect(text(pin(id).format)).toMatch(format);
  });

  it('resets the two 4-digit office PINs only at the counter, the others also at a convenience store', () => {
    const ways = (id: string) => pin(id).resets.map((r) => r.id);
    expect(ways('signature')).toEqual(['counter', 'convenience-store']);
    expect(ways('userAuth')).toEqual(['counter', 'convenience-store']);
    expect(ways('residentRegistry')).toEqual(['counter']);
    expect(ways('cardInfo')).toEqual(['counter']);
  });

  it('states the application documents with their Japanese names', () => {
    expect(item('application-id')).toMatchObject({ ja: '申請書ID' });
    expect(text(item('application-id').detail)).toContain('23 digits');
    expect(text(item('application-id').detail)).toContain('not your My Number');
    expect(text(item('photo').detail)).toContain('4.5 × 3.5 cm');
    expect(text(item('photo').detail)).toContain('6 months');
    expect(item('pickup-notice').ja).toBe('交付通知書');
    expect(item('photo-id').oneOf.map((c) => c.ja)).toEqual(['在留カード', '特別永住者証明書', '旅券']);
  });

  it('states the life-cycle rules the date code implements', () => {
    expect(text(fact('card-validity').text)).toMatch(/18 or older.*10th birthday.*under 18.*5th birthday/);
    expect(text(fact('card-stay-cap').text)).toMatch(/永住者.*高度専門職2号.*特別永住者/);
    expect(text(fact('certificate-validity').text)).toMatch(/5th birthday.*never past the card/);
    expect(text(fact('validity-change').text)).toMatch(/free/);
    expect(text(fact('fees').text)).toMatch(/¥1,000 \(card ¥800, certificates ¥200\)/);
  });

  it('states the 2026 facts as FACTS.md does', () => {
    const guideFact = (id: string) => checklists.guide.reference.flatMap((r) => r.facts).find((f) => f.id === id)!;
    expect(text(guideFact('tokutei-what').text)).toMatch(/14 June 2026.*optional/i);
    expect(text(guideFact('tokutei-who').text)).toMatch(/中長期在留者.*特別永住者.*住民票/);
    expect(text(guideFact('tokutei-unknown').text)).toMatch(/Ask the immigration office or your city office/);
    expect(text(guideFact('phone-when').text)).toMatch(/11 May 2023.*24 June 2025.*iOS 18\.5.*iPhone XS/);
    expect(text(guideFact('iphone-setup').text)).toMatch(
      /card-info input support PIN.*signature password.*not the phone's passcode/,
    );
    expect(text(guideFact('etax-id-password').text)).toMatch(/1 October 2025/);
    expect(text(guideFact('moving-notice').text)).toMatch(/14 days/);
    expect(text(guideFact('next-generation').text)).toMatch(/FY2028.*no official date/);
    expect(text(fact('validity-change').text)).toMatch(/resident registry PIN.*signature password/);
  });

  it('offers the four statuses FACTS.md names, with their Japanese names', () => {
    const status = checklists.eligibility.questions[0]!;
    expect(status.options.map((o) => [o.value, o.ja])).toEqual([
      ['mid-long', '中長期在留者'],
      ['special-permanent', '特別永住者'],
      ['short-term', '短期滞在'],
      ['other', '一時庇護・仮滞在・経過滞在者'],
    ]);
  });
});
