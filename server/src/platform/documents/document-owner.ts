/** What a module declares about the records it lets people attach files to. */
export type DocumentOwner = {
  /** The record kind, e.g. "contract"; also the audit entry's entity type. */
  type: string;
  categories: readonly [string, ...string[]];
  /** What a portal user may see of them; everything when absent. */
  portalCategories?: readonly string[];
  /** Categories that are evidence (a signed copy): new versions only, never deleted. */
  permanent?: readonly string[];
};
