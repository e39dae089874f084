/**
 * Portal profiles: how to recognise each portal's screens, their names in English, and what a user should know on
 * that portal. Facts come from ../shared/FACTS.md ("Portals"). A screen that no rule knows still gets its name from
 * the glossary's translation of its heading, and every field on it is annotated all the same.
 */
import type { PortalId } from './portals';

export interface ScreenRule {
  /** English name shown in the popup. */
  name: string;
  /** Matches the screen's heading or document title (Japanese, whitespace removed). */
  heading?: RegExp;
  /** Matches the URL path. */
  path?: RegExp;
}

export interface PortalProfile {
  /** What to know on this portal, one line each (English), with the FACTS.md source. */
  hints: { text: string; source: string }[];
  screens: ScreenRule[];
}

export const PROFILES: Record<PortalId, PortalProfile> = {
  keisan: {
    hints: [
      {
        text: 'The tax year is part of the address (/r7/ is the 令和7年分 = 2025 return). Save your input data before you leave: the screens are not kept for you.',
        source: 'FACTS.md: Portals (作成コーナー)',
      },
    ],
    screens: [
      { heading: /^住所・氏名等の入力/, name: 'Enter address, name, etc.' },
      { heading: /^給与所得の源泉徴収票の入力/, name: 'Enter income: salary withholding slip' },
      { heading: /^税務署への提出方法の選択/, name: 'Choose how to submit to the tax office' },
      { heading: /^作成する申告書等の選択/, name: 'Choose the return to prepare' },
      { heading: /^マイナンバーの入力/, name: 'Enter My Number' },
      { heading: /^(還付金の受取方法|納付方法等)の入力/, name: 'Enter how to receive a refund or pay' },
      { heading: /^計算結果の確認/, name: 'Check the calculation result' },
      { heading: /^申告書等の印刷/, name: 'Print the return' },
      { heading: /^基本情報の入力/, name: 'Enter basic information' },
      { heading: /^控除の入力/, name: 'Enter deductions' },
      { heading: /^収入・所得の入力/, name: 'Enter income' },
      { heading: /^申告する所得の選択/, name: 'Choose the income to declare' },
      { heading: /^マイナポータル連携の選択/, name: 'Choose whether to link with MyNa Portal' },
    ],
  },
  etax: {
    hints: [
      {
        text: 'Reading your My Number Card on e-Tax needs the official "e-Tax AP" browser extension; Tebiki works beside it.',
        source: 'FACTS.md: Portals (e-Tax)',
      },
      {
        text: 'Filing with the card needs two secrets: the 4-digit user-authentication PIN to log in, and the 6–16 character signature password to sign.',
        source: 'FACTS.md: The four PINs',
      },
    ],
    screens: [
      { path: /^\/login\//, name: 'e-Tax login' },
      { path: /kaishi/i, name: 'Apply to start using e-Tax' },
      { heading: /ログイン/, name: 'e-Tax login' },
      { heading: /開始届出/, name: 'Apply to start using e-Tax' },
    ],
  },
  mynaportal: {
    hints: [
      {
        text: 'Log in with the MyNa Portal app on a phone with NFC, by QR code on a PC, or with a card reader; it asks for the 4-digit user-authentication PIN.',
        source: 'FACTS.md: Portals (MyNa Portal); The four PINs',
      },
    ],
    screens: [
      { heading: /引越し|引っ越し/, name: 'Moving address online' },
      { heading: /公金受取口座/, name: 'Public benefit receiving account' },
      { heading: /申請/, name: 'Application' },
    ],
  },
  mynumbercard: {
    hints: [
      {
        text: 'The application ID (申請書ID) is 23 digits, printed with a QR code on your application form. It is not your My Number.',
        source: 'FACTS.md: Eligibility and applying',
      },
    ],
    screens: [
      { heading: /申請書ID/, name: 'Enter the application ID' },
      { heading: /暗証番号/, name: 'Set your PINs' },
      { heading: /申請/, name: 'Card application' },
    ],
  },
  jpki: {
    hints: [
      {
        text: 'The JPKI portal is in Japanese only; J-LIS publishes an English guide to the JPKI client software.',
        source: 'FACTS.md: Portals (JPKI)',
      },
    ],
    screens: [
      { heading: /暗証番号|パスワード/, name: 'PINs and passwords' },
      { heading: /照会|問い合わせ|お問合せ/, name: 'Inquiry' },
    ],
  },
  immigration: {
    hints: [
      {
        text: 'Applying online needs a PC, an IC card reader and the JPKI client software, and your My Number Card.',
        source: 'FACTS.md: Portals (在留申請オンラインシステム)',
      },
    ],
    screens: [
      { heading: /更新/, name: 'Extension of period of stay' },
      { heading: /ログイン/, name: 'Log in' },
      { heading: /受取|受領/, name: 'Receiving the residence card' },
    ],
  },
};

/** What the popup says about the screen. */
export interface ScreenInfo {
  /** The screen's own title (Japanese), as the page shows it. */
  title: string;
  /** English name: the profile's, else the glossary's translation of the title, else ''. */
  name: string;
  /** The portal's screen id, where the page shows one (作成コーナー: CC-AA-440). */
  code?: string;
  hints: { text: string; source: string }[];
}

const SCREEN_CODE = /\b[A-Z]{2}-[A-Z]{2}-\d{3}\b/;

/** The screen's title: the first h1 (else h2), else the document title before any " | site name". */
export function screenTitle(doc: Document): string {
  const heading = doc.querySelector('h1') ?? doc.querySelector('h2');
  const text = heading?.textContent ?? doc.title.split(/[|｜]/)[0] ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Detects the screen of a portal page.
 * @example detectScreen('keisan', document, location.href, gloss).name // 'Enter address, name, etc.'
 */
export function detectScreen(
  portal: PortalId | null,
  doc: Document,
  url: string,
  gloss: (text: string) => { translation?: string },
): ScreenInfo {
  const title = screenTitle(doc);
  const compact = title.replace(/\s+/g, '');
  const profile = portal ? PROFILES[portal] : undefined;
  const path = new URL(url).pathname;
  const rule = profile?.screens.find((r) => (r.heading && r.heading.test(compact)) || (r.path && r.path.test(path)));
  const code = SCREEN_CODE.exec(doc.body?.textContent?.slice(0, 5000) ?? '')?.[0];
  return {
    title,
    name: rule?.name ?? (title ? (gloss(title).translation ?? '') : ''),
    ...(code ? { code } : {}),
    hints: profile?.hints ?? [],
  };
}
