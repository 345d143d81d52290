import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-skeleton>`. */
export const skeletonMessages = defineMessages({
  skeleton: { loading: 'Đang tải…' },
}, {
  skeleton: { loading: 'Loading…' },
});
