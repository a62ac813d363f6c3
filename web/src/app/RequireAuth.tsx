import { Spin } from 'antd';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ProblemAlert } from '../components/ProblemAlert';
import { setLocale } from '../i18n';
import { useMe } from '../modules/auth/api';

/** Signed-out visitors go to the login page and come back where they were headed. */
export function RequireAuth() {
  const { data, isPending, error } = useMe();
  const location = useLocation();
  const locale = data?.user.locale;
  useEffect(() => {
    if (locale) setLocale(locale);
  }, [locale]);
  if (isPending) return <Spin fullscreen />;
  if (error) return <ProblemAlert error={error} />;
  if (!data)
    return (
      <Navigate
        to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  return <Outlet />;
}
