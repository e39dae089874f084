import { browser } from 'wxt/browser';
import { PORTALS } from '@/src/portals/portals';
import { useI18n } from '@/src/ui/shared/use-i18n';
import { ThisPage } from './ThisPage';

/** The toolbar popup. */
export function Popup() {
  const i18n = useI18n();
  if (!i18n) return null;
  const t = i18n.t.bind(i18n);
  return (
    <main>
      <header class="bar">
        <h1>{t('app.name')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </header>
      <ThisPage t={t} />
      <details>
        <summary>{t('popup.supported')}</summary>
        <ul>
          {PORTALS.map((portal) => (
            <li key={portal.id}>
              {t(`portal.${portal.id}`)} <span class="muted">({portal.hosts[0]})</span>
            </li>
          ))}
        </ul>
      </details>
    </main>
  );
}
