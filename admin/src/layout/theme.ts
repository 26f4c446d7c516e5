import { deepmerge } from '@mui/utils';
import { defaultLightTheme } from 'react-admin';

// react-admin's light theme with colours that read at WCAG 2.1 AA: each main colour (a chip's or a
// button's fill under white text, a deadline's or a link's text on the page's near-white) has a
// contrast of 4.5:1 or more. Material's defaults (#1976d2, #0288d1, #ed6c02, #2196f3 under the
// app bar's white title) fall short. The ratios, against #ffffff and the page's #fafafb:
//   primary #1565c0 5.8 / 5.5 · info #01579b 7.4 / 7.1 · success #2e7d32 5.1 / 4.9
//   warning #a84300 6.1 / 5.8 · error #c62828 5.6 / 5.4 · secondary #6a1b9a 9.4 / 9.0
export const lightTheme = deepmerge(defaultLightTheme, {
  palette: {
    primary: { main: '#1565c0' },
    secondary: { main: '#6a1b9a' },
    info: { main: '#01579b' },
    success: { main: '#2e7d32', contrastText: '#ffffff' },
    warning: { main: '#a84300', contrastText: '#ffffff' },
    error: { main: '#c62828' },
  },
});
