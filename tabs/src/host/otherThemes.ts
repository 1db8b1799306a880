/** Teams' dark and high-contrast themes, in a chunk of their own (see loadFluentTheme). */
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
