import type { NamedCheck } from '../../core/checks/check-spec.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';

/** Preset or saved checks, each run in one click; saved ones can be deleted. */
export function CheckList(props: {
  lang: Lang;
  title: string;
  checks: readonly NamedCheck[];
  disabled: boolean;
  onRun: (check: NamedCheck) => void;
  onDelete?: (check: NamedCheck) => void;
}) {
  const { lang, checks } = props;
  if (checks.length === 0) return null;
  return (
    <section className="tool check-list">
      <h3>{props.title}</h3>
      <ul>
        {checks.map((check) => (
          <li key={check.id}>
            <button
              type="button"
              className="check-run"
              disabled={props.disabled}
              onClick={() => props.onRun(check)}
            >
              ▶ {check.name[lang]}
            </button>
            {props.onDelete && (
              <button
                type="button"
                className="link"
                onClick={() => props.onDelete?.(check)}
                aria-label={`${t(lang, 'delete')}: ${check.name[lang]}`}
              >
                {t(lang, 'delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
