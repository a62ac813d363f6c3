import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/databases.ts';
import { call, type Session, signedIn, useHarness } from '../../../test/harness.ts';
import { deriveRiskTier } from './risk-tier.ts';

const lowRisk = {
  dataSensitivity: 'internal',
  accessToClientSystems: false,
  subcontractsFurther: false,
  worksOffshore: false,
  securityCertified: true,
  financialHealth: 'strong',
} as const;

describe('risk tier from due diligence', () => {
  it('adds points for sensitive data, access, subcontracting, offshore work and weak finances', () => {
    expect(deriveRiskTier(lowRisk)).toBe('low');
    expect(
      deriveRiskTier({ ...lowRisk, dataSensitivity: 'confidential', securityCertified: false }),
    ).toBe('medium');
    expect(
      deriveRiskTier({
        ...lowRisk,
        dataSensitivity: 'personal',
        accessToClientSystems: true,
        securityCertified: false,
      }),
    ).toBe('high');
    expect(
      deriveRiskTier({
        dataSensitivity: 'personal',
        accessToClientSystems: true,
        subcontractsFurther: true,
        worksOffshore: true,
        securityCertified: false,
        financialHealth: 'weak',
      }),
    ).toBe('critical');
  });
});

describe.each(dialects)('supplier onboarding on %s', (dialect) => {
  const h = useHarness(dialect);
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: object) =>
    call(h, { method, url, cookie: s.cookie, payload });

  it('approves a supplier only once every required step is done and derives its risk tier', async () => {
    const owner = await signedIn(h);
    const nda = (
      await send(owner, 'POST', '/api/v1/onboarding-items', {
        label: 'Signed NDA',
        kind: 'document',
      })
    )
      .json()
      .at(-1);
    const dd = (
      await send(owner, 'POST', '/api/v1/onboarding-items', {
        label: 'Due diligence',
        kind: 'questionnaire',
      })
    )
      .json()
      .at(-1);
    await send(owner, 'POST', '/api/v1/onboarding-items', {
      label: 'Nice to have',
      kind: 'other',
      required: false,
    });
    const s = (await send(owner, 'POST', '/api/v1/suppliers', { name: 'Onboarded Ltd' })).json();
    const status = (version: number, to: string) =>
      send(owner, 'POST', `/api/v1/suppliers/${s.id}/status`, { version, status: to });
    await status(1, 'onboarding');
    const refused = await status(2, 'approved');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('Signed NDA, Due diligence');

    const base = `/api/v1/suppliers/${s.id}`;
    expect(
      (await send(owner, 'PUT', `${base}/onboarding/${dd.id}`, { done: true })).statusCode,
    ).toBe(422);
    const ticked = await send(owner, 'PUT', `${base}/onboarding/${nda.id}`, {
      done: true,
      note: 'Signed 2026-11-20',
    });
    expect(ticked.json().steps[0]).toMatchObject({
      done: true,
      note: 'Signed 2026-11-20',
      doneBy: expect.any(String),
    });
    const assessed = await send(owner, 'PUT', `${base}/due-diligence`, {
      ...lowRisk,
      dataSensitivity: 'personal',
      accessToClientSystems: true,
      securityCertified: false,
    });
    expect(assessed.json()).toMatchObject({
      riskTier: 'high',
      complete: true,
      assessedBy: expect.any(String),
    });
    const approved = await status(3, 'approved');
    expect(approved.json()).toMatchObject({ status: 'approved', riskTier: 'high' });
    const portal = await signedIn(h, { workspaceId: owner.workspaceId, role: 'supplier_portal' });
    expect(
      (await call(h, { method: 'GET', url: `${base}/onboarding`, cookie: portal.cookie }))
        .statusCode,
    ).toBe(403);
  });
});
