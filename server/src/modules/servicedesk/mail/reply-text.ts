/** Where a reply's quote of earlier mail begins, in the clients our users write from. */
const quoteStarts = [
  /^>/,
  /^On .+ wrote:\s*$/,
  /^在.+写道[:：]?\s*$/,
  /^-{2,}\s*Original Message\s*-{2,}/i,
  /^-{2,}\s*原始邮件\s*-{2,}/,
  /^(From|发件人)[:：]\s/,
];

/** What a mail adds to the conversation: its text up to where it quotes the earlier mail. */
export function freshText(text: string) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const quote = lines.findIndex((line) => quoteStarts.some((q) => q.test(line.trim())));
  return (quote < 0 ? lines : lines.slice(0, quote)).join('\n').trim();
}
