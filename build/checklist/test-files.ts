/**
 * Test helper: the smallest valid set of checklist files, for the compiler's tests to break one piece of (the
 * compiler's and the messages' tests share it).
 */
import { compileChecklists, type ChecklistError, type ChecklistSourceFile } from './compile.ts';

/** The smallest valid set of files: one of each kind, with everything the engine requires. */
export const VALID: Record<string, string> = {
  'sources.yaml': `
kind: sources
sources:
  - { id: jlis, name: J-LIS, url: https://www2.jpki.go.jp/procedure/password.html, official: true }
  - { id: guide, name: A guide, official: false }
`,
  'eligibility.yaml': `
kind: eligibility
questions:
  - id: status
    type: choice
    label: Which describes your stay?
    options:
      - { value: mid-long, ja: 中長期在留者, label: Mid- to long-term resident, source: jlis }
      - { value: special-permanent, label: Special permanent resident }
      - { value: short-term, label: Short-term stay }
      - { value: other, label: Other permits }
  - { id: registered, type: yes-no, label: Registered?, askIf: { status: [mid-long, other] } }
  - { id: noticeReceived, type: yes-no, label: Notice received?, askIf: { registered: true } }
  - { id: stayEnd, type: date-or-permanent, label: Stay ends?, permanentLabel: No end date }
  - { id: renewalPending, type: yes-no, label: Renewal pending?, askIf: { stayEnd: date } }
outcomes:
  - { id: apply-now, rank: 0, label: Apply now, summary: You can apply., nextSteps: [prepare] }
  - { id: after-renewal, rank: 1, label: After renewal, summary: Renew first. }
  - { id: not-eligible, rank: 2, label: Not eligible, summary: You cannot. }
  - { id: incomplete, label: More questions, summary: Answer the rest. }
rules:
  - { id: short, when: { status: short-term }, outcome: not-eligible, reason: No record., source: jlis }
  - { id: soon, when: { stayEnd: { withinDays: 60 } }, outcome: after-renewal, reason: Ends soon., source: [jlis, guide] }
nextSteps:
  - { id: prepare, text: Prepare the documents. }
`,
  'documents.yaml': `
kind: documents
groups:
  - id: apply
    title: To apply
    tickable: true
    items:
      - { id: photo, ja: 顔写真, label: Face photo, detail: 4.5 × 3.5 cm., source: jlis }
      - id: photo-id
        ja: 本人確認書類
        label: Proof of identity
        oneOf: [{ id: passport, ja: 旅券, label: Passport }]
        source: jlis
    notes:
      - { id: note, label: Note, text: A fact., source: jlis }
`,
  'pins.yaml': `
kind: pins
services:
  - { id: etax, label: e-Tax }
resets:
  - { id: counter, ja: 窓口, label: At the office, detail: Same day., source: jlis }
pins:
  - { id: signature, ja: 署名用電子証明書の暗証番号, label: Signature password, purpose: Signs., format: 6–16., locksAfter: 5, services: [etax], resets: [counter], source: jlis }
  - { id: userAuth, ja: 利用者証明用電子証明書の暗証番号, label: User PIN, purpose: Logs in., format: 4 digits., locksAfter: 3, services: [etax], resets: [counter], source: jlis }
  - { id: residentRegistry, ja: 住民基本台帳用の暗証番号, label: Registry PIN, purpose: Office., format: 4 digits., locksAfter: 3, services: [], resets: [counter], source: jlis }
  - { id: cardInfo, ja: 券面事項入力補助用の暗証番号, label: Card-info PIN, purpose: Auto-fill., format: 4 digits., locksAfter: 3, services: [], resets: [counter], source: jlis }
`,
  'lifecycle.yaml': `
kind: lifecycle
targets:
  - { id: card, ja: マイナンバーカード, label: Card }
  - { id: userAuthCertificate, ja: 利用者証明用電子証明書, label: User certificate }
  - { id: signatureCertificate, ja: 署名用電子証明書, label: Signature certificate }
facts:
  - { id: validity, label: Validity, text: Until the 10th birthday., source: jlis }
reminders:
  - { id: window-opens, label: "Renew your {{what}}", text: "It expires on {{expiry}}.", source: jlis }
  - { id: before-expiry, label: "{{days}} days left", text: "It expires on {{expiry}}.", source: jlis }
  - { id: stay-ends, label: Stay ends, text: "It ends on {{expiry}}.", source: jlis }
  - { id: certificate-stay-ends, label: Stay ends, text: "It ends on {{expiry}}.", source: jlis }
`,
  'guide.yaml': `
kind: guide
labels: { here: You are here }
phases: [{ id: check, label: Check }, { id: use, label: Use }]
places: [{ id: office, ja: 窓口, label: Your office }]
questions:
  - { id: card, label: Card?, choices: [{ value: none, label: No }, { value: applied, label: Applied }, { value: pickup, label: Notice }, { value: have, label: Yes }] }
  - { id: tokutei, label: Tokutei?, choices: [{ value: no, label: No }, { value: want, label: Want }, { value: have, label: Have }] }
  - { id: tested, label: Tested? }
steps:
  - id: ask
    phase: check
    when: { asking: true }
    title: Answer
    summary: Answer below.
  - id: renew
    phase: use
    when: { card: have, due: [card-renewal] }
    title: Renew
    summary: "It ends on {{cardExpiry}}."
    items:
      - { id: go, text: Go to the office., place: office, source: jlis }
    reference: [facts]
  - { id: keep, phase: use, title: Ready, summary: Nothing is due. }
reference:
  - id: facts
    title: Facts
    facts: [{ id: a-fact, label: A fact, text: True., source: jlis }]
`,
};

export const DIR = 'dictionaries/checklists/';

/** Compiles the valid set with some files replaced (a string) or removed (null). */
export function compileWith(changes: Record<string, string | null> = {}) {
  const texts = { ...VALID, ...changes };
  const files: ChecklistSourceFile[] = Object.entries(texts)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, text]) => ({ path: DIR + name, text }));
  return compileChecklists(files);
}

/** Replaces text in one valid file and returns the errors. */
export function errorsAfter(file: string, from: string | RegExp, to: string): ChecklistError[] {
  const text = VALID[file]!;
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the test's replacement did not apply to ${file}`);
  return compileWith({ [file]: changed }).errors;
}
