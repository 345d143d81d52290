import { defineMessages } from '@egov-kit/core';

/** The track page's own texts: its title (the tracker brings the rest). */
export const trackMessages = defineMessages(
  { portal: { track: { title: 'Tra cứu hồ sơ', dossier: 'Hồ sơ {{code}}' } } },
  { portal: { track: { title: 'Track an application', dossier: 'Application {{code}}' } } },
);
