import { DATA_SOURCES } from '../../core/about/dataSources.ts';
import { BASEMAP_CREDIT_LINE } from '../../core/basemap/credits.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { Dialog } from '../Dialog.tsx';

/** "About the data": each bundled source, what of the map it gives, and its licence. */
export function AboutDataDialog(props: { lang: Lang; onClose: () => void }) {
  const { lang } = props;
  return (
    <Dialog lang={lang} title={t(lang, 'aboutData')} onClose={props.onClose}>
      <section
        className="about-data"
        data-testid="about-data"
        aria-label={t(lang, 'aboutData')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled text the keyboard must scroll (WCAG 2.1.1).
        tabIndex={0}
      >
        <p>{t(lang, 'aboutDataIntro')}</p>
        {DATA_SOURCES.map((source) => (
          <section key={source.id}>
            <h3>{source.title[lang]}</h3>
            <p>{source.origin[lang]}</p>
            <p>
              <strong>{t(lang, 'licence')}:</strong> {source.licence[lang]}
            </p>
          </section>
        ))}
        <p className="about-credit">{BASEMAP_CREDIT_LINE}</p>
      </section>
    </Dialog>
  );
}
