import { type Theme, ThemeProvider } from '@mui/material';
import { useEffect } from 'react';
import { Layout, type LayoutProps, Sidebar, type SidebarProps } from 'react-admin';
import { preloadWork } from '../applications';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { ConnectionBanner } from './ConnectionBanner';
import { DocumentLanguage } from './DocumentLanguage';

/** The menu 200 px wide rather than react-admin's 240: the queue needs the room at 1366 px. */
function AppSidebar(props: SidebarProps) {
  return (
    <ThemeProvider theme={(outer: Theme) => ({ ...outer, sidebar: { ...outer.sidebar, width: 200 } })}>
      <Sidebar {...props} />
    </ThemeProvider>
  );
}

/** The app bar stays put (not hidden on scroll), so that a page's own head can stick right under it. */
export function AppLayout(props: LayoutProps) {
  // Shown only once signed in: the work pages load now, while the officer reads the overview.
  useEffect(() => {
    preloadWork().catch(() => undefined); // a failed fetch is tried again when the page is opened
  }, []);
  return (
    <Layout {...props} appBar={AppBar} appBarAlwaysOn menu={AppMenu} sidebar={AppSidebar}>
      <DocumentLanguage />
      <ConnectionBanner />
      {props.children}
    </Layout>
  );
}
