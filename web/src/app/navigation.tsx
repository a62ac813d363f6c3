import {
  AccountBookOutlined,
  AlertOutlined,
  AuditOutlined,
  BankOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  ContainerOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  FundOutlined,
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
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SendOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavItem = {
  path: string;
  label: string;
  icon: ReactNode;
  permission?: string;
  /** Our own pages: a portal user never sees them, whatever their role grants. */
  internal?: true;
};
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
        path: '/supplier/bills',
        label: 'nav.portalBills',
        icon: <FileTextOutlined />,
        permission: 'bills:submit',
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
      {
        path: '/expenses',
        label: 'nav.expenses',
        icon: <CarOutlined />,
        permission: 'expenses:write',
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
    label: 'nav.serviceDesk',
    items: [
      {
        path: '/tickets',
        label: 'nav.tickets',
        icon: <CustomerServiceOutlined />,
        permission: 'tickets:read',
      },
      {
        path: '/tickets/dashboard',
        label: 'nav.deskDashboard',
        icon: <DashboardOutlined />,
        permission: 'tickets:read',
        internal: true,
      },
      {
        path: '/tickets/compliance',
        label: 'nav.slaCompliance',
        icon: <SafetyCertificateOutlined />,
        permission: 'contracts:read',
        internal: true,
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
        path: '/finance/supplier-bills',
        label: 'nav.supplierBills',
        icon: <ContainerOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/payables-aging',
        label: 'nav.payablesAging',
        icon: <HourglassOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/payment-runs',
        label: 'nav.paymentRuns',
        icon: <SendOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/bank-statements',
        label: 'nav.bankStatements',
        icon: <BankOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/aging',
        label: 'nav.aging',
        icon: <HourglassOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/cash-forecast',
        label: 'nav.cashForecast',
        icon: <FundOutlined />,
        permission: 'finance:read',
      },
      {
        path: '/finance/risk',
        label: 'nav.financialRisk',
        icon: <AlertOutlined />,
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
