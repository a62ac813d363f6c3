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
const manager: Permission[] = ['members:read', 'clients:read', 'settings:read', 'contracts:read'];

/** Built-in roles cannot be edited; admins copy one into a custom role instead. */
export const builtinRoles: Record<BuiltinRoleKey, readonly Permission[]> = {
  owner: permissions,
  admin: permissions,
  delivery_manager: [
    ...manager,
    'suppliers:read',
    'suppliers:evaluate',
    'contracts:approve',
    'contracts:margin',
    'people:read',
    'staffing:read',
    'staffing:write',
    'projects:read',
    'projects:write',
    'time:read',
    'time:write',
    'time:approve',
    'expenses:write',
    'expenses:approve',
    'tickets:read',
    'tickets:write',
    'tickets:manage',
  ],
  account_manager: [
    ...manager,
    'clients:write',
    'opportunities:read',
    'opportunities:write',
    'contracts:write',
    'contracts:margin',
    'people:read',
    'staffing:read',
    'staffing:write',
    'projects:read',
    'time:read',
    'time:write',
    'expenses:write',
    'tickets:read',
  ],
  procurement: [
    ...manager,
    'suppliers:read',
    'suppliers:write',
    'suppliers:bank',
    'suppliers:profile',
    'suppliers:evaluate',
    'contracts:write',
    'people:read',
    'expenses:write',
  ],
  finance: [
    ...manager,
    'suppliers:read',
    'suppliers:bank',
    'contracts:approve',
    'contracts:margin',
    'finance:read',
    'finance:write',
    'finance:approve',
    'finance:close',
    'settings:write',
    'people:read',
    'people:cost',
    'staffing:read',
    'projects:read',
    'time:read',
    'expenses:write',
  ],
  hr: [
    'members:read',
    'settings:read',
    'people:read',
    'people:write',
    'people:cost',
    'staffing:read',
    'time:read',
    'time:manage',
    'expenses:write',
  ],
  service_desk_agent: [...manager, 'time:write', 'expenses:write', 'tickets:read', 'tickets:write'],
  member: ['settings:read', 'time:write', 'expenses:write'],
  auditor: readAll,
  // Scoped to the user's own client by whereParty in every query they reach.
  client_portal: [
    'clients:read',
    'contracts:read',
    'deliveries:review',
    'invoices:read',
    'tickets:read',
    'tickets:write',
  ],
  // Scoped to the user's own supplier by whereParty.
  supplier_portal: [
    'suppliers:read',
    'suppliers:profile',
    'contracts:read',
    'people:read',
    'time:read',
    'time:write',
    'time:approve',
    'bills:submit',
    'expenses:write',
    'expenses:approve',
    'tickets:read',
    'tickets:write',
  ],
};

export const builtinRoleKeys = Object.keys(builtinRoles) as BuiltinRoleKey[];
