import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 codes, 30 s steps; one step of drift either way is accepted. */
export async function verifyTotp(secret: string, code: string, at: Date): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    epoch: Math.floor(at.getTime() / 1000),
  });
  return result.valid;
}

export async function newTotpEnrolment(email: string) {
  const secret = generateSecret();
  const uri = generateURI({ issuer: 'Pontis', label: email, secret });
  return { secret, uri, qrDataUrl: await (await import('qrcode')).default.toDataURL(uri) };
}
