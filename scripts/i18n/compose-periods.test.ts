import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/load-dictionaries.ts';
import { composePeriod, periodsFile, splitPeriod, statusName } from './compose-periods.ts';
import { TRANSLATION_LANGUAGES } from '../../build/i18n/translations.ts';

describe('the periods of stay in the residents’ languages', () => {
  it('read （３月） as three months and （１年３月） as a year and three months, never as a month of the year', () => {
    expect(splitPeriod('留学（３月）')).toEqual({ status: '留学', years: 0, months: 3, days: 0 });
    expect(splitPeriod('特定活動（１年３月）')).toEqual({ status: '特定活動', years: 1, months: 3, days: 0 });
    expect(splitPeriod('公用（１５日）')).toEqual({ status: '公用', years: 0, months: 0, days: 15 });
  });

  it('name an abbreviated status by its full term (法律・会計 is 法律・会計業務)', () => {
    expect(splitPeriod('法律・会計（５年）').status).toBe('法律・会計業務');
    expect(splitPeriod('日本人配偶者（３年）').status).toBe('日本人の配偶者等');
  });

  it('take the status’s name without the "status of residence" marker and second senses', () => {
    expect(statusName('vi', 'Du học (tư cách lưu trú); du học')).toBe('Du học');
    expect(statusName('zh-CN', '留学（在留资格）；留学')).toBe('留学');
    expect(statusName('ne', 'विद्यार्थी (निवासको स्थिति: Student); विदेश अध्ययन')).toBe('विद्यार्थी');
  });

  it.each([
    ['vi', 'Du học (1 tháng)'],
    ['zh-CN', '留学（1个月）'],
    ['ko', '유학(1개월)'],
    ['pt-BR', 'Estudante (1 mês)'],
    ['fil', 'Student (1 buwan)'],
    ['ne', 'विद्यार्थी (1 महिना)'],
    ['id', 'Pelajar (1 bulan)'],
  ] as const)('write 留学（１月） in %s as %s', (lang, expected) => {
    const glosses = {
      vi: 'Du học (tư cách lưu trú)',
      'zh-CN': '留学（在留资格）',
      ko: '유학(재류자격)',
      'pt-BR': 'Estudante (status de residência)',
      fil: 'Student (status of residence)',
      ne: 'विद्यार्थी (निवासको स्थिति: Student)',
      id: 'Pelajar (status izin tinggal Student)',
    };
    expect(composePeriod(lang, '留学（１月）', new Map([['留学', glosses[lang]]]))).toBe(expected);
  });

  it('say a year and some months in Portuguese with plurals', () => {
    const statuses = new Map([['特定活動', 'Atividades Designadas (status de residência)']]);
    expect(composePeriod('pt-BR', '特定活動（１年６月）', statuses)).toBe('Atividades Designadas (1 ano e 6 meses)');
    expect(composePeriod('pt-BR', '特定活動（２年１月）', statuses)).toBe('Atividades Designadas (2 anos e 1 mês)');
  });

  it.each(TRANSLATION_LANGUAGES)(
    'are on disk as composed from %s residence.yaml (after renaming a status run npx tsx scripts/i18n/compose-periods.ts)',
    (lang) => {
      const file = path.join(PROJECT_ROOT, `dictionaries/translations/${lang}/names-isa-periods.yaml`);
      expect(readFileSync(file, 'utf8')).toBe(periodsFile(lang));
    },
  );
});
