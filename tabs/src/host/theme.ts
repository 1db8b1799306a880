import type { Theme } from '@fluentui/react-components';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';

/** The Teams host's theme names ("glass" is treated as the default theme). */
export type ThemeName = 'default' | 'dark' | 'contrast';

export function toThemeName(value: string | null | undefined): ThemeName {
  if (value === 'dark' || value === 'contrast') return value;
  return 'default';
}

export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}
