export { LiveRegion } from './LiveRegion';
export { useAnnouncer, useBusyAnnouncements, type Announcement } from './useAnnouncer';
