import type { Finding, ReadResult } from '../core';
import { findingLocations } from '../port';

/** 「表三 D9」: the sheet by its short name, then the address of the finding's first cell. */
export function placeOf(finding: Finding, read: ReadResult): string | undefined {
  const at = findingLocations(finding, read)[0];
  if (!at) return undefined;
  return `${at.sheet.replace(/\s+(主动公开|依申请公开|复议诉讼)(?=$|\s)/, '')} ${at.address}`;
}
