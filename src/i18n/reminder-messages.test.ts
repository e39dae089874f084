import { describe, expect, it } from 'vitest';
import type { Reminder } from '@/src/checklist/lifecycle';
import { createCatalogue } from './catalogue';
import { formatDate } from './dates';
import { MESSAGE_TABLES } from './message-tables';
import { reminderNotifications } from './reminder-messages';

const BEFORE: Reminder = {
  id: 'before-expiry-30@2027-03-01',
  date: '2027-03-01',
  kind: 'before-expiry',
  daysBefore: 30,
  targets: [
    { target: 'card', expiry: '2027-03-31', cappedBy: 'period-of-stay' },
    { target: 'userAuthCertificate', expiry: '2027-03-31', cappedBy: 'period-of-stay' },
  ],
};
const OPENS: Reminder = {
  id: 'window-opens@2029-01-01',
  date: '2029-01-01',
  kind: 'window-opens',
  daysBefore: 90,
  targets: [{ target: 'signatureCertificate', expiry: '2029-04-01', cappedBy: 'card' }],
};

describe('the reminder notifications', () => {
  it('say one thing per card or certificate, the card that ends with the stay about the validity change', () => {
    const [card, certificate] = reminderNotifications(BEFORE, createCatalogue('en'));
    expect(card).toMatchObject({ id: `${BEFORE.id}/card`, message: 'stay-ends' });
    expect(card!.title).toBe('Your card ends with your period of stay');
    expect(card!.body).toContain('March 31, 2027');
    expect(certificate!.title).toBe('Your user authentication certificate expires in 30 days');
  });

  it('count days with the plural rules of the language', () => {
    const one: Reminder = { ...BEFORE, daysBefore: 1, targets: [BEFORE.targets[1]!] };
    expect(reminderNotifications(one, createCatalogue('en'))[0]!.title).toBe(
      'Your user authentication certificate expires in 1 day',
    );
    expect(reminderNotifications(one, createCatalogue('pt-BR', MESSAGE_TABLES['pt-BR']))[0]!.title).toBe(
      'Seu certificado de autenticação do usuário vence em 1 dia',
    );
  });

  it.each(Object.entries(MESSAGE_TABLES))('are written in %s, with the date the way it writes dates', (lang, table) => {
    const catalogue = createCatalogue(lang as keyof typeof MESSAGE_TABLES, table);
    for (const reminder of [BEFORE, OPENS]) {
      for (const text of reminderNotifications(reminder, catalogue)) {
        expect(text.title).not.toMatch(/[{}]/);
        expect(text.body).not.toMatch(/[{}]/);
      }
    }
    const [card] = reminderNotifications(BEFORE, catalogue);
    expect(card!.body).toContain(formatDate('2027-03-31', lang));
    expect(card!.body).toContain('有効期間変更');
  });
});
