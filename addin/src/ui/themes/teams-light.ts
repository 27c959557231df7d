// One theme per chunk: a page downloads only the theme its host shows.
export { teamsLightTheme as theme } from '@fluentui/react-components';
