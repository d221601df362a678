import { Outlet } from 'react-router';
import { RequireRole } from '../identity/require-role';
import { AdminNav } from './admin-nav';
import './admin.css';

/** Every admin screen: admins only, with the admin sub-navigation above the screen. */
export function AdminLayout() {
  return (
    <RequireRole roles={['ADMIN']}>
      <div className="admin-shell">
        <AdminNav />
        <Outlet />
      </div>
    </RequireRole>
  );
}
