import { AppBar as RaAppBar, UserMenu, useGetIdentity } from 'react-admin';

/**
 * react-admin's app bar in the primary colour (its own uses the secondary), whose user menu
 * button is named by the name it shows (WCAG 2.5.3: a control's name contains its visible text).
 */
export function AppBar() {
  const { identity } = useGetIdentity();
  return <RaAppBar color="primary" userMenu={<UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />} />;
}
