/** A catalogue entry (skill, position) named in both languages, in the reader's language. */
export const localName = (n: { nameZh: string; nameEn: string }, language: string) =>
  language === 'zh-CN' ? n.nameZh : n.nameEn;
