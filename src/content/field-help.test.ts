// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pages from '../../tests/pages/pages.json';
import type { PortalId } from '@/src/portals/portals';
import type { FormControl } from './controls';
import { applyConversion, checkField, fieldHelp } from './field-help';
import { labelFor } from './labels';

const REPLICAS = (pages as { file: string; portal: PortalId; bench?: boolean }[]).filter((p) => !p.bench);

function load(file: string): void {
  // Scripts don't run here; only the markup matters for labels and kinds.
  document.documentElement.innerHTML = readFileSync(`tests/pages/${file}`, 'utf8').replace(
    /<script[\s\S]*?<\/script>/g,
    '',
  );
}

describe('fieldHelp on the replica pages', () => {
  it.each(REPLICAS.map((p) => [p.file, p.portal] as const))(
    '%s: every field marked with data-kind is recognised as that kind',
    (file, portal) => {
      load(file);
      const wrong = Array.from(document.querySelectorAll<HTMLElement>('[data-kind]'))
        .map((el) => {
          const control = el as FormControl;
          return {
            field: control.name,
            expected: el.dataset.kind,
            got: fieldHelp(control, labelFor(control), portal)?.kind,
          };
        })
        .filter((r) => r.expected !== r.got);
      expect(wrong).toEqual([]);
    },
  );
});

describe('checks and conversions', () => {
  const field = (html: string) => {
    document.body.innerHTML = html;
    const control = document.querySelector('input')!;
    return { control, help: fieldHelp(control, labelFor(control))! };
  };

  it('never reads a password field, not even to check it', () => {
    const { control, help } = field(
      '<label for="p">利用者証明用電子証明書の暗証番号</label><input type="password" id="p">',
    );
    let reads = 0;
    Object.defineProperty(control, 'value', {
      get: () => {
        reads++;
        return '1234';
      },
    });
    expect(help.secret).toBe(true);
    expect(checkField(control, help)).toEqual([]);
    expect(help.conversions).toEqual([]);
    expect(reads).toBe(0);
  });

  it('checks a number split over boxes as a whole once every box is filled', () => {
    document.body.innerHTML =
      '<table><tr><th>マイナンバー</th><td><input maxlength="4" id="a"><input maxlength="4" id="b"><input maxlength="4" id="c"></td></tr></table>';
    const boxes = Array.from(document.querySelectorAll('input'));
    const help = fieldHelp(boxes[0]!, labelFor(boxes[0]!))!;
    expect(help.kind).toBe('my-number');
    ['1234', '5678', ''].forEach((v, i) => (boxes[i]!.value = v));
    expect(checkField(boxes[0]!, help, boxes)).toEqual([]);
    boxes[2]!.value = '9012';
    expect(checkField(boxes[0]!, help, boxes).map((p) => p.code)).toEqual(['check-digit']);
  });

  it('converts hiragana to katakana and fires input and change for the page', () => {
    const { control, help } = field('<label for="k">フリガナ</label><input id="k">');
    const events: string[] = [];
    control.addEventListener('input', () => events.push(`input:${control.value}`));
    control.addEventListener('change', () => events.push(`change:${control.value}`));
    control.value = 'やまだ';
    expect(applyConversion(control, help, 'to-katakana')).toEqual(['ヤマダ']);
    expect(events).toEqual(['input:ヤマダ', 'change:ヤマダ']);
  });
});
