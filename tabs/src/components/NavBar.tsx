import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { Role } from '@koers/domain';
import type { RouteId } from '../routes';
import { routeHref, routesFor } from '../routes';

/**
 * Page navigation as plain links (`aria-current="page"` on the open one), styled like Teams tabs.
 * Links rather than a Fluent TabList: these are pages, not panels, and TabList's focus helpers
 * (tabster dummy elements) trip axe's aria-hidden-focus rule.
 */
const useStyles = makeStyles({
  nav: {
    // In a 320 px meeting side panel the links scroll sideways instead of widening the page.
    overflowX: 'auto',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: {
    listStyleType: 'none',
    display: 'flex',
    flexWrap: 'nowrap',
    margin: 0,
    // Room above and below so the focus outline is not clipped by the scrolling container.
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  item: { flexShrink: 0 },
  link: {
    display: 'block',
    position: 'relative',
    padding: `${tokens.spacingVerticalMNudge} ${tokens.spacingHorizontalMNudge}`,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textDecorationLine: 'none',
    whiteSpace: 'nowrap',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground1Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    // ::before, because the focus outline style uses ::after.
    '::before': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalMNudge,
      right: tokens.spacingHorizontalMNudge,
      bottom: `calc(-1 * ${tokens.spacingVerticalXS})`,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

/**
 * `roles`: the signed-in person's (absent until /me answered: role-bound pages stay out of the
 * list); `administrator`: they may change the organisation's profile.
 */
export function NavBar({ route, roles, administrator }: { route: RouteId; roles?: readonly Role[]; administrator?: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav aria-label={t('nav.label')} className={styles.nav} data-testid="nav">
      <ul role="list" className={styles.list}>
        {routesFor(roles, { administrator }).map((r) => (
          <li key={r.id} className={styles.item}>
            <a
              href={routeHref(r.id)}
              aria-current={r.id === route ? 'page' : undefined}
              className={mergeClasses(styles.link, r.id === route && styles.current)}
              data-testid={`nav-${r.id}`}
            >
              {t(r.title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
