import {
  AccountBookOutlined,
  AuditOutlined,
  BankOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  ControlOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  FunnelPlotOutlined,
  HomeOutlined,
  HourglassOutlined,
  IdcardOutlined,
  KeyOutlined,
  LockOutlined,
  MailOutlined,
  PercentageOutlined,
  ProjectOutlined,
  ReconciliationOutlined,
  RiseOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavItem = { path: string; label: string; icon: ReactNode; permission?: string };
export type NavGroup = { label: string; items: NavItem[] };

/** The sidebar lists only pages that exist and that the user may open. */
export const navigation: NavGroup[] = [
  {
    label: 'nav.workspace',
    items: [
      { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
      { path: '/me', label: 'nav.me', icon: <SolutionOutlined /> },
      {
        path: '/client/projects',
        label: 'nav.clientProjects',
        icon: <FolderOpenOutlined />,
        permission: 'deliveries:review',
      },
      {
        path: '/client/invoices',
        label: 'nav.clientInvoices',
        icon: <FileTextOutlined />,
        permission: 'invoices:read',
      },
      {
        path: '/time',
        label: 'nav.time',
        icon: <FieldTimeOutlined />,
        permission: 'time:write',
      },
      {
        path: '/time/approvals',
        label: 'nav.timeApprovals',
        icon: <CheckSquareOutlined />,
        permission: 'time:approve',
      },
    ],
  },
  {
    label: 'nav.business',
    items: [
      {
        path: '/clients',
        label: 'nav.clients',
        icon: <BankOutlined />,
        permission: 'clients:read',
      },
      {
        path: '/opportunities',
        label: 'nav.opportunities',
        icon: <FunnelPlotOutlined />,
        permission: 'opportunities:read',
      },
      {
        path: '/suppliers',
        label: 'nav.suppliers',
        icon: <ShopOutlined />,
        permission: 'suppliers:read',
      },
      {
        path: '/contracts',
        label: 'nav.contracts',
        icon: <FileProtectOutlined />,
        permission: 'contracts:read',
      },
      {
        path: '/projects',
        label: 'nav.projects',
        icon: <ProjectOutlined />,
        permission: 'projects:read',
      },
      {
        path: '/people',
        label: 'nav.people',
        icon: <IdcardOutlined />,
        permission: 'people:read',
      },
      {
        path: '/staffing',
        label: 'nav.staffing',
        icon: <ScheduleOutlined />,
        permission: 'staffing:read',
      },
    ],
  },
  {
    label: 'nav.finance',
    items: [
      {
        path: '/finance/invoices',
        label: 'nav.invoices',
        icon: <FileDoneOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/payments',
        label: 'nav.payments',
        icon: <WalletOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/aging',
        label: 'nav.aging',
        icon: <HourglassOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/pnl',
        label: 'nav.pnl',
        icon: <RiseOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/journals',
        label: 'nav.journals',
        icon: <ReconciliationOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/trial-balance',
        label: 'nav.trialBalance',
        icon: <CalculatorOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/accounts',
        label: 'nav.ledgerAccounts',
        icon: <AccountBookOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/periods',
        label: 'nav.ledgerPeriods',
        icon: <LockOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/policy',
        label: 'nav.financePolicy',
        icon: <PercentageOutlined />,
        permission: 'finance:read',
      },
    ],
  },
  {
    label: 'nav.settings',
    items: [
      { path: '/settings/profile', label: 'nav.profile', icon: <UserOutlined /> },
      { path: '/settings/security', label: 'nav.security', icon: <KeyOutlined /> },
      {
        path: '/settings/workspace',
        label: 'nav.workspaceSettings',
        icon: <ControlOutlined />,
        permission: 'settings:read',
      },
      {
        path: '/settings/calendars',
        label: 'nav.calendars',
        icon: <CalendarOutlined />,
        permission: 'settings:read',
      },
      {
        path: '/settings/members',
        label: 'nav.members',
        icon: <TeamOutlined />,
        permission: 'members:read',
      },
      {
        path: '/settings/roles',
        label: 'nav.roles',
        icon: <SafetyOutlined />,
        permission: 'roles:read',
      },
      {
        path: '/settings/audit',
        label: 'nav.audit',
        icon: <AuditOutlined />,
        permission: 'audit:read',
      },
      {
        path: '/settings/mail',
        label: 'nav.mail',
        icon: <MailOutlined />,
        permission: 'workspace:admin',
      },
      {
        path: '/settings/jobs',
        label: 'nav.jobs',
        icon: <ClockCircleOutlined />,
        permission: 'workspace:admin',
      },
    ],
  },
];
