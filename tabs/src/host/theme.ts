import type { Theme } from '@fluentui/react-components';
import { teamsLightTheme } from '@fluentui/react-components';

/** The Teams host's theme names ("glass" is treated as the default theme). */
export type ThemeName = 'default' | 'dark' | 'contrast';

export function toThemeName(value: string | null | undefined): ThemeName {
  if (value === 'dark' || value === 'contrast') return value;
  return 'default';
}

/** The light theme: most people's, and what shows while another one loads. */
export const defaultFluentTheme: Theme = teamsLightTheme;

/** Dark and high contrast are fetched only by those who use them (each is a table of colours). */
export async function loadFluentTheme(name: ThemeName): Promise<Theme> {
  if (name === 'default') return defaultFluentTheme;
  const { teamsDarkTheme, teamsHighContrastTheme } = await import('./otherThemes');
  return name === 'dark' ? teamsDarkTheme : teamsHighContrastTheme;
}
