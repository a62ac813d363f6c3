import { call, type Harness, type Session } from '../../test/harness.ts';

/** A client and its milestone-billed SOW as signing leaves it (in force): what projects start from. */
export async function signedContract(h: Harness, owner: Session) {
  const post = async (url: string, payload: object) =>
    (await call(h, { method: 'POST', url, cookie: owner.cookie, payload })).json();
  const client = await post('/api/v1/clients', { name: '华信银行' });
  const contract = await post('/api/v1/contracts', {
    partyType: 'client',
    clientId: client.id,
    type: 'sow',
    title: '核心系统迁移测试',
    currency: 'CNY',
    valueMinor: 180_000_000,
    startDate: '2026-12-01',
    endDate: '2027-05-31',
    billingModel: 'milestone',
  });
  await h.db
    .updateTable('contracts')
    .set({ status: 'active' })
    .where('id', '=', contract.id)
    .execute();
  return { client, contract };
}
