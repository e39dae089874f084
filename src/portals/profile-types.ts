/**
 * The compiled portal profiles (dictionaries/portals/*.yaml): plain JSON, so the build can serialise them into the
 * content script. Regexes stay strings.
 */
import type { PortalId } from './portals.ts';

/** Which secret a secret field is, by its label (and headers). */
export interface CredentialRule {
  /** Regex over the normalised label (NFKC, marks removed). */
  match: string;
  /** A card PIN kind of field-kinds.yaml, or the id of one of the portal's own `secrets`. */
  secret: string;
  /** The rule does not apply when the label matches this. */
  not?: string;
  /** The rule applies only when the headers (row header, legend) match this. */
  context?: string;
  /** The rule does not apply when the headers match this. */
  notContext?: string;
}

/** A portal's own secret, which is not one of the card's PINs. */
export interface PortalSecret {
  id: string;
  /** Its short name (English), shown in the tooltip's warning. Text id `secret:<id>.name`. */
  name: string;
  /** Which secret it is (English). Text id `secret:<id>.which`. */
  which: string;
  /** What it is used for (English). Text id `secret:<id>.use`. */
  use: string;
  /** True when it is certainly not a card PIN (the tooltip says so). */
  notCardPin: boolean;
  source: string;
}

export interface ScreenProfile {
  /** Stable id; text id `screen:<id>` for the name in other languages. */
  id: string;
  /** Regex over the screen's heading (spaces removed). */
  heading?: string;
  /** Regex over the URL path. */
  path?: string;
  /** English name. */
  name: string;
  credentials: CredentialRule[];
}

export interface PortalProfile {
  portal: PortalId;
  /** True where every secret the portal asks for is one of the card's four (glossary hints on PINs apply there). */
  cardSecrets: boolean;
  /** What to know on this portal (English). Text id `portal:<portal>.<n>` (n from 1). */
  notes: { text: string; source: string }[];
  secrets: PortalSecret[];
  credentials: CredentialRule[];
  screens: ScreenProfile[];
}

export type PortalProfiles = Partial<Record<PortalId, PortalProfile>>;
