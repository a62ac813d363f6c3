import { type Permission, permissions } from './permissions.ts';

export type BuiltinRoleKey =
  | 'owner'
  | 'admin'
  | 'delivery_manager'
  | 'account_manager'
  | 'procurement'
  | 'finance'
  | 'hr'
  | 'service_desk_agent'
  | 'member'
  | 'auditor'
  | 'client_portal'
  | 'supplier_portal';

const readAll = permissions.filter((p) => p.endsWith(':read'));
const manager: Permission[] = ['members:read'];

/** Built-in roles cannot be edited; admins copy one into a custom role instead. */
export const builtinRoles: Record<BuiltinRoleKey, readonly Permission[]> = {
  owner: permissions,
  admin: permissions,
  delivery_manager: manager,
  account_manager: manager,
  procurement: manager,
  finance: manager,
  hr: ['members:read'],
  service_desk_agent: manager,
  member: [],
  auditor: readAll,
  client_portal: [],
  supplier_portal: [],
};

export const builtinRoleKeys = Object.keys(builtinRoles) as BuiltinRoleKey[];
