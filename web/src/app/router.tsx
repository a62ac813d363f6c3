import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../modules/auth/pages/LoginPage';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';

/** Module pages load on demand: the login page carries none of their code. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const router = createBrowserRouter([
  { path: '/login', Component: LoginPage },
  {
    path: '/forgot-password',
    lazy: page(() => import('../modules/auth/pages/ForgotPasswordPage')),
  },
  { path: '/reset-password', lazy: page(() => import('../modules/auth/pages/ResetPasswordPage')) },
  {
    path: '/accept-invitation',
    lazy: page(() => import('../modules/auth/pages/AcceptInvitationPage')),
  },
  { path: '/survey/:token', lazy: page(() => import('../modules/feedback/pages/SurveyPage')) },
  {
    Component: RequireAuth,
    children: [
      {
        Component: AppLayout,
        children: [
          { path: '/', lazy: page(() => import('../modules/home/HomePage')) },
          { path: '/clients', lazy: page(() => import('../modules/clients/pages/ClientsPage')) },
          {
            path: '/suppliers',
            lazy: page(() => import('../modules/suppliers/pages/SuppliersPage')),
          },
          {
            path: '/suppliers/compare',
            lazy: page(() => import('../modules/suppliers/pages/SupplierComparePage')),
          },
          {
            path: '/suppliers/:id',
            lazy: page(() => import('../modules/suppliers/pages/SupplierPage')),
          },
          {
            path: '/opportunities',
            lazy: page(() => import('../modules/clients/pages/OpportunitiesPage')),
          },
          { path: '/clients/:id', lazy: page(() => import('../modules/clients/pages/ClientPage')) },
          { path: '/me', lazy: page(() => import('../modules/people/pages/MyProfilePage')) },
          { path: '/people', lazy: page(() => import('../modules/people/pages/PeoplePage')) },
          {
            path: '/people/matrix',
            lazy: page(() => import('../modules/people/pages/SkillsMatrixPage')),
          },
          {
            path: '/people/skills',
            lazy: page(() => import('../modules/people/pages/SkillsPage')),
          },
          { path: '/people/:id', lazy: page(() => import('../modules/people/pages/PersonPage')) },
          {
            path: '/client/projects',
            lazy: page(() => import('../modules/projects/pages/ClientProjectsPage')),
          },
          {
            path: '/client/projects/:id',
            lazy: page(() => import('../modules/projects/pages/ClientProjectPage')),
          },
          {
            path: '/finance/pnl',
            lazy: page(() => import('../modules/finance/pages/PnlPage')),
          },
          {
            path: '/finance/aging',
            lazy: page(() => import('../modules/finance/pages/AgingPage')),
          },
          {
            path: '/finance/payments',
            lazy: page(() => import('../modules/finance/pages/PaymentsPage')),
          },
          {
            path: '/client/invoices',
            lazy: page(() => import('../modules/finance/pages/ClientInvoicesPage')),
          },
          {
            path: '/finance/supplier-bills',
            lazy: page(() => import('../modules/finance/pages/SupplierBillsPage')),
          },
          {
            path: '/finance/bank-statements',
            lazy: page(() => import('../modules/finance/pages/BankStatementsPage')),
          },
          {
            path: '/finance/risk',
            lazy: page(() => import('../modules/finance/pages/FinancialRiskPage')),
          },
          {
            path: '/finance/cash-forecast',
            lazy: page(() => import('../modules/finance/pages/CashForecastPage')),
          },
          {
            path: '/finance/payables-aging',
            lazy: page(() => import('../modules/finance/pages/PayablesAgingPage')),
          },
          {
            path: '/finance/payment-runs',
            lazy: page(() => import('../modules/finance/pages/PaymentRunsPage')),
          },
          {
            path: '/supplier/bills',
            lazy: page(() => import('../modules/finance/pages/SupplierPortalBillsPage')),
          },
          { path: '/time', lazy: page(() => import('../modules/time/pages/TimesheetPage')) },
          {
            path: '/time/approvals',
            lazy: page(() => import('../modules/time/pages/ApprovalsPage')),
          },
          {
            path: '/tickets',
            lazy: page(() => import('../modules/servicedesk/pages/TicketsPage')),
          },
          {
            path: '/tickets/groups',
            lazy: page(() => import('../modules/servicedesk/pages/GroupsPage')),
          },
          {
            path: '/tickets/dashboard',
            lazy: page(() => import('../modules/servicedesk/pages/DashboardPage')),
          },
          {
            path: '/tickets/compliance',
            lazy: page(() => import('../modules/servicedesk/pages/CompliancePage')),
          },
          {
            path: '/tickets/satisfaction',
            lazy: page(() => import('../modules/servicedesk/pages/SatisfactionPage')),
          },
          {
            path: '/expenses',
            lazy: page(() => import('../modules/finance/pages/ExpensesPage')),
          },
          { path: '/projects', lazy: page(() => import('../modules/projects/pages/ProjectsPage')) },
          {
            path: '/projects/lessons',
            lazy: page(() => import('../modules/projects/pages/LessonsPage')),
          },
          {
            path: '/projects/:id',
            lazy: page(() => import('../modules/projects/pages/ProjectPage')),
          },
          {
            path: '/staffing',
            lazy: page(() => import('../modules/staffing/pages/StaffingPage')),
          },
          {
            path: '/staffing/utilization',
            lazy: page(() => import('../modules/staffing/pages/UtilizationPage')),
          },
          {
            path: '/staffing/requests/:id',
            lazy: page(() => import('../modules/staffing/pages/RequestPage')),
          },
          {
            path: '/finance/invoices',
            lazy: page(() => import('../modules/finance/pages/InvoicesPage')),
          },
          {
            path: '/finance/journals',
            lazy: page(() => import('../modules/finance/pages/JournalsPage')),
          },
          {
            path: '/finance/trial-balance',
            lazy: page(() => import('../modules/finance/pages/TrialBalancePage')),
          },
          {
            path: '/finance/accounts',
            lazy: page(() => import('../modules/finance/pages/AccountsPage')),
          },
          {
            path: '/finance/periods',
            lazy: page(() => import('../modules/finance/pages/PeriodsPage')),
          },
          {
            path: '/finance/policy',
            lazy: page(() => import('../modules/finance/pages/PolicyPage')),
          },
          {
            path: '/contracts/clauses',
            lazy: page(() => import('../modules/contracts/pages/ClausesPage')),
          },
          {
            path: '/contracts',
            lazy: page(() => import('../modules/contracts/pages/ContractsPage')),
          },
          {
            path: '/contracts/:id',
            lazy: page(() => import('../modules/contracts/pages/ContractPage')),
          },
          {
            path: '/settings/calendars',
            lazy: page(() => import('../modules/settings/pages/CalendarsPage')),
          },
          {
            path: '/settings/workspace',
            lazy: page(() => import('../modules/settings/pages/WorkspaceSettingsPage')),
          },
          {
            path: '/settings/profile',
            lazy: page(() => import('../modules/account/pages/ProfilePage')),
          },
          {
            path: '/settings/security',
            lazy: page(() => import('../modules/account/pages/SecurityPage')),
          },
          {
            path: '/settings/members',
            lazy: page(() => import('../modules/members/pages/MembersPage')),
          },
          { path: '/settings/roles', lazy: page(() => import('../modules/roles/pages/RolesPage')) },
          {
            path: '/settings/audit',
            lazy: page(() => import('../modules/audit/pages/AuditLogPage')),
          },
          {
            path: '/settings/mail',
            lazy: page(() => import('../modules/mail/pages/MailOutboxPage')),
          },
          { path: '/settings/jobs', lazy: page(() => import('../modules/jobs/pages/JobsPage')) },
          { path: '*', lazy: page(() => import('../modules/home/NotFoundPage')) },
        ],
      },
    ],
  },
]);
