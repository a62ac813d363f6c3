/**
 * Every permission string of the product. Modules add theirs here when they arrive, so the
 * role editor and the built-in roles always list the full catalogue.
 */
export const permissions = [
  'workspace:admin',
  'members:read',
  'members:write',
  'roles:read',
  'roles:write',
  'audit:read',
  'clients:read',
  'clients:write',
  'opportunities:read',
  'opportunities:write',
  'suppliers:read',
  'suppliers:write',
  /** Bank details of suppliers: finance and procurement only. */
  'suppliers:bank',
  /** A supplier's profile and qualifications: the supplier portal's own, procurement's all. */
  'suppliers:profile',
  /** Score suppliers in evaluations and finalise them. */
  'suppliers:evaluate',
  'contracts:read',
  'contracts:write',
  /** Act on contracts waiting for approval. */
  'contracts:approve',
  /** Client against supplier rates on back-to-back contracts. */
  'contracts:margin',
  /** The ledger, and later invoices, bills, payments and financial reports. */
  'finance:read',
  /** Accounts and manual journals; later invoice drafts, bills and payments. */
  'finance:write',
  /** Counts as the finance approver where an approval rule asks for one. */
  'finance:approve',
  /** Close a month of the ledger, and open it again. */
  'finance:close',
  /** The client portal: invoices and credit notes issued to the user's client, as PDF. */
  'invoices:read',
  /** The supplier portal: submit the supplier's bills with their PDF and follow them to payment. */
  'bills:submit',
  /** One's own expense claims (a supplier portal: its workers'), with their receipts. */
  'expenses:write',
  /** Decide the claims of the projects one manages (a supplier portal: of its own workers). */
  'expenses:approve',
  'people:read',
  'people:write',
  /** People's cost rates: HR and finance. */
  'people:cost',
  /** Staffing requests, candidate matching, utilization. */
  'staffing:read',
  /** Requests and bookings (assignments) of people. */
  'staffing:write',
  'projects:read',
  /** Plans, phases, tasks and milestones of projects. */
  'projects:write',
  /** The client portal: the client's projects, accepting deliverables. */
  'deliveries:review',
  /** Everyone's timesheets (a supplier portal: its own workers'). */
  'time:read',
  /** One's own timesheet. */
  'time:write',
  /** Log and submit time for anyone. */
  'time:manage',
  /** Approve the weeks of the projects one manages (a supplier portal: of its own workers). */
  'time:approve',
  /** Service desk tickets. */
  'tickets:read',
  /** Open, edit, assign and move tickets (a portal: its own, or those routed to its team). */
  'tickets:write',
  /** Assignment groups and how the desk runs. */
  'tickets:manage',
  /** Base currency, exchange rates, margin floor. */
  'settings:read',
  'settings:write',
] as const;

export type Permission = (typeof permissions)[number];

export const isPermission = (value: string): value is Permission =>
  (permissions as readonly string[]).includes(value);

/**
 * What a route needs: a permission, or only a signed-in user, or a user signed in interactively
 * (`session`: never an API token, so a leaked token cannot mint tokens, end sessions or change
 * the password or second factor), or nothing at all.
 */
export type RouteAccess = Permission | 'authenticated' | 'session' | 'public';
