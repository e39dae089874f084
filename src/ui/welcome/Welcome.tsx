/**
 * The first-run page (opened on install): what Tebiki does and where, the language (of Tebiki's screens and of its
 * explanations: one setting), a sample form to try it on, how to keep its button in the toolbar, and the keyboard.
 *
 * The sample is Tebiki's own extension page in a frame (/sample.html), explained by the same content pipeline as the
 * portals (src/ui/welcome/sample.ts): no live site to depend on, nothing typed leaves the page, and what the user
 * tries is exactly what they will get.
 */
import { useState } from 'preact/hooks';
import { PORTALS } from '@/src/portals/portals';
import { LanguagePicker } from '@/src/ui/shared/controls';
import { useI18n } from '@/src/ui/shared/hooks';
import { Shortcuts } from '@/src/ui/shared/Shortcuts';

/** Where the sample form is, with chips on or off. */
export function sampleUrl(chips: boolean): string {
  return chips ? '/sample.html?chips=1' : '/sample.html';
}

export function Welcome() {
  const i18n = useI18n();
  const [chips, setChips] = useState(false);
  if (!i18n) return null;
  const t = i18n.t.bind(i18n);
  // This browser's steps first: the build knows which browser it is for.
  const pinSteps = import.meta.env.FIREFOX
    ? [t('welcome.pinFirefox'), t('welcome.pinChrome')]
    : [t('welcome.pinChrome'), t('welcome.pinFirefox')];
  return (
    <main class="welcome">
      <header class="welcome-head">
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="lead">{t('welcome.lead')}</p>
        </div>
        <div class="welcome-language">
          <LanguagePicker i18n={i18n} id="welcome-language" />
          <p class="hint">{t('welcome.languageHint')}</p>
        </div>
      </header>

      <section class="card" aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcome.tryTitle')}</h2>
        <p>{t('welcome.tryIntro')}</p>
        <label class="toggle">
          <input type="checkbox" checked={chips} onChange={(e) => setChips(e.currentTarget.checked)} />
          {t('popup.inlineHere')}
        </label>
        <iframe
          class="sample-frame"
          src={sampleUrl(chips)}
          title={t('welcome.sampleTitle')}
          data-testid="sample-frame"
        />
        <p class="hint">
          {t('welcome.tryPrivate')}{' '}
          <a href={sampleUrl(chips)} target="_blank">
            {t('welcome.openSample')}
          </a>
        </p>
      </section>

      <div class="welcome-columns">
        <section class="card" aria-labelledby="welcome-where">
          <h2 id="welcome-where">{t('welcome.whereTitle')}</h2>
          <p>{t('welcome.whereIntro')}</p>
          <ul class="portal-list">
            {PORTALS.map((portal) => (
              <li key={portal.id}>
                {t(`portal.${portal.id}`)}{' '}
                <a class="muted" href={`https://${portal.hosts[0]}/`} target="_blank" rel="noreferrer">
                  {portal.hosts[0]}
                </a>
              </li>
            ))}
          </ul>
          <p>{t('welcome.whereOther', { button: t('popup.annotate') })}</p>
        </section>

        <section class="card" aria-labelledby="welcome-pin">
          <h2 id="welcome-pin">{t('welcome.pinTitle')}</h2>
          <ol class="pin-steps">
            {pinSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      </div>

      <section class="card" aria-labelledby="welcome-keys">
        <h2 id="welcome-keys">{t('options.shortcuts')}</h2>
        <Shortcuts i18n={i18n} />
      </section>

      <footer class="footer">
        <p>{t('options.privacy')}</p>
        <p>
          <strong>{t('welcome.nextTitle')}:</strong> <a href="/options.html#checklist">{t('welcome.checklistLink')}</a>
          {' · '}
          <a href="/options.html#settings">{t('options.settings')}</a>
        </p>
      </footer>
    </main>
  );
}
