import { defineMessages } from '@egov-kit/core';

/** Applying (the form itself is `<egov-application-form>`, with its own texts). */
export const applyMessages = defineMessages(
  { portal: { apply: { title: 'Nộp hồ sơ trực tuyến' } } },
  { portal: { apply: { title: 'Apply online' } } },
);
