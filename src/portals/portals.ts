/**
 * The government portals Tebiki runs on, as data. The manifest's content-script `matches` are generated from
 * `hosts`, so this list is the single place that decides where Tebiki is injected.
 * Source of the host list: ../shared/FACTS.md, "Portals".
 */
export interface Portal {
  /** Stable id used in storage and messages. */
  id: PortalId;
  /** Hostnames served over https, exactly as in the address bar. */
  hosts: readonly string[];
}

export type PortalId = 'keisan' | 'etax' | 'mynaportal' | 'mynumbercard' | 'jpki' | 'immigration';

export const PORTALS: readonly Portal[] = [
  // 確定申告書等作成コーナー (NTA tax-return creation corner)
  { id: 'keisan', hosts: ['www.keisan.nta.go.jp'] },
  // e-Tax: the information site, the web version, login and the start-of-use application.
  {
    id: 'etax',
    hosts: ['www.e-tax.nta.go.jp', 'clientweb.e-tax.nta.go.jp', 'login.e-tax.nta.go.jp', 'kaishi.e-tax.nta.go.jp'],
  },
  // マイナポータル (MyNa Portal) and its FAQ.
  { id: 'mynaportal', hosts: ['myna.go.jp', 'faq.myna.go.jp'] },
  // マイナンバーカード総合サイト and the online application.
  { id: 'mynumbercard', hosts: ['www.kojinbango-card.go.jp', 'net.kojinbango-card.go.jp'] },
  // 公的個人認証サービス ポータルサイト (J-LIS).
  { id: 'jpki', hosts: ['www.jpki.go.jp', 'www2.jpki.go.jp'] },
  // 在留申請オンラインシステム (online residence applications).
  { id: 'immigration', hosts: ['www.ras-immi.moj.go.jp'] },
];

/** Match patterns for the manifest: every portal host over https. */
export function portalMatchPatterns(): string[] {
  return PORTALS.flatMap((portal) => portal.hosts.map((host) => `https://${host}/*`));
}

/**
 * The portal a URL belongs to, or undefined for any other page.
 * @example portalForUrl('https://www.keisan.nta.go.jp/r7/syotoku/') // → the 'keisan' portal
 */
export function portalForUrl(url: string | undefined): Portal | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return PORTALS.find((portal) => portal.hosts.includes(parsed.hostname));
}
