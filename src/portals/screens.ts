/**
 * Which screen of a portal a page is, and which secret a password or PIN field is there, from the portal profiles
 * (dictionaries/portals/*.yaml, compiled at build time). A screen no rule knows still gets its name from the
 * glossary's translation of its heading, and every field on it is annotated all the same.
 */
import compiled from 'virtual:tebiki-portals';
import type { CredentialRule, PortalProfile, PortalProfiles, PortalSecret, ScreenProfile } from './profile-types';
import type { PortalId } from './portals';

/** What the popup says about the screen, and what the tooltips need to know about it. */
export interface ScreenInfo {
  /** The screen's own title (Japanese), as the page shows it. */
  title: string;
  /** English name: the profile's, else the glossary's translation of the title, else ''. */
  name: string;
  /** The profile's screen, when one matched (its id names the text `screen:<id>`). */
  screen?: ScreenProfile;
  /** The portal's screen id, where the page shows one (作成コーナー: CC-AA-440). */
  code?: string;
  profile?: PortalProfile;
}

const SCREEN_CODE = /\b[A-Z]{2}-[A-Z]{2}-\d{3}\b/;

/** The screen's title: the first h1 (else h2), else the document title before any " | site name". */
export function screenTitle(doc: Document): string {
  const heading = doc.querySelector('h1') ?? doc.querySelector('h2');
  const text = heading?.textContent ?? doc.title.split(/[|｜]/)[0] ?? '';
  return text.slice(0, 500).replace(/\s+/g, ' ').trim();
}

/** Regexes compiled once. */
const regexes = new Map<string, RegExp>();
function test(source: string | undefined, text: string, flags = 'iu'): boolean {
  if (source === undefined) return false;
  let re = regexes.get(source);
  if (!re) regexes.set(source, (re = new RegExp(source, flags)));
  return re.test(text);
}

/**
 * The profile and screen a page matches (cheap: the heading, the document title and the URL path).
 * @example matchScreen('etax', document, 'https://login.e-tax.nta.go.jp/login/…').screen?.id // 'etax-login'
 */
export function matchScreen(
  portal: PortalId | null | undefined,
  doc: Document,
  url: string,
  profiles: PortalProfiles = compiled,
): { title: string; profile?: PortalProfile; screen?: ScreenProfile } {
  const title = screenTitle(doc);
  const compact = title.replace(/\s+/g, '');
  const profile = portal && Object.hasOwn(profiles, portal) ? profiles[portal] : undefined;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: no path rules apply
  }
  const screen = profile?.screens.find((s) => test(s.heading, compact) || test(s.path, path));
  return { title, ...(profile ? { profile } : {}), ...(screen ? { screen } : {}) };
}

/**
 * Detects the screen of a portal page, for the popup.
 * @example detectScreen('keisan', document, location.href, gloss).name // 'Enter address, name, etc.'
 */
export function detectScreen(
  portal: PortalId | null,
  doc: Document,
  url: string,
  gloss: (text: string) => { translation?: string },
  profiles: PortalProfiles = compiled,
): ScreenInfo {
  const { title, profile, screen } = matchScreen(portal, doc, url, profiles);
  const code = SCREEN_CODE.exec(doc.body?.textContent?.slice(0, 5000) ?? '')?.[0];
  return {
    title,
    name: screen?.name ?? (title ? (gloss(title).translation ?? '') : ''),
    ...(screen ? { screen } : {}),
    ...(code ? { code } : {}),
    ...(profile ? { profile } : {}),
  };
}

/** A card PIN kind or one of the portal's own secrets, as the screen's profile decides it. */
export type SecretAnswer = { kind: string; secret?: PortalSecret };

function ruleApplies(rule: CredentialRule, label: string, context: string): boolean {
  if (!test(rule.match, label)) return false;
  if (rule.not !== undefined && test(rule.not, label)) return false;
  if (rule.context !== undefined && !test(rule.context, context)) return false;
  return !(rule.notContext !== undefined && test(rule.notContext, context));
}

/**
 * Which secret a secret field is by the screen's credential rules, then the portal's, or undefined when the profile
 * does not say (the field then gets no secret-specific facts). `label` and `context` are normalised (NFKC).
 * @example secretFor(screen, '暗証番号', '')?.kind // 'etax-password' on e-Tax
 */
export function secretFor(
  info: Pick<ScreenInfo, 'profile' | 'screen'>,
  label: string,
  context: string,
): SecretAnswer | undefined {
  const { profile, screen } = info;
  if (!profile) return undefined;
  const rule = [...(screen?.credentials ?? []), ...profile.credentials].find((r) => ruleApplies(r, label, context));
  if (!rule) return undefined;
  const secret = profile.secrets.find((s) => s.id === rule.secret);
  return secret ? { kind: secret.id, secret } : { kind: rule.secret };
}

/**
 * The portal's notes with their text ids (`portal:<portal>.<n>`), for the popup.
 * @example portalNotes(profile)[0]?.id // 'portal:etax.1'
 */
export function portalNotes(profile: PortalProfile | undefined): { id: string; text: string; source: string }[] {
  return (profile?.notes ?? []).map((note, i) => ({ id: `portal:${profile!.portal}.${i + 1}`, ...note }));
}
